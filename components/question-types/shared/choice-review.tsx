import type { Choice } from "@/lib/domain/question-types/parts";

export type ChoiceReviewProps = {
  choices: Choice[];
  chosen: string[];
  /** Correct option ids; null when the key is not shown. */
  correct: string[] | null;
  /** Feedback by option id. */
  feedback: Readonly<Record<string, string | undefined>> | null;
};

/** Every option, marked with the student's choice and (when shown) the correct ones, with feedback. */
export function ChoiceReview({ choices, chosen, correct, feedback }: ChoiceReviewProps) {
  return (
    <ul className="flex flex-col gap-2">
      {choices.map((choice) => {
        const picked = chosen.includes(choice.id);
        const right = correct?.includes(choice.id) ?? false;
        const note = feedback?.[choice.id];
        const look = right
          ? "border-green-700 dark:border-green-500"
          : picked && correct
            ? "border-red-700 dark:border-red-400"
            : "border-line";
        return (
          <li key={choice.id} className={`rounded-md border bg-card px-3 py-2 ${look}`}>
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className={picked ? "font-semibold" : ""}>{choice.text}</span>
              {picked ? <span className="rounded-full border border-line px-2 text-xs font-medium text-muted">Your answer</span> : null}
              {right ? <span className="rounded-full border border-green-700 px-2 text-xs font-medium text-green-800 dark:border-green-500 dark:text-green-300">Correct answer</span> : null}
            </div>
            {note ? <p className="mt-1 text-sm text-muted">{note}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
