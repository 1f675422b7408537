// When an assignment can be started, when an attempt must end, and how many attempts are left.
// The server enforces these; the timer a student sees is only a display of attemptDeadline.

/**
 * The due time that applies to one student. An extension only ever moves the due time later:
 * an extension dated before the assignment's due is ignored, and an assignment with no due
 * time stays open however the extension is dated. null means "no due time".
 */
export function effectiveDue(assignment: { dueAt: Date | null }, extension?: { dueAt: Date | null } | null): Date | null {
  const base = assignment.dueAt;
  const extended = extension?.dueAt ?? null;
  if (base === null) return null;
  return new Date(extended === null ? base.getTime() : Math.max(base.getTime(), extended.getTime()));
}

/**
 * The time limit that applies to one student: the assignment's plus an extension's extra
 * seconds. No limit stays no limit (extra time only lengthens a limit that exists).
 */
export function effectiveTimeLimit(assignment: { timeLimitSeconds: number | null }, extension?: { extraSeconds: number } | null): number | null {
  if (assignment.timeLimitSeconds === null) return null;
  return assignment.timeLimitSeconds + Math.max(0, extension?.extraSeconds ?? 0);
}

/**
 * When an attempt stops accepting answers: the earlier of start + time limit and the due time
 * (pass the student's effectiveDue). null when there is neither a time limit nor a due time.
 */
export function attemptDeadline(input: { startedAt: Date; timeLimitSeconds: number | null; dueAt: Date | null }): Date | null {
  const { startedAt, timeLimitSeconds, dueAt } = input;
  if (timeLimitSeconds !== null && !(Number.isFinite(timeLimitSeconds) && timeLimitSeconds >= 0)) {
    throw new RangeError(`timeLimitSeconds must be a non-negative number, got ${timeLimitSeconds}`);
  }
  const limitEnd = timeLimitSeconds === null ? null : startedAt.getTime() + timeLimitSeconds * 1000;
  const due = dueAt?.getTime() ?? null;
  if (limitEnd === null) return due === null ? null : new Date(due);
  return new Date(due === null ? limitEnd : Math.min(limitEnd, due));
}

/**
 * Default grace after a deadline: an autosave sent in the last second before the timer reaches
 * zero can arrive a little late over a slow network, and refusing it would lose an answer the
 * student saw as saved in time. Two seconds is too short to be worth gaming; the timer the
 * student sees still shows the deadline itself, without the grace.
 */
export const DEADLINE_GRACE_MS = 2000;

/** True once `now` is more than `graceMs` past the deadline; a null deadline never passes. */
export function isPastDeadline(deadline: Date | null, now: Date, graceMs: number = DEADLINE_GRACE_MS): boolean {
  if (deadline === null) return false;
  return now.getTime() > deadline.getTime() + Math.max(0, graceMs);
}

export type StartWindow = { ok: true } | { ok: false; reason: "not-open-yet" | "closed" };

/**
 * Whether a new attempt may start now: from opensAt (inclusive) until dueAt (exclusive; pass
 * the student's effectiveDue). No grace: starting is not a save racing the clock.
 */
export function startWindow(input: { now: Date; opensAt: Date | null; dueAt: Date | null }): StartWindow {
  const now = input.now.getTime();
  if (input.opensAt !== null && now < input.opensAt.getTime()) return { ok: false, reason: "not-open-yet" };
  if (input.dueAt !== null && now >= input.dueAt.getTime()) return { ok: false, reason: "closed" };
  return { ok: true };
}

/** Attempts a student may still start: unlimited (Infinity) when maxAttempts is null; never negative. */
export function attemptsLeft(input: { maxAttempts: number | null; extraAttempts: number; used: number }): number {
  if (input.maxAttempts === null) return Infinity;
  return Math.max(0, input.maxAttempts + Math.max(0, input.extraAttempts) - input.used);
}

/**
 * Whether an attempt was closed by its clock rather than by its student: the sweeper (and the
 * page or autosave that finds it late) closes it at its deadline exactly, and a submit inside
 * the grace after it also came too late to be a choice.
 */
export function ranOutOfTime(attempt: { submittedAt: Date | null; deadlineAt: Date | null }): boolean {
  return attempt.submittedAt !== null && attempt.deadlineAt !== null && attempt.submittedAt.getTime() >= attempt.deadlineAt.getTime();
}
