// The props of each question type's React parts (components/question-types/<type>/), typed by
// the type: a taking part gets only what a student may see, never the key.
import type { ReactNode } from "react";
import type { Answer, Feedback, Key, Options, QuestionType } from "@/lib/domain/question-types";

export type TakingProps<T extends QuestionType> = {
  /** The field name (`q<p>`, lib/domain/answer-form.ts); also the prefix of the inputs' ids. */
  name: string;
  options: Options<T>;
  /** The saved answer, to pre-fill the inputs. */
  answer: Answer<T> | null;
  /**
   * The fields as the student last sent them, when that post was refused (two events given the
   * same place, say): shown instead of `answer` so that no choice is lost. Field name → values.
   */
  sent?: Readonly<Record<string, readonly string[]>>;
};

export type ReviewProps<T extends QuestionType> = {
  options: Options<T>;
  answer: Answer<T> | null;
  /** null when the review policy hides it. */
  keyValue: Key<T> | null;
  feedback: Feedback<T> | null;
  answersVisible: boolean;
  /** The question's points, for types that explain their partial credit (ordering). */
  points: number;
};

export type QuestionTypeComponents<T extends QuestionType> = {
  /** The inputs a student answers with, named by the answer-form convention. */
  Taking: (props: TakingProps<T>) => ReactNode;
  /** The student's answer beside the key, in review. */
  Review: (props: ReviewProps<T>) => ReactNode;
  /** A line under the stem saying how to answer, if the type needs one. */
  hint?: (stem: string) => string | undefined;
};
