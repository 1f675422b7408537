// Scoring a student's answers against a question's key. Pure: the same inputs always give the
// same score, so a regrade to a new version's key is just scoring again.
import { AnswerSchemas, type Answer } from "@/lib/domain/answers";
import type { QuestionContent, QuestionType } from "@/lib/domain/question-types";

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
export function scoreAnswer(type: QuestionType, content: QuestionContent, answer: unknown, points: number): ItemScore {
  if (!Number.isFinite(points) || points < 0) throw new RangeError(`points must be a non-negative number, got ${points}`);
  const parsed = answer === null || answer === undefined ? null : AnswerSchemas[type].safeParse(answer);
  const fraction = parsed?.success ? clamp01(fractionFor(type, content, parsed.data as Answer)) : 0;
  return { fraction, points: round2(fraction * points), correct: fraction === 1 };
}

function clamp01(x: number): number {
  return Number.isNaN(x) ? 0 : Math.min(1, Math.max(0, x));
}

function fractionFor(type: QuestionType, content: QuestionContent, answer: Answer): number {
  switch (type) {
    // All or nothing.
    case "SINGLE_CHOICE":
      return (answer as Answer<"SINGLE_CHOICE">).choice === (content as QuestionContent<"SINGLE_CHOICE">).key.correct ? 1 : 0;
    case "TRUE_FALSE":
      return (answer as Answer<"TRUE_FALSE">).value === (content as QuestionContent<"TRUE_FALSE">).key.correct ? 1 : 0;
    case "MULTIPLE_SELECT":
      return multipleSelect(content as QuestionContent<"MULTIPLE_SELECT">, answer as Answer<"MULTIPLE_SELECT">);
    case "NUMERIC":
      return numericMatches(content as QuestionContent<"NUMERIC">, (answer as Answer<"NUMERIC">).value) ? 1 : 0;
    case "SHORT_TEXT":
      return shortTextMatches(content as QuestionContent<"SHORT_TEXT">, (answer as Answer<"SHORT_TEXT">).text) ? 1 : 0;
    case "ORDERING":
      return ordering((content as QuestionContent<"ORDERING">).key.order, (answer as Answer<"ORDERING">).order);
    case "MATCHING":
      return matching((content as QuestionContent<"MATCHING">).key.pairs, (answer as Answer<"MATCHING">).pairs);
  }
}

// Partial credit, right picks minus wrong picks over the number of correct options, floored at 0:
// ticking every box earns nothing, and each wrong tick cancels a right one. Ids outside the
// options count as wrong picks.
function multipleSelect(content: QuestionContent<"MULTIPLE_SELECT">, answer: Answer<"MULTIPLE_SELECT">): number {
  const correct = new Set(content.key.correct);
  const picks = new Set(answer.choices);
  let right = 0;
  for (const pick of picks) if (correct.has(pick)) right++;
  const wrong = picks.size - right;
  return Math.max(0, (right - wrong) / correct.size);
}

// All or nothing within a tolerance: absolute |a − v| ≤ t, relative |a − v| ≤ t·|v|. An epsilon
// of 1e-9 relative to the larger of |v| and the allowed distance absorbs binary rounding (0.1 + 0.2
// against 0.3, 3.25 against 3 ± 0.25) without admitting an answer a person would call different.
// It does not depend on the answer, so the rule stays symmetric around v; v = 0 with no
// tolerance is exact.
export const NUMERIC_EPSILON = 1e-9;

export function numericMatches(content: QuestionContent<"NUMERIC">, given: number): boolean {
  const { value, tolerance = 0, toleranceKind = "absolute" } = content.key;
  const allowed = toleranceKind === "relative" ? tolerance * Math.abs(value) : tolerance;
  return Math.abs(given - value) <= allowed + NUMERIC_EPSILON * Math.max(Math.abs(value), allowed);
}

const marksAndFormat = /[\p{M}\p{Cf}]/gu;
const apostrophes = /['\u2018\u2019\u02BC]/gu;
const punctuation = /\p{P}+/gu;

/**
 * Folds text for comparing short answers: compatibility-decompose (NFKD) and drop combining
 * marks (é → e) and invisible format characters (soft hyphens), lower-case, then drop
 * apostrophes so "Putin’s" = "Putin's" = "Putins", turn every other punctuation mark (hyphens,
 * dashes, quotes, commas, %…) into a space, and collapse whitespace. So "Lvova-Belova",
 * "lvova belova" and "LVOVA – BELOVA" all fold to "lvova belova". Symbols ($, +) are kept.
 */
export function normaliseText(s: string): string {
  return s
    .normalize("NFKD")
    .replace(marksAndFormat, "")
    .toLowerCase()
    .replace(apostrophes, "")
    .replace(punctuation, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

// All or nothing: the folded answer equals a folded accepted variant. A blank (or
// punctuation-only) answer never matches, even a variant that folds to nothing.
export function shortTextMatches(content: QuestionContent<"SHORT_TEXT">, text: string): boolean {
  const given = normaliseText(text);
  return given !== "" && content.key.accepted.some((variant) => normaliseText(variant) === given);
}

// Share of the key's ordered pairs (i < j) the answer keeps in the same relative order. An id
// missing from the answer breaks every pair it is in, so an incomplete answer cannot earn more
// than the pairs among the ids it places. Ids not in the key are ignored. The key order scores
// 1, its reverse 0, and one adjacent swap of n items costs 1 / (n(n−1)/2).
function ordering(key: string[], order: string[]): number {
  const position = new Map(order.map((id, i) => [id, i]));
  let kept = 0;
  let total = 0;
  for (let i = 0; i < key.length; i++) {
    for (let j = i + 1; j < key.length; j++) {
      total++;
      const a = position.get(key[i]);
      const b = position.get(key[j]);
      if (a !== undefined && b !== undefined && a < b) kept++;
    }
  }
  return total === 0 ? 0 : kept / total;
}

// Share of the key's prompts matched to the key's answer. Unanswered prompts and pairs for
// prompts not in the key earn nothing.
function matching(key: Record<string, string>, pairs: Record<string, string>): number {
  const prompts = Object.keys(key);
  const right = prompts.filter((p) => Object.hasOwn(pairs, p) && pairs[p] === key[p]).length;
  return prompts.length === 0 ? 0 : right / prompts.length;
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
