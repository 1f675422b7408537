import type { Choice } from "@/lib/domain/question-types/parts";

export type ChoiceOptionsProps = {
  /** The field name: `q<p>` for radios, `q<p>[]` for checkboxes. */
  name: string;
  idPrefix: string;
  choices: Choice[];
  multiple?: boolean;
  checked: string[];
};

/** Radios or checkboxes, each a large labelled target; the fieldset around them names the group. */
export function ChoiceOptions({ name, idPrefix, choices, multiple = false, checked }: ChoiceOptionsProps) {
  return (
    <ul className="flex flex-col gap-2">
      {choices.map((choice) => {
        const id = `${idPrefix}-${choice.id}`;
        return (
          <li key={choice.id}>
            <label
              htmlFor={id}
              className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-line bg-card px-3 py-2.5 hover:border-accent has-checked:border-accent has-checked:bg-paper"
            >
              <input
                id={id}
                type={multiple ? "checkbox" : "radio"}
                name={name}
                value={choice.id}
                defaultChecked={checked.includes(choice.id)}
                className="mt-1 size-4 shrink-0 accent-accent"
              />
              <span>{choice.text}</span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
