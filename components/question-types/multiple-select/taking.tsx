import { ChoiceOptions } from "../shared/choice-options";
import type { TakingProps } from "../types";

/** One checkbox per option, with a marker field so that "nothing ticked" is an answer too. */
export function MultipleSelectTaking({ name, options, answer }: TakingProps<"MULTIPLE_SELECT">) {
  return (
    <>
      <input type="hidden" name={`${name}.present`} value="1" />
      <ChoiceOptions name={`${name}[]`} idPrefix={name} choices={options.choices} multiple checked={answer?.choices ?? []} />
    </>
  );
}

/** The stem often says "select all that apply" itself. */
export const multipleSelectHint = (stem: string) => (/all that apply/i.test(stem) ? undefined : "Select every answer that applies.");
