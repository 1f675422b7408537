// Where each student of an assignment stands right now, for the teacher's live view. Pure: the
// data layer reads one row per student (their latest attempt and counts, never answers) and
// this decides the state. A working attempt past its deadline is "time up" until the sweep (or
// the student's next request) closes it.
import { isPastDeadline } from "./deadlines";

export type LiveState = "not-started" | "working" | "time-up" | "submitted";

export const liveStates: LiveState[] = ["not-started", "working", "time-up", "submitted"];

export const liveStateLabels: Record<LiveState, string> = {
  "not-started": "Not started",
  working: "Working",
  "time-up": "Time up",
  submitted: "Submitted",
};

/** The latest attempt of one student, as the data layer reads it. */
export type LatestAttempt = { status: "IN_PROGRESS" | "SUBMITTED"; deadlineAt: Date | null } | null;

export function liveState(latest: LatestAttempt, now: Date): LiveState {
  if (!latest) return "not-started";
  if (latest.status === "SUBMITTED") return "submitted";
  return isPastDeadline(latest.deadlineAt, now) ? "time-up" : "working";
}

export type LiveCounts = Record<LiveState, number>;

/** What the live page and its JSON route show: plain values (times as ISO strings). */
export type LiveRow = {
  studentId: string;
  name: string;
  email: string;
  state: LiveState;
  attemptsUsed: number;
  /** Working or time up: the position of the question saved last (null: none saved yet). */
  currentPosition: number | null;
  answered: number | null;
  lastSavedAt: string | null;
  /** The attempt's deadline while working; the student's due time before they start. */
  deadlineAt: string | null;
  /** The latest submitted attempt (also shown while a later one is under way). */
  submittedAttemptId: string | null;
  score: number | null;
  maxScore: number | null;
};

export type LiveView = {
  assignment: { id: string; title: string; classId: string; className: string; dueAt: string };
  questionCount: number;
  generatedAt: string;
  counts: LiveCounts;
  rows: LiveRow[];
};


export function countStates(states: Iterable<LiveState>): LiveCounts {
  const counts: LiveCounts = { "not-started": 0, working: 0, "time-up": 0, submitted: 0 };
  for (const state of states) counts[state]++;
  return counts;
}

/** "2 not started, 5 working, 1 submitted" (time up only when there is some). */
export function describeCounts(counts: LiveCounts): string {
  const parts = [`${counts["not-started"]} not started`, `${counts.working} working`];
  if (counts["time-up"] > 0) parts.push(`${counts["time-up"]} time up`);
  parts.push(`${counts.submitted} submitted`);
  return parts.join(", ");
}

/** "Question 3 of 10", or "Not answered yet" when nothing has been saved. */
export function questionText(position: number | null, total: number): string {
  return position === null ? "Not answered yet" : `Question ${position + 1} of ${total}`;
}
