// How the set checker compares words: the short-answer folding (case, accents, punctuation,
// typographic quotes) plus numbers read the way people write them ("19,000" = "19 000" = "19000").
import { normaliseText } from "@/lib/domain/question-types/short-text";

// Thousands separators between digit groups: comma, normal, no-break, narrow and thin spaces.
const groupedNumber = /\d{1,3}(?:[,\u00A0\u2009\u202F ]\d{3})+(?![\d])/g;

/** Folds text for comparison: grouped numbers lose their separators, then short-answer folding. */
export function foldText(text: string): string {
  return normaliseText(text.replace(groupedNumber, (n) => n.replace(/[^\d]/g, "")));
}

// Words that carry no claim of their own: leaving them out lets "It says it protects vulnerable
// children from war zones" meet "Moscow protects vulnerable children from war zones".
export const stopWords = new Set(
  (
    "a an the and or but nor of to in on at by for from with without as is are was were be been being it its this that these those " +
    "he she they them his her their we you i me my our your not no yes true false do does did has have had will would can could " +
    "than then there here which who whom whose what when where why how all any some each about into over under after before up out " +
    "only also just so such very said says say now"
  ).split(" "),
);

export function contentWords(foldedText: string): string[] {
  return foldedText.split(" ").filter((word) => word !== "" && !stopWords.has(word));
}

/** Runs of `size` consecutive content words, joined by spaces. */
export function shingles(words: string[], size: number): string[] {
  const runs: string[] = [];
  for (let i = 0; i + size <= words.length; i++) runs.push(words.slice(i, i + size).join(" "));
  return runs;
}

// "one" is left out: it is far more often a pronoun ("which one word") than a figure.
const numberWords = ["zero", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** The ways a small whole number is written in words ("three" for 3), when it has one. */
export function numberWord(value: number): string | null {
  return Number.isInteger(value) && value >= 0 && value < numberWords.length && numberWords[value] ? numberWords[value] : null;
}

const writtenNumber = /\d{1,3}(?:[,\u00A0\u2009\u202F]\d{3})+(?!\d)|\d+(?:\.\d+)?/g;

/**
 * The numbers a text states, as canonical strings ("19,000" and "19000" give "19000", "2.75"
 * gives "2.75"), and the small numbers written as words ("three" gives "3").
 */
export function numbersIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(writtenNumber)) found.add(String(Number(match[0].replace(/[^\d.]/g, ""))));
  for (const word of normaliseText(text).split(" ")) {
    const index = word ? numberWords.indexOf(word) : -1;
    if (index >= 0) found.add(String(index));
  }
  return found;
}

/** A short label for a question in messages: its code, or the start of its stem. */
export function questionLabel(question: { code: string | null; stem: string }): string {
  if (question.code) return question.code;
  const stem = question.stem.trim();
  return `“${stem.length > 40 ? `${stem.slice(0, 40)}…` : stem}”`;
}
