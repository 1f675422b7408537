import type { Choice } from "./question-shape";

export type MatchingAnswerProps = { name: string; idPrefix: string; prompts: Choice[]; answers: Choice[]; pairs: Record<string, string> };

/** For each prompt, a select of the possible answers, labelled by the prompt. */
export function MatchingAnswer({ name, idPrefix, prompts, answers, pairs }: MatchingAnswerProps) {
  return (
    <ul className="flex flex-col gap-3">
      {prompts.map((prompt) => {
        const id = `${idPrefix}-${prompt.id}`;
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
              {answers.map((answer) => (
                <option key={answer.id} value={answer.id}>
                  {answer.text}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ul>
  );
}
