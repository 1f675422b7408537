import { ChoiceReview } from "../shared/choice-review";
import type { ReviewProps } from "../types";

export function MultipleSelectReview({ options, answer, keyValue, feedback }: ReviewProps<"MULTIPLE_SELECT">) {
  return <ChoiceReview choices={options.choices} chosen={answer?.choices ?? []} correct={keyValue?.correct ?? null} feedback={feedback} />;
}
