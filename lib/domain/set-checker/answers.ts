// A question's answer written as text, and the text a student sees of a question, for the
// answer-leak rule. Reads the content loosely (unknown JSON): a malformed question simply gives
// no answer phrases rather than breaking the whole check.
import type { CheckedQuestion } from "@/lib/domain/set-check-types";
import { contentWords, foldText, numberWord, shingles, stopWords } from "./text";

export type AnswerPhrase = {
  /** As the author wrote it, for the message. */
  shown: string;
  /** Folded forms, any of which appearing as whole words counts as the answer. */
  forms: string[];
  /** For a long answer: runs of consecutive content words, any of which counts too. */
  runs: string[];
  /** The phrase is a cited quote standing for a true/false verdict. */
  evidence?: boolean;
};

/** A long answer leaks when this many of its content words appear in a row elsewhere. */
export const LEAK_RUN_WORDS = 4;
/** Answers shorter than this (folded) are too common to be telling ("no", "8"). */
const MIN_ANSWER_LENGTH = 3;
/** Below this, a figure is too common to look for bare: it needs its unit ("3 hours"). */
const BARE_NUMBER_MIN = 10;

type Choice = { id: string; text: string };

function choicesOf(value: unknown, field: string): Choice[] {
  if (typeof value !== "object" || value === null) return [];
  const list = (value as Record<string, unknown>)[field];
  if (!Array.isArray(list)) return [];
  return list.filter((c): c is Choice => typeof c === "object" && c !== null && typeof c.id === "string" && typeof c.text === "string");
}

function field<T>(value: unknown, name: string, guard: (v: unknown) => v is T): T | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const found = (value as Record<string, unknown>)[name];
  return guard(found) ? found : undefined;
}

const isString = (v: unknown): v is string => typeof v === "string";
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

function textPhrase(shown: string): AnswerPhrase | null {
  const folded = foldText(shown);
  const words = folded.split(" ").filter(Boolean);
  if (folded.length < MIN_ANSWER_LENGTH) return null;
  if (words.length === 1 && stopWords.has(words[0])) return null;
  const content = contentWords(folded);
  if (content.length === 0) return null;
  // A long answer is also found when most of its substance is repeated in other words around it.
  const runs = content.length > LEAK_RUN_WORDS ? shingles(content, LEAK_RUN_WORDS) : [];
  return { shown, forms: [folded], runs };
}

function numericPhrase(value: number, unit: string | undefined): AnswerPhrase | null {
  const digits = String(value);
  const foldedUnit = unit ? foldText(unit) : "";
  if (Math.abs(value) >= BARE_NUMBER_MIN) return { shown: digits, forms: [foldText(digits)], runs: [] };
  // A small figure is only telling with its unit: "3 hours", "three hours".
  if (!foldedUnit) return null;
  const forms = [`${foldText(digits)} ${foldedUnit}`];
  const word = numberWord(value);
  if (word) forms.push(`${word} ${foldedUnit}`);
  return { shown: `${digits} ${unit}`, forms, runs: [] };
}

/**
 * A true/false key is a verdict, not words: what gives it away is the evidence it rests on. So a
 * true/false question's "answer" is the words of the quotes it cites, found when a run of
 * LEAK_RUN_WORDS of their content words (or the whole quote, when shorter) appears elsewhere:
 * "Both sides brought backup" in another question settles "They met alone: true or false?".
 * Only quotes sharing a content word with the statement count (see answerPhrases).
 */
function evidencePhrase(quote: string): AnswerPhrase | null {
  const content = contentWords(foldText(quote));
  if (content.length < 2) return null;
  const runs = content.length >= LEAK_RUN_WORDS ? shingles(content, LEAK_RUN_WORDS) : [content.join(" ")];
  return { shown: quote, forms: [], runs, evidence: true };
}

/**
 * The question's answer as text: the correct choice(s), the accepted short answers, the figure,
 * a true/false question's evidence. Ordering and matching keys are arrangements, not words a
 * student could read elsewhere, so they give none (their items are still searched for others' answers).
 */
export function answerPhrases(question: CheckedQuestion): AnswerPhrase[] {
  const phrases: (AnswerPhrase | null)[] = [];
  switch (question.type) {
    case "SINGLE_CHOICE": {
      const correct = field(question.key, "correct", isString);
      const choice = choicesOf(question.options, "choices").find((c) => c.id === correct);
      if (choice) phrases.push(textPhrase(choice.text));
      break;
    }
    case "MULTIPLE_SELECT": {
      const correct = field(question.key, "correct", isStringArray) ?? [];
      for (const choice of choicesOf(question.options, "choices")) if (correct.includes(choice.id)) phrases.push(textPhrase(choice.text));
      break;
    }
    case "SHORT_TEXT":
      for (const variant of field(question.key, "accepted", isStringArray) ?? []) phrases.push(textPhrase(variant));
      break;
    case "NUMERIC": {
      const value = field(question.key, "value", isNumber);
      if (value !== undefined) phrases.push(numericPhrase(value, field(question.options, "unit", isString)));
      break;
    }
    case "TRUE_FALSE": {
      // Only the evidence the statement is about (sharing a content word with it): a question
      // may also cite context ("The charge: ...") that settles nothing about its verdict.
      const statement = new Set(contentWords(foldText(question.stem)));
      for (const citation of question.citations) {
        if (contentWords(foldText(citation.quote)).some((word) => statement.has(word))) phrases.push(evidencePhrase(citation.quote));
      }
      break;
    }
    default:
      break;
  }
  const kept = phrases.filter((p): p is AnswerPhrase => p !== null);
  // Variants that fold alike ("Anchorage, Alaska" / "Anchorage Alaska") are one phrase.
  const seen = new Set<string>();
  return kept.filter((p) => {
    const key = `${p.forms.join("|")}#${p.runs.join("|")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type ShownText = { where: string; text: string };

/**
 * What a student sees of a question before answering it, where another question's answer would
 * give that answer away: the stem, the ordering items, the matching prompts and answers. A
 * choice question's options are searched too, except when the leaked answer is itself a choice
 * of its own question: a name offered as one alternative among others says nothing a student
 * of that question does not already see (documented in docs/decisions/021-set-checker.md).
 */
export function shownTexts(question: CheckedQuestion): { stem: ShownText; alternatives: ShownText[]; statements: ShownText[] } {
  const stem = { where: "stem", text: question.stem };
  switch (question.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT":
      return { stem, alternatives: choicesOf(question.options, "choices").map((c) => ({ where: "options", text: c.text })), statements: [] };
    case "ORDERING":
      return { stem, alternatives: [], statements: choicesOf(question.options, "choices").map((c) => ({ where: "items", text: c.text })) };
    case "MATCHING":
      return {
        stem,
        alternatives: [],
        statements: [...choicesOf(question.options, "prompts"), ...choicesOf(question.options, "answers")].map((c) => ({ where: "matching lists", text: c.text })),
      };
    default:
      return { stem, alternatives: [], statements: [] };
  }
}

/** A text folded once for every answer looked for in it. */
export type PreparedText = { padded: string; paddedContent: string };

export function prepareText(text: string): PreparedText {
  const folded = foldText(text);
  return { padded: ` ${folded} `, paddedContent: ` ${contentWords(folded).join(" ")} ` };
}

/** Whether the answer phrase appears in the prepared text. */
export function phraseAppears(phrase: AnswerPhrase, text: PreparedText): boolean {
  if (phrase.forms.some((form) => form !== "" && text.padded.includes(` ${form} `))) return true;
  return phrase.runs.some((run) => text.paddedContent.includes(` ${run} `));
}
