// Assignment facts in words, the same on the list and on the assignment's own page.
import type { AssignmentState } from "@/lib/domain/assignment-state";
import type { ReviewPolicy } from "@/lib/domain/review-policy";

export const stateLabels: Record<AssignmentState, string> = {
  "not-open-yet": "Not open yet",
  open: "Open",
  "in-progress": "In progress",
  closed: "Closed",
  "no-attempts-left": "No attempts left",
};

export function timeLimitText(seconds: number | null): string {
  if (seconds === null) return "No time limit";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return minutes === 1 ? "1 minute" : `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} h${rest ? ` ${rest} min` : ""}`;
}

export function attemptsText(used: number, allowed: number | null): string {
  if (allowed === null) return `${used} used, no limit`;
  return `${used} of ${allowed} used`;
}

export const policyText: Record<ReviewPolicy, string> = {
  IMMEDIATELY: "As soon as you submit, you see your score, the correct answers and the explanations with their sources.",
  AFTER_DUE: "When you submit, you see your score and your answers; the correct answers and explanations after the due date.",
  NEVER: "When you submit, you see your score and your answers; the correct answers are not shown.",
};

export const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

export function scoreText(score: number | null, maxScore: number | null): string {
  if (score === null || !maxScore) return "–";
  const round = (n: number) => Math.round(n * 100) / 100;
  return `${round(score)} of ${round(maxScore)} (${percent(score / maxScore)})`;
}
