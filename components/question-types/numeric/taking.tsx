import { TextAnswer } from "../shared/text-answer";
import type { TakingProps } from "../types";

/** One text input for a figure, with the unit beside it. */
export function NumericTaking({ name, options, answer }: TakingProps<"NUMERIC">) {
  return <TextAnswer name={name} id={`${name}-input`} numeric unit={options.unit || null} defaultValue={answer ? String(answer.value) : ""} />;
}
