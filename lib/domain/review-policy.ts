// What a student may see of a submitted attempt. The server filters the review page with this
// before anything is rendered: a field that is false here never reaches the browser.

export type ReviewPolicy = "IMMEDIATELY" | "AFTER_DUE" | "NEVER";

export type ReviewVisibility = {
  /** The attempt's total and per-question scores. */
  score: boolean;
  /** The student's own answers. */
  answers: boolean;
  /** The correct answers (and which options were correct). */
  key: boolean;
  /** Per-option feedback. */
  feedback: boolean;
  /** The general explanation and its citations. */
  explanations: boolean;
};

const nothing: ReviewVisibility = { score: false, answers: false, key: false, feedback: false, explanations: false };
const own: ReviewVisibility = { score: true, answers: true, key: false, feedback: false, explanations: false };
const everything: ReviewVisibility = { score: true, answers: true, key: true, feedback: true, explanations: true };

/** Practice sets have no assignment and so no policy: they review immediately. */
export function reviewPolicyFor(assignment: { reviewPolicy: ReviewPolicy } | null): ReviewPolicy {
  return assignment?.reviewPolicy ?? "IMMEDIATELY";
}

/**
 * Nothing is visible while the attempt is in progress: even a running score would leak the key
 * question by question. After submit:
 * - IMMEDIATELY: everything.
 * - AFTER_DUE: score and own answers; key, feedback and explanations once now ≥ dueAt. With no
 *   due time the key stays hidden, since there is no moment when every student is done. Pass the
 *   latest due time that applies to anyone who could share the key (extensions included) to
 *   keep it from students who are still working.
 * - NEVER: score and own answers only.
 */
export function reviewVisibility(input: {
  policy: ReviewPolicy;
  attemptSubmitted: boolean;
  now: Date;
  dueAt: Date | null;
}): ReviewVisibility {
  if (!input.attemptSubmitted) return { ...nothing };
  switch (input.policy) {
    case "IMMEDIATELY":
      return { ...everything };
    case "AFTER_DUE":
      return input.dueAt !== null && input.now.getTime() >= input.dueAt.getTime() ? { ...everything } : { ...own };
    case "NEVER":
      return { ...own };
  }
}
