import { ChoiceOptions } from "../shared/choice-options";
import type { TakingProps } from "../types";

export const trueFalseChoices = [
  { id: "true", text: "True" },
  { id: "false", text: "False" },
];

/** Two radios, True and False. */
export function TrueFalseTaking({ name, answer }: TakingProps<"TRUE_FALSE">) {
  return <ChoiceOptions name={name} idPrefix={name} choices={trueFalseChoices} checked={answer ? [String(answer.value)] : []} />;
}
