import type { TakingProps } from "../types";

/** For each prompt, a select of the possible answers, labelled by the prompt. */
export function MatchingTaking({ name, options, answer }: TakingProps<"MATCHING">) {
  const pairs = answer?.pairs ?? {};
  return (
    <ul className="flex flex-col gap-3">
      {options.prompts.map((prompt) => {
        const id = `${name}-${prompt.id}`;
        return (
          <li key={prompt.id} className="grid gap-1 sm:grid-cols-2 sm:items-center sm:gap-4">
            <label htmlFor={id}>{prompt.text}</label>
            <select
              id={id}
              name={`${name}.${prompt.id}`}
              defaultValue={pairs[prompt.id] ?? ""}
              className="min-h-10 w-full rounded-md border border-line bg-card px-3 py-2 text-base"
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
