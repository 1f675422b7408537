// Matching: pair each prompt with one of the answers; partial credit by prompts matched.
import { z } from "zod";
import type { QuestionTypeDefinition, ShapesOf } from "./definition";
import { partCounts } from "./item-summary";
import { choices, feedbackByLabel, forgedId, id, idsOf, MAX_IDS, textBlock, textOf } from "./parts";

const schemas = {
  options: z.object({ prompts: choices, answers: choices }),
  // prompt id -> answer id
  key: z.object({ pairs: z.record(id, id) }),
  feedback: feedbackByLabel,
  // prompt id -> answer id; may be partial. Two prompts may name the same answer (as in keys).
  answer: z.strictObject({
    pairs: z.record(id, id).refine((pairs) => Object.keys(pairs).length <= MAX_IDS, { message: "too many pairs" }),
  }),
};

type Summary = { pairs: Record<string, string>; correct: boolean };

// Share of the key's prompts matched to the key's answer. Unanswered prompts and pairs for
// prompts not in the key earn nothing.
function score(key: { pairs: Record<string, string> }, answer: { pairs: Record<string, string> }): number {
  const prompts = Object.keys(key.pairs);
  const right = prompts.filter((p) => Object.hasOwn(answer.pairs, p) && answer.pairs[p] === key.pairs[p]).length;
  return prompts.length === 0 ? 0 : right / prompts.length;
}

export const matching: QuestionTypeDefinition<"MATCHING", ShapesOf<typeof schemas, Summary>> = {
  type: "MATCHING",
  schemas,
  checkKey(options, key) {
    const prompts = idsOf(options.prompts);
    const answers = idsOf(options.answers);
    const keyed = Object.keys(key.pairs);
    const errors: string[] = [];
    if (keyed.length !== prompts.size || keyed.some((p) => !prompts.has(p))) errors.push("key.pairs: must give an answer for every prompt");
    if (Object.values(key.pairs).some((a) => !answers.has(a))) errors.push("key.pairs: names an answer that does not exist");
    return errors;
  },
  validateAnswer: (options, answer) =>
    forgedId("pairs", idsOf(options.prompts), Object.keys(answer.pairs)) ?? forgedId("pairs", idsOf(options.answers), Object.values(answer.pairs)),
  score,
  normalise: (answer) => answer,
  summarise: (key, answer) => ({ pairs: { ...answer.pairs }, correct: score(key, answer) === 1 }),
  // Per prompt: how many answers paired it with its keyed answer.
  analyse: (options, key, counts) =>
    partCounts(
      counts,
      options.prompts,
      (prompt) => `${prompt.text} → ${textOf(options.answers, key.pairs[prompt.id])}`,
      (a, prompt) => Object.hasOwn(a.pairs, prompt.id) && a.pairs[prompt.id] === key.pairs[prompt.id],
    ),
  keyAnswer: (key) => ({ pairs: { ...key.pairs } }),
  toText: ({ stem, options, key }) =>
    textBlock(stem, options.prompts.map((prompt) => `${prompt.text} → ${textOf(options.answers, key.pairs[prompt.id])}`)),
  fromFields(options, name, read) {
    // One select per prompt, named q<p>.<promptId>, holding an answer id.
    const pairs: Record<string, string> = {};
    for (const prompt of options.prompts) {
      const chosen = read(`${name}.${prompt.id}`)[0];
      if (chosen) pairs[prompt.id] = chosen;
    }
    return Object.keys(pairs).length ? { kind: "answer", answer: { pairs } } : { kind: "empty" };
  },
  isAnswered: (answer) => Object.keys(answer.pairs).length > 0,
};
