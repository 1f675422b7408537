// Item analysis: how each question of a quiz did, and how each fact behind it was learnt. These
// are the reference rules; lib/data/item-analysis.ts computes the same figures in SQL (so that a
// class of 1,000 is never loaded into Node) and the integration test holds the two together.
//
// The unit is one attempt: each student's FIRST submitted attempt at an assignment (Moodle's
// default), so that retakes after seeing the review do not flatter the questions.
import type { ItemAnalysisSummary } from "./question-types/item-summary";

/** One response of one attempt: its score and the question's points. */
export type ItemScore = { item: string; score: number; points: number };
/** One attempt (a student's first at an assignment): `id` breaks ties in the ranking. */
export type AttemptScores = { id: string; items: ItemScore[] };

export type ItemStatistics = {
  item: string;
  /** Attempts with this question. */
  n: number;
  /** Mean of score / points, 0..1 (for 0/1 questions, the share who got it right). */
  facility: number | null;
  /** Facility in the upper group minus facility in the lower group, -1..1. */
  discrimination: number | null;
  /** Pearson correlation of the item's score with the rest of the test (total minus this item). */
  pointBiserial: number | null;
};

/** Share of the attempts in each of the upper and lower groups, in percent. */
export const GROUP_PERCENT = 27;
/** Below this many attempts, discrimination is not judged. */
export const MIN_ATTEMPTS_TO_JUDGE = 10;

/** The size of each of the upper and lower groups: ceil(27% of n), at least 1 (0 when n = 0). */
export function groupSize(n: number): number {
  // In integers: 0.27 × n in floating point can land a hair above a whole number.
  return n <= 0 ? 0 : Math.max(1, Math.ceil((GROUP_PERCENT * n) / 100));
}

// Scores are stored to the cent: totals are rounded to the cent so that adding 0.33 and 0.67 in
// floating point ranks the same as PostgreSQL's exact numeric sum.
const cents = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const ratio = (s: ItemScore) => (s.points > 0 ? s.score / s.points : 0);

/** An attempt's total score: the sum of its responses' scores. */
export const totalOf = (attempt: AttemptScores) => cents(attempt.items.reduce((sum, s) => sum + s.score, 0));

/**
 * Attempts ranked by total score, highest first. Ties are broken by the attempt's id (ascending,
 * by code unit), an arbitrary but fixed order: each group then has exactly groupSize(n)
 * attempts, and tied attempts straddling a group's edge fall on one side or the other.
 */
export function rankByTotal<A extends AttemptScores>(attempts: A[]): A[] {
  return [...attempts].sort((a, b) => totalOf(b) - totalOf(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Pearson's correlation; null with fewer than two pairs or when either side does not vary. */
export function pearson(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  const mx = mean(xs)!;
  const my = mean(ys)!;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  // Below this the variance is rounding noise (scores are cents), not spread.
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Facility, discrimination and point-biserial of every question, in order of first appearance. */
export function itemStatistics(attempts: AttemptScores[]): ItemStatistics[] {
  const items = [...new Set(attempts.flatMap((a) => a.items.map((s) => s.item)))];
  return items.map((item) => {
    // Ranked among the attempts that had this question (all of them, within one assignment).
    const having = rankByTotal(attempts.filter((a) => a.items.some((s) => s.item === item)));
    const scoreOf = (a: AttemptScores) => a.items.find((s) => s.item === item)!;
    const n = having.length;
    const g = groupSize(n);
    const ratios = having.map((a) => ratio(scoreOf(a)));
    const upper = mean(ratios.slice(0, g));
    const lower = mean(ratios.slice(n - g));
    return {
      item,
      n,
      facility: mean(ratios),
      discrimination: upper === null || lower === null ? null : upper - lower,
      pointBiserial: pearson(
        having.map((a) => scoreOf(a).score),
        having.map((a) => cents(totalOf(a) - scoreOf(a).score)),
      ),
    };
  });
}

/**
 * How well each fact was learnt: per attempt, the mean of score / points over its questions
 * citing the fact; then the mean of that over the attempts. `factsOf` maps a question to the
 * facts its evidence belongs to.
 */
export function factMastery(attempts: AttemptScores[], factsOf: Record<string, string[]>): { fact: string; n: number; mastery: number }[] {
  const perFact = new Map<string, number[]>();
  for (const attempt of attempts) {
    const ratios = new Map<string, number[]>();
    for (const s of attempt.items) {
      for (const fact of new Set(factsOf[s.item] ?? [])) ratios.set(fact, [...(ratios.get(fact) ?? []), ratio(s)]);
    }
    for (const [fact, list] of ratios) perFact.set(fact, [...(perFact.get(fact) ?? []), mean(list)!]);
  }
  return [...perFact].map(([fact, list]) => ({ fact, n: list.length, mastery: mean(list)! })).sort((a, b) => a.mastery - b.mastery || (a.fact < b.fact ? -1 : 1));
}

export type Flag = "too-few-attempts" | "low-discrimination" | "popular-wrong-option" | "very-easy" | "very-hard";

export const flagLabels: Record<Flag, string> = {
  "too-few-attempts": "too few attempts to judge",
  "low-discrimination": "low discrimination",
  "popular-wrong-option": "popular wrong option",
  "very-easy": "very easy",
  "very-hard": "very hard",
};

/** Share of attempts at which a wrong option is "popular". */
export const POPULAR_WRONG_SHARE = 0.3;

/**
 * A wrong option (or figure, or text) chosen by at least 30% of the attempts, or more often than
 * the most chosen keyed one. Blank answers are not an option and never count.
 */
export function hasPopularWrongOption(summary: ItemAnalysisSummary, n: number): boolean {
  if (summary.kind !== "choices" || n === 0) return false;
  const keyedMost = Math.max(0, ...summary.rows.filter((r) => r.keyed).map((r) => r.count));
  return summary.rows.some((r) => !r.keyed && r.count > 0 && (r.count >= POPULAR_WRONG_SHARE * n || r.count > keyedMost));
}

export function flagsFor(stats: Omit<ItemStatistics, "item">, popularWrongOption: boolean): Flag[] {
  if (stats.n === 0 || stats.facility === null) return [];
  const flags: Flag[] = [];
  if (stats.n < MIN_ATTEMPTS_TO_JUDGE) flags.push("too-few-attempts");
  else if ((stats.discrimination ?? 0) < 0.2 || (stats.pointBiserial !== null && stats.pointBiserial < 0.2)) flags.push("low-discrimination");
  if (popularWrongOption) flags.push("popular-wrong-option");
  if (stats.facility > 0.9) flags.push("very-easy");
  if (stats.facility < 0.2) flags.push("very-hard");
  return flags;
}
