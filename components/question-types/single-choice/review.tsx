import { ChoiceReview } from "../shared/choice-review";
import type { ReviewProps } from "../types";

export function SingleChoiceReview({ options, answer, keyValue, feedback }: ReviewProps<"SINGLE_CHOICE">) {
  return <ChoiceReview choices={options.choices} chosen={answer ? [answer.choice] : []} correct={keyValue ? [keyValue.correct] : null} feedback={feedback} />;
}
