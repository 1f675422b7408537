// What changing an assignment means for the attempts already made, said to the teacher before
// the change is saved, and the one rule for attempts in progress: a change never shortens an
// attempt under way (its deadline stays), but it lengthens one when it gives more time (a later
// due time, a longer time limit, an extension). Pure; lib/data/teacher-assignments.ts applies
// the same rule through deadlineAfterChange.
import { scorePolicyLabels, type ScorePolicy } from "./score-policy";

export type ReviewPolicy = "IMMEDIATELY" | "AFTER_DUE" | "NEVER";

export type AssignmentSettings = {
  title: string;
  opensAt: Date;
  dueAt: Date;
  maxAttempts: number | null;
  timeLimitSeconds: number | null;
  scorePolicy: ScorePolicy;
  reviewPolicy: ReviewPolicy;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
};

export type AttemptCounts = { inProgress: number; submitted: number };

const attempts = (n: number) => `${n} attempt${n === 1 ? "" : "s"}`;
const inProgress = (n: number) => `${attempts(n)} in progress`;
const limit = (seconds: number | null) => (seconds === null ? Infinity : seconds);
const allowed = (max: number | null) => (max === null ? Infinity : max);

export const reviewPolicyLabels: Record<ReviewPolicy, string> = {
  IMMEDIATELY: "as soon as they submit",
  AFTER_DUE: "after the due time",
  NEVER: "never",
};

/** One sentence per consequence, for the teacher to read before saving; empty without attempts. */
export function describeChanges(before: AssignmentSettings, after: AssignmentSettings, counts: AttemptCounts): string[] {
  if (counts.inProgress + counts.submitted === 0) return [];
  const out: string[] = [];
  const dueLater = after.dueAt.getTime() > before.dueAt.getTime();
  const dueEarlier = after.dueAt.getTime() < before.dueAt.getTime();
  const longer = limit(after.timeLimitSeconds) > limit(before.timeLimitSeconds);
  const shorter = limit(after.timeLimitSeconds) < limit(before.timeLimitSeconds);
  if (counts.inProgress > 0 && (dueLater || longer)) {
    out.push(`${inProgress(counts.inProgress)} get the extra time: their deadlines move later, never earlier.`);
  }
  if (counts.inProgress > 0 && (dueEarlier || shorter)) {
    out.push(
      `${inProgress(counts.inProgress)} keep their current deadline; the ${dueEarlier ? "earlier due time" : "shorter time limit"}${dueEarlier && shorter ? " and shorter time limit" : ""} applies to attempts started from now on.`,
    );
  }
  if (before.opensAt.getTime() !== after.opensAt.getTime()) {
    out.push("Attempts already made are kept whatever the opening time; it only decides when new attempts can start.");
  }
  if (allowed(after.maxAttempts) < allowed(before.maxAttempts)) {
    out.push(`Fewer attempts allowed: no attempt is removed (${attempts(counts.inProgress + counts.submitted)} so far); a student who has used ${after.maxAttempts} or more cannot start another.`);
  } else if (allowed(after.maxAttempts) > allowed(before.maxAttempts)) {
    out.push("More attempts allowed: students who had used all of theirs can start again.");
  }
  if (before.scorePolicy !== after.scorePolicy && counts.submitted > 0) {
    out.push(
      `Every student's counted score is recomputed from ${attempts(counts.submitted)} submitted (${scorePolicyLabels[before.scorePolicy].toLowerCase()} → ${scorePolicyLabels[after.scorePolicy].toLowerCase()}): grades may change.`,
    );
  }
  if (before.reviewPolicy !== after.reviewPolicy && counts.submitted > 0) {
    out.push(`Reviews of the ${attempts(counts.submitted)} already submitted follow the new policy at once: students see them ${reviewPolicyLabels[after.reviewPolicy]}.`);
  }
  if (before.shuffleQuestions !== after.shuffleQuestions || before.shuffleOptions !== after.shuffleOptions) {
    out.push("Attempts already started keep the order they were shown; the new shuffle settings apply to attempts started from now on.");
  }
  return out;
}

/**
 * The deadline of an attempt in progress after a change: recomputed from its start with the
 * new time limit and due time, but never earlier than it was, and an attempt whose time has
 * already run out stays over (`deadlinePassed`).
 */
export function deadlineAfterChange(input: {
  current: Date | null;
  recomputed: Date | null;
  deadlinePassed: boolean;
}): Date | null {
  const { current, recomputed, deadlinePassed } = input;
  if (deadlinePassed || current === null) return current;
  if (recomputed === null) return null;
  return recomputed.getTime() > current.getTime() ? recomputed : current;
}
