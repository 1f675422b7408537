import type { TakingProps } from "../types";

/**
 * For each prompt, a select of the possible answers, labelled by the prompt. The select takes
 * the full width under its prompt, and wraps a long answer instead of cutting it where the
 * browser lets a select be styled (.wrapping-select in app/globals.css).
 */
export function MatchingTaking({ name, options, answer }: TakingProps<"MATCHING">) {
  const pairs = answer?.pairs ?? {};
  return (
    <ul className="flex flex-col gap-4">
      {options.prompts.map((prompt) => {
        const id = `${name}-${prompt.id}`;
        return (
          <li key={prompt.id} className="flex flex-col gap-1.5">
            <label htmlFor={id} className="font-medium">
              {prompt.text}
            </label>
            <select
              id={id}
              name={`${name}.${prompt.id}`}
              defaultValue={pairs[prompt.id] ?? ""}
              className="wrapping-select min-h-10 w-full rounded-md border border-line bg-card px-3 py-2 text-base"
            >
              <option value="">Choose…</option>
              {options.answers.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.text}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ul>
  );
}
