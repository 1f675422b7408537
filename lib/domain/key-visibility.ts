// Whether a question's key (correct answers, feedback, explanation, citations) may be shown now.
// One rule for every path that can show a key: an assignment's review, a practice review, the
// missed-question practice, the public try page, and any later export or preview. See
// docs/decisions/006-key-visibility.md.
import { effectiveDue } from "./deadlines";
import type { ReviewPolicy } from "./review-policy";

/** An assignment that contains the question, as the rule needs it. */
export type KeyHolder = {
  assignmentId: string;
  reviewPolicy: ReviewPolicy;
  /** The last due time in its class, extensions included; null when it has none. */
  lastDueAt: Date | null;
};

/** The last due time that applies to anyone in the class: the assignment's, or a later extension. */
export function lastDueAt(assignment: { dueAt: Date | null; extensions: { dueAt: Date | null }[] }): Date | null {
  return assignment.extensions.reduce<Date | null>((latest, extension) => effectiveDue({ dueAt: latest }, extension), assignment.dueAt);
}

/**
 * Whether an assignment still keeps the keys of its questions to itself. Until its last due
 * time somebody can still take it (or, after the due date, its review is still closed), so a
 * key shown elsewhere would reach a student who is still working. A "never" assignment keeps
 * them for good: its students must not find them by another path. An assignment with no due
 * time can always be taken, so it keeps them too.
 */
export function withholdsKeys(holder: KeyHolder, now: Date): boolean {
  if (holder.reviewPolicy === "NEVER") return true;
  return holder.lastDueAt === null || now.getTime() < holder.lastDueAt.getTime();
}

export type KeyRequest = {
  now: Date;
  /**
   * The assignments that could be harmed by showing this question's key: for an assignment's
   * review, the viewer's other assignments that contain it; for practice and the public try
   * page (which anyone can reach with a fresh account), every assignment that contains it.
   */
  holders: KeyHolder[];
  /**
   * For the review of an assignment's attempt: that assignment, and whether its own review
   * policy shows the key now (reviewVisibility). Its own policy decides for itself (the teacher
   * chose it), so it is never a holder against its own review.
   */
  own?: { assignmentId: string; policyShowsKey: boolean };
};

/** True when the key may be shown to this viewer now. */
export function keyVisible(request: KeyRequest): boolean {
  if (request.own && !request.own.policyShowsKey) return false;
  return withholdingHolders(request.holders, request.now, request.own?.assignmentId).length === 0;
}

/** The holders that keep a key back now. */
export function withholdingHolders(holders: KeyHolder[], now: Date, exceptAssignmentId?: string): KeyHolder[] {
  return holders.filter((holder) => holder.assignmentId !== exceptAssignmentId && withholdsKeys(holder, now));
}
