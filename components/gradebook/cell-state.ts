import type { CellState } from "@/lib/validation/gradebook";

/** Words for a cell without a score (and for screen readers, with one). */
export const cellStateLabels: Record<CellState, string> = {
  "not-started": "not started",
  "in-progress": "in progress",
  submitted: "submitted",
  overdue: "missing",
};
