// Each question type's React parts, found here by type: the inputs a student answers with and
// the review of an answer against the key (components/question-types/<type>/). A new type is
// one more folder and one more entry. Server components only: the review parts receive keys.
import type { QuestionType } from "@/lib/domain/question-types";
import { MatchingReview } from "./matching/review";
import { MatchingTaking } from "./matching/taking";
import { MultipleSelectReview } from "./multiple-select/review";
import { multipleSelectHint, MultipleSelectTaking } from "./multiple-select/taking";
import { NumericReview } from "./numeric/review";
import { NumericTaking } from "./numeric/taking";
import { OrderingReview } from "./ordering/review";
import { OrderingTaking } from "./ordering/taking";
import { ShortTextReview } from "./short-text/review";
import { ShortTextTaking } from "./short-text/taking";
import { SingleChoiceReview } from "./single-choice/review";
import { SingleChoiceTaking } from "./single-choice/taking";
import { TrueFalseReview } from "./true-false/review";
import { TrueFalseTaking } from "./true-false/taking";
import type { QuestionTypeComponents } from "./types";

export const questionTypeComponents: { [T in QuestionType]: QuestionTypeComponents<T> } = {
  SINGLE_CHOICE: { Taking: SingleChoiceTaking, Review: SingleChoiceReview },
  MULTIPLE_SELECT: { Taking: MultipleSelectTaking, Review: MultipleSelectReview, hint: multipleSelectHint },
  TRUE_FALSE: { Taking: TrueFalseTaking, Review: TrueFalseReview },
  NUMERIC: { Taking: NumericTaking, Review: NumericReview },
  SHORT_TEXT: { Taking: ShortTextTaking, Review: ShortTextReview },
  ORDERING: { Taking: OrderingTaking, Review: OrderingReview, hint: () => "Give each one a place: 1 is first." },
  MATCHING: { Taking: MatchingTaking, Review: MatchingReview, hint: () => "Choose an answer for each one." },
};
