import { ChoiceReview } from "../shared/choice-review";
import type { ReviewProps } from "../types";
import { trueFalseChoices } from "./taking";

export function TrueFalseReview({ answer, keyValue, feedback }: ReviewProps<"TRUE_FALSE">) {
  return (
    <ChoiceReview
      choices={trueFalseChoices}
      chosen={answer ? [String(answer.value)] : []}
      correct={keyValue ? [String(keyValue.correct)] : null}
      feedback={feedback}
    />
  );
}
