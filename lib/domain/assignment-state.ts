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

/** Where an assignment sits in a student's list. */
export type StudentBucket = "to-do" | "in-progress" | "overdue" | "done";

export const studentBuckets: StudentBucket[] = ["to-do", "in-progress", "overdue", "done"];

/**
 * An attempt going on wins; then submitting once makes it done (even with attempts left);
 * never submitted and past its due time (the student's own, extensions included) is overdue;
 * everything else is still to do.
 */
export function studentBucket(input: { now: Date; dueAt: Date | null; attempts: { status: "IN_PROGRESS" | "SUBMITTED" }[] }): StudentBucket {
  if (input.attempts.some((a) => a.status === "IN_PROGRESS")) return "in-progress";
  if (input.attempts.some((a) => a.status === "SUBMITTED")) return "done";
  if (input.dueAt && input.dueAt.getTime() <= input.now.getTime()) return "overdue";
  return "to-do";
}

export type ClassGroup<T> = { id: string; name: string; buckets: Record<StudentBucket, T[]> };

/**
 * A student's assignments under their classes (in the classes' order; a class without
 * assignments keeps its heading), each class's split into buckets, in the order given.
 * Assignments of a class not listed are left out.
 */
export function groupByClass<T extends { classId: string; bucket: StudentBucket }>(
  classes: { id: string; name: string }[],
  assignments: T[],
): ClassGroup<T>[] {
  const groups = classes.map((c) => ({ id: c.id, name: c.name, buckets: { "to-do": [], "in-progress": [], overdue: [], done: [] } as Record<StudentBucket, T[]> }));
  const byId = new Map(groups.map((g) => [g.id, g]));
  for (const assignment of assignments) byId.get(assignment.classId)?.buckets[assignment.bucket].push(assignment);
  return groups;
}
