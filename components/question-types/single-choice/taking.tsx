import { ChoiceOptions } from "../shared/choice-options";
import type { TakingProps } from "../types";

/** One radio per option. */
export function SingleChoiceTaking({ name, options, answer }: TakingProps<"SINGLE_CHOICE">) {
  return <ChoiceOptions name={name} idPrefix={name} choices={options.choices} checked={answer ? [answer.choice] : []} />;
}
