import { answerFromFields, fieldName, readerOf } from "@/lib/domain/answer-form";
import { QuestionFieldset, type QuestionFieldsetProps } from "./question-fieldset";

export type TryQuizQuestionsProps = {
  questions: QuestionFieldsetProps["question"][];
  /** A refused check: the fields the visitor sent, and what was wrong (`q<p>` → messages). */
  refused?: { sent: Record<string, string[]>; fieldErrors: Record<string, string[]> };
};

/**
 * The public set's questions, blank, or after a refused check with every choice the visitor
 * made put back (their readable answers as answers, and the raw fields for the ones that could
 * not be read) and the reason beside each question that was refused.
 */
export function TryQuizQuestions({ questions, refused }: TryQuizQuestionsProps) {
  const read = refused ? readerOf(refused.sent) : null;
  return questions.map((question) => {
    const name = fieldName(question.position);
    const found = read ? answerFromFields(question, question.position, read) : null;
    const shown = found?.kind === "answer" ? { ...question, answer: found.answer } : question;
    const problem = refused?.fieldErrors[name]?.join(" ");
    return (
      <QuestionFieldset
        key={question.position}
        question={shown as QuestionFieldsetProps["question"]}
        total={questions.length}
        sent={problem ? refused?.sent : undefined}
        status={
          problem ? (
            <p id={`${name}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
              Not checked: {problem}
            </p>
          ) : null
        }
      />
    );
  });
}
