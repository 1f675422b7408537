// Where the no-JavaScript taking form goes after saving the page: the next or previous
// question, the same one, a numbered one, or all on one page. Always a question that exists.

export type Go = "next" | "prev" | "stay" | "all" | `q${number}`;

/** The 1-based question number to show after `go`, from the page that showed `positions` (0-based). */
export function questionAfter(go: Exclude<Go, "all">, positions: number[], count: number): number {
  if (count <= 0) return 1;
  const current = positions.length ? Math.min(...positions) : 0;
  const target = go === "next" ? current + 1 : go === "prev" ? current - 1 : go === "stay" ? current : Number(go.slice(1)) - 1;
  const clamped = Number.isFinite(target) ? Math.min(Math.max(target, 0), count - 1) : current;
  return clamped + 1;
}
