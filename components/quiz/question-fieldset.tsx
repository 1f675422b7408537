import type { ReactNode } from "react";
import { questionTypeComponents } from "@/components/question-types/registry";
import type { TakingProps } from "@/components/question-types/types";
import { fieldName } from "@/lib/domain/answer-form";
import type { AnsweredQuestion, QuestionType } from "@/lib/domain/question-types";

export type QuestionFieldsetProps = {
  /** What a student sees of the question, with the saved answer: never the key. */
  question: AnsweredQuestion & { position: number; stem: string; points: number };
  total: number;
  /** Shown under the inputs: the save status on the taking page. */
  status?: ReactNode;
  /** The fields of a refused post, shown again (components/question-types/types.ts). */
  sent?: TakingProps<QuestionType>["sent"];
};

/** The inputs of the question's type (components/question-types/registry.ts). */
function Inputs<T extends QuestionType>({ question, name, sent }: { question: AnsweredQuestion<T>; name: string; sent: TakingProps<T>["sent"] }) {
  const { Taking } = questionTypeComponents[question.type];
  return <Taking name={name} options={question.options} answer={question.answer} sent={sent} />;
}

/**
 * One question as a fieldset named by its stem, with the inputs of its type named by the
 * answer-form convention (lib/domain/answer-form.ts), pre-filled from the saved answer.
 */
export function QuestionFieldset({ question, total, status, sent }: QuestionFieldsetProps) {
  const { position } = question;
  const name = fieldName(position);
  const number = position + 1;
  const hint = questionTypeComponents[question.type].hint?.(question.stem);
  const hintId = `${name}-hint`;

  return (
    <fieldset id={`question-${number}`} aria-describedby={hint ? hintId : undefined} className="scroll-mt-24 rounded-lg border border-line bg-card p-5 shadow-sm">
      <legend className="float-left mb-4 w-full">
        <span className="block text-sm text-muted">
          Question {number} of {total}
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, </span>
          {question.points === 1 ? "1 point" : `${question.points} points`}
        </span>
        <span className="mt-1 block text-lg leading-snug font-semibold text-pretty">{question.stem}</span>
      </legend>
      <div className="clear-both flex flex-col gap-3">
        {hint ? (
          <p id={hintId} className="text-sm text-muted">
            {hint}
          </p>
        ) : null}
        <Inputs question={question} name={name} sent={sent} />
        {status}
      </div>
    </fieldset>
  );
}
