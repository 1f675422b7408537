// Which score counts for an assignment when a student has submitted several attempts: the best,
// the last, or the average (each attempt as a share of its maximum, so that a regrade that
// changes a maximum cannot skew the average). Pure; the gradebook's SQL computes the same rule
// (lib/data/gradebook.ts), and a test holds the two together.
export type ScorePolicy = "BEST" | "LAST" | "AVERAGE";

export type ScoredAttempt = { status: string; score: number | null; maxScore: number | null; submittedAt: Date | null };

/** The counted share of the points (0…1), or null before any submitted attempt. */
export function countedFraction(policy: ScorePolicy, attempts: ScoredAttempt[]): number | null {
  const fractions = attempts
    .filter((a) => a.status === "SUBMITTED" && a.maxScore && a.submittedAt)
    .sort((a, b) => a.submittedAt!.getTime() - b.submittedAt!.getTime())
    .map((a) => (a.score ?? 0) / a.maxScore!);
  if (fractions.length === 0) return null;
  switch (policy) {
    case "BEST":
      return Math.max(...fractions);
    case "LAST":
      return fractions[fractions.length - 1];
    case "AVERAGE":
      return fractions.reduce((sum, f) => sum + f, 0) / fractions.length;
  }
}

export const scorePolicyLabels: Record<ScorePolicy, string> = {
  BEST: "Best attempt",
  LAST: "Last attempt",
  AVERAGE: "Average of attempts",
};
