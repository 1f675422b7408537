"use client";

import { useAttemptContext } from "./attempt-context";

export type QuestionMapProps = {
  total: number;
  answered: number[];
  /** The position shown, or null when every question is on the page. */
  current: number | null;
};

const base = "flex size-10 items-center justify-center rounded-md border text-sm font-medium";

/**
 * Links to every question. One at a time, each is a submit button (go=q<N>) so the answer on
 * the page is saved before moving; with all on one page, each jumps to its question.
 */
export function QuestionMap({ total, answered, current }: QuestionMapProps) {
  const context = useAttemptContext();
  const done = context ? context.answered : new Set(answered);
  return (
    <nav aria-label="Questions">
      <ol className="flex flex-wrap gap-2">
        {Array.from({ length: total }, (_, position) => {
          const number = position + 1;
          const isCurrent = position === current;
          const isDone = done.has(position);
          const look = isCurrent
            ? "border-accent bg-accent text-accent-ink"
            : isDone
              ? "border-accent bg-accent/15 text-ink"
              : "border-line bg-card text-ink hover:border-accent";
          const label = `Question ${number}${isDone ? ", answered" : ", not answered"}`;
          return (
            <li key={position}>
              {current === null ? (
                <a href={`#question-${number}`} aria-label={label} className={`${base} ${look}`}>
                  {number}
                </a>
              ) : (
                <button type="submit" name="go" value={`q${number}`} aria-label={label} aria-current={isCurrent ? "step" : undefined} className={`${base} ${look}`}>
                  {number}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <p className="mt-2 text-xs text-muted">
        <span aria-hidden="true" className="mr-1 inline-block size-3 rounded-sm border border-accent bg-accent/15 align-middle" /> answered
        <span aria-hidden="true" className="mr-1 ml-4 inline-block size-3 rounded-sm border border-line bg-card align-middle" /> not answered
      </p>
    </nav>
  );
}
