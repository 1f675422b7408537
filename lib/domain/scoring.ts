// Scoring a student's answers against a question's key. Pure: the same inputs always give the
// same score, so a regrade to a new version's key is just scoring again. Each type's rule,
// partial credit included, is its `score` in lib/domain/question-types/.
import { questionTypes, type QuestionContent, type QuestionType } from "./question-types";

export type ItemScore = {
  /** Share of the question's credit earned, 0..1. */
  fraction: number;
  /** fraction × the question's points, rounded to 2 decimals. */
  points: number;
  /** Full credit. */
  correct: boolean;
};

/** Rounds to 2 decimals, correcting binary noise first (1.005 → 1.01, not 1). */
export function round2(x: number): number {
  return Math.round(Number((x * 100).toPrecision(15))) / 100;
}

/**
 * Scores one answer. `answer` is a stored value: absent, or anything that is not a valid answer
 * for this type (e.g. saved against an older version of another type), scores 0 rather than
 * throwing, so one bad row cannot block a submit or a regrade.
 */
export function scoreAnswer<T extends QuestionType>(type: T, question: QuestionContent<T>, answer: unknown, points: number): ItemScore {
  if (!Number.isFinite(points) || points < 0) throw new RangeError(`points must be a non-negative number, got ${points}`);
  const definition = questionTypes[type];
  const parsed = answer === null || answer === undefined ? null : definition.schemas.answer.safeParse(answer);
  const fraction = parsed?.success ? clamp01(definition.score(question.key, parsed.data)) : 0;
  return { fraction, points: round2(fraction * points), correct: fraction === 1 };
}

function clamp01(x: number): number {
  return Number.isNaN(x) ? 0 : Math.min(1, Math.max(0, x));
}

export type ScoringItem = { type: QuestionType; content: QuestionContent; answer: unknown; points: number };

export type AttemptScore = { score: number; maxScore: number; items: ItemScore[] };

/**
 * Scores a whole attempt. The total is the sum of the items' rounded points and the maximum the
 * sum of the rounded item maxima: rounding is monotonic and each item earns at most its points,
 * so score ≤ maxScore holds after rounding too.
 */
export function scoreAttempt(items: ScoringItem[]): AttemptScore {
  const scored = items.map((item) => scoreAnswer(item.type, item.content, item.answer, item.points));
  const score = round2(scored.reduce((sum, s) => sum + s.points, 0));
  const maxScore = round2(items.reduce((sum, item) => sum + round2(item.points), 0));
  return { score, maxScore, items: scored };
}
