import { questionTypeComponents } from "@/components/question-types/registry";
import type { QuestionType, ReviewedQuestion } from "@/lib/domain/question-types";

export type AnswerReviewProps<T extends QuestionType> = { question: ReviewedQuestion<T>; answersVisible: boolean; points: number };

/** The student's answer beside the key, in the shape of the question's type (components/question-types/registry.ts). */
export function AnswerReview<T extends QuestionType>({ question, answersVisible, points }: AnswerReviewProps<T>) {
  const { Review } = questionTypeComponents[question.type];
  return <Review options={question.options} answer={question.answer} keyValue={question.key} feedback={question.feedback} answersVisible={answersVisible} points={points} />;
}
