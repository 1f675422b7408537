// Multiple select: one or more of the options are right; partial credit.
import { z } from "zod";
import type { QuestionTypeDefinition, ShapesOf } from "./definition";
import { optionCounts } from "./item-summary";
import { choices, feedbackByLabel, forgedId, id, idsOf, markedOptions, textBlock, uniqueIds } from "./parts";

const schemas = {
  options: z.object({ choices }),
  key: z.object({ correct: z.array(id).min(1) }),
  feedback: feedbackByLabel,
  // An empty list is a real state: the student unticked everything.
  answer: z.strictObject({ choices: uniqueIds }),
};

type Summary = { choices: string[]; correct: boolean };

// Right picks minus wrong picks over the number of correct options, floored at 0: ticking every
// box earns nothing, and each wrong tick cancels a right one. Ids outside the options count as
// wrong picks.
function score(key: { correct: string[] }, answer: { choices: string[] }): number {
  const correct = new Set(key.correct);
  const picks = new Set(answer.choices);
  let right = 0;
  for (const pick of picks) if (correct.has(pick)) right++;
  const wrong = picks.size - right;
  return Math.max(0, (right - wrong) / correct.size);
}

export const multipleSelect: QuestionTypeDefinition<"MULTIPLE_SELECT", ShapesOf<typeof schemas, Summary>> = {
  type: "MULTIPLE_SELECT",
  schemas,
  checkKey(options, key) {
    const known = idsOf(options.choices);
    const errors: string[] = [];
    if (key.correct.some((k) => !known.has(k))) errors.push("key.correct: names an option that does not exist");
    if (new Set(key.correct).size !== key.correct.length) errors.push("key.correct: repeats an option");
    return errors;
  },
  validateAnswer: (options, answer) => forgedId("choices", idsOf(options.choices), answer.choices),
  score,
  normalise: (answer) => ({ choices: [...new Set(answer.choices)] }),
  summarise: (key, answer) => ({ choices: [...new Set(answer.choices)].sort(), correct: score(key, answer) === 1 }),
  // Each option counts the answers that ticked it, so the rows add up to more than the answers.
  analyse: (options, key, counts) => optionCounts(counts, options.choices, (a) => a.choices, key.correct),
  keyAnswer: (key) => ({ choices: [...key.correct] }),
  toText: ({ stem, options, key }) => textBlock(stem, markedOptions(options.choices, key.correct)),
  fromFields(_options, name, read) {
    // Sent with a marker field so that "nothing ticked" can be told from "not on this page".
    if (read(`${name}.present`).length === 0 && read(`${name}[]`).length === 0) return { kind: "empty" };
    return { kind: "answer", answer: { choices: [...new Set(read(`${name}[]`))] } };
  },
  isAnswered: (answer) => answer.choices.length > 0,
};
