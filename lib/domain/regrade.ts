// Rescoring an answer under a corrected version of its question, and the note the student reads
// in their review. Pure: lib/data/regrade.ts reads the rows and writes what this decides.
import { answerFitsQuestion } from "./answers";
import type { QuestionContent } from "./question-types";
import { round2, scoreAnswer } from "./scoring";

export type Rescored = {
  /** The machine score under the new version. */
  score: number;
  correct: boolean;
  /** The answer does not fit the new version (an option it names was removed): it scores 0. */
  unparseable: boolean;
};

export function rescore(content: QuestionContent, answer: unknown, points: number): Rescored {
  if (answer === null || answer === undefined) return { score: 0, correct: false, unparseable: false };
  const fits = answerFitsQuestion(content.type, content, answer);
  if (!fits.ok) return { score: 0, correct: false, unparseable: true };
  const scored = scoreAnswer(content.type, content, answer, points);
  return { score: scored.points, correct: scored.correct, unparseable: false };
}

/** "1 point", "0 points", "0.5 points". */
export function pointsText(value: number): string {
  const shown = Number.isInteger(value) ? String(value) : round2(value).toFixed(2).replace(/0$/, "");
  return `${shown} ${value === 1 ? "point" : "points"}`;
}

export type NoteInput = { version: number; before: number; after: number; overridden: boolean; unparseable: boolean };

/** What the student's review says about a regraded answer. */
export function regradeNote({ version, before, after, overridden, unparseable }: NoteInput): string {
  const start = `The question was corrected (version ${version});`;
  if (overridden) return `${start} your teacher's score of ${pointsText(before)} stands.`;
  const scale = `${pointsText(before).replace(/ points?$/, "")} → ${pointsText(after)}`;
  if (unparseable) return `${start} your answer no longer fits its options, so it was rescored: ${scale}.`;
  return `${start} your answer was rescored: ${scale}${before === after ? " (no change)" : ""}.`;
}

/** Hundredths as integers, so totals add up exactly as the database's decimals do. */
export const cents = (value: number) => Math.round(value * 100);
export const fromCents = (value: number) => value / 100;
