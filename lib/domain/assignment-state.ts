// Where a student stands with one assignment: what they can do now, until when, and their best
// share of the points so far. Pure, so the rules are tested without a database.
import { attemptsLeft, effectiveDue, startWindow } from "./deadlines";

export type AssignmentState = "not-open-yet" | "open" | "in-progress" | "closed" | "no-attempts-left";

export type StudentStanding = {
  state: AssignmentState;
  /** The due time that applies to this student (their extension included). */
  dueAt: Date | null;
  /** Attempts they may still start (Infinity when unlimited). */
  attemptsLeft: number;
};

/**
 * An attempt in progress wins (they can go on with it); otherwise the window decides, then
 * the attempts left.
 */
export function studentStanding(input: {
  now: Date;
  assignment: { opensAt: Date | null; dueAt: Date | null; maxAttempts: number | null };
  extension: { dueAt: Date | null; extraAttempts: number } | null;
  attempts: { status: "IN_PROGRESS" | "SUBMITTED" }[];
}): StudentStanding {
  const dueAt = effectiveDue(input.assignment, input.extension);
  const left = attemptsLeft({ maxAttempts: input.assignment.maxAttempts, extraAttempts: input.extension?.extraAttempts ?? 0, used: input.attempts.length });
  const window = startWindow({ now: input.now, opensAt: input.assignment.opensAt, dueAt });
  const state: AssignmentState = input.attempts.some((a) => a.status === "IN_PROGRESS")
    ? "in-progress"
    : !window.ok
      ? window.reason
      : left <= 0
        ? "no-attempts-left"
        : "open";
  return { state, dueAt, attemptsLeft: left };
}

/** The best score as a share of the maximum over submitted attempts; null before any. */
export function bestFraction(attempts: { status: string; score: number | null; maxScore: number | null }[]): number | null {
  return attempts
    .filter((a) => a.status === "SUBMITTED" && a.maxScore)
    .reduce<number | null>((best, a) => Math.max(best ?? 0, (a.score ?? 0) / a.maxScore!), null);
}
