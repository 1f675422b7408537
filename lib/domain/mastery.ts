// Mastery of a fact: the share of a student's answers on questions citing it that were right.
// A question left blank is "not answered", not "wrong": it counts neither way, and is shown
// apart. A fact with only blanks has no mastery yet (null), but it still counts as missed for
// "practise what I missed".
import { isAnswered, parseAnswer } from "./answers";
import type { QuestionType } from "./question-types";

export type MasteryCounts = { answered: number; correct: number; notAnswered: number };

export function masteryOf(counts: MasteryCounts): number | null {
  return counts.answered > 0 ? counts.correct / counts.answered : null;
}

/** Known least first: measured facts by mastery (more answers first on a tie), then unmeasured ones. */
export function compareMastery(a: MasteryCounts & { code: string | null }, b: MasteryCounts & { code: string | null }): number {
  const ma = masteryOf(a);
  const mb = masteryOf(b);
  if (ma === null || mb === null) {
    if (ma !== mb) return ma === null ? 1 : -1;
  } else if (ma !== mb) return ma - mb;
  return b.answered - a.answered || b.notAnswered - a.notAnswered || (a.code ?? "").localeCompare(b.code ?? "", "en", { numeric: true });
}

/** Worth practising: something on it was answered wrong or left blank. */
export function isMissed(counts: MasteryCounts): boolean {
  const mastery = masteryOf(counts);
  return mastery === null ? counts.notAnswered > 0 : mastery < 1 || counts.notAnswered > 0;
}

/**
 * What one stored response says about the student: a blank is any answer that says nothing for
 * its type (none, an empty selection, an empty text: lib/domain/answers.ts), however it was
 * saved, so that submitting a practice with nothing typed is never evidence of 0.
 */
export type Outcome = "right" | "wrong" | "blank";

export function outcomeOf(type: QuestionType, answer: unknown, correct: boolean | null): Outcome {
  const parsed = answer === null || answer === undefined ? null : parseAnswer(type, answer);
  if (!parsed?.ok || !isAnswered(type, parsed.answer)) return "blank";
  return correct ? "right" : "wrong";
}

/** Adds one response's outcome to a fact's counts. */
export function tally(counts: MasteryCounts, outcome: Outcome): MasteryCounts {
  if (outcome === "blank") return { ...counts, notAnswered: counts.notAnswered + 1 };
  return { ...counts, answered: counts.answered + 1, correct: counts.correct + (outcome === "right" ? 1 : 0) };
}
