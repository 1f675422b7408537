// Short text: a few words, right when they fold to one of the accepted variants. All or nothing.
import { z } from "zod";
import type { QuestionTypeDefinition, ShapesOf } from "./definition";
import { topAnswers } from "./item-summary";
import { feedbackByLabel, MAX_TEXT_LENGTH, textBlock, typedText } from "./parts";

const schemas = {
  options: z.object({ maxLength: z.number().int().positive().optional() }),
  key: z.object({ accepted: z.array(z.string().min(1)).min(1) }),
  // Feedback for specific wrong answers, keyed by the words.
  feedback: feedbackByLabel,
  answer: z.strictObject({ text: typedText }),
};

type Summary = { text: string; correct: boolean };

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
export function shortTextMatches(question: { key: { accepted: string[] } }, text: string): boolean {
  const given = normaliseText(text);
  return given !== "" && question.key.accepted.some((variant) => normaliseText(variant) === given);
}

export const shortText: QuestionTypeDefinition<"SHORT_TEXT", ShapesOf<typeof schemas, Summary>> = {
  type: "SHORT_TEXT",
  schemas,
  checkKey: () => [],
  validateAnswer(options, answer) {
    const max = options.maxLength ?? MAX_TEXT_LENGTH;
    return answer.text.length > max ? `text: at most ${max} characters` : null;
  },
  score: (key, answer) => (shortTextMatches({ key }, answer.text) ? 1 : 0),
  normalise: (answer) => ({ text: normaliseText(answer.text) }),
  summarise: (key, answer) => ({ text: normaliseText(answer.text), correct: shortTextMatches({ key }, answer.text) }),
  // The most common answers as compared (folded: case, accents and punctuation aside), top 5.
  analyse: (_options, key, counts) => topAnswers(counts, (a) => normaliseText(a.text) || "(blank)", (a) => shortTextMatches({ key }, a.text)),
  keyAnswer: (key) => ({ text: key.accepted[0] }),
  toText: ({ stem, key }) => textBlock(stem, key.accepted.map((variant) => `* ${variant}`)),
  fromFields(_options, name, read) {
    const single = read(name)[0]?.trim() ?? "";
    return single ? { kind: "answer", answer: { text: single } } : { kind: "empty" };
  },
  isAnswered: (answer) => answer.text.trim().length > 0,
};
