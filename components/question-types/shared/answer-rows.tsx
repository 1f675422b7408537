import type { ReactNode } from "react";

/** One labelled line of a typed answer's review (your answer, the correct one, feedback). */
export function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-3">
      <dt className="w-36 shrink-0 text-sm text-muted">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** In place of an answer there is none: not given, or not shown by the review policy. */
export function NoAnswer({ answersVisible }: { answersVisible: boolean }) {
  return answersVisible ? <span className="text-muted">Not answered</span> : <span className="text-muted">Not shown</span>;
}

/** Feedback written for a typed answer: keyed by the figure or the words, compared loosely. */
export function feedbackFor(feedback: Record<string, string> | null, given: string | undefined): string | null {
  if (!feedback || given === undefined) return null;
  const wanted = given.trim().toLowerCase();
  const hit = Object.entries(feedback).find(([k]) => k.trim().toLowerCase() === wanted);
  return hit ? hit[1] : null;
}
