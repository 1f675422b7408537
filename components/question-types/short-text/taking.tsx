import { TextAnswer } from "../shared/text-answer";
import type { TakingProps } from "../types";

/** One text input, as long as the question allows. */
export function ShortTextTaking({ name, options, answer }: TakingProps<"SHORT_TEXT">) {
  return <TextAnswer name={name} id={`${name}-input`} maxLength={options.maxLength} defaultValue={answer?.text ?? ""} />;
}
