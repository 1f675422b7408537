// Ordering: put the options in order (events by date, say); partial credit by pairs kept in order.
import { z } from "zod";
import type { QuestionTypeDefinition, ShapesOf } from "./definition";
import { partCounts } from "./item-summary";
import { choices, feedbackByLabel, forgedId, id, idsOf, textBlock, textOf, uniqueIds } from "./parts";

const schemas = {
  // `choices` are shown in this (deliberately scrambled) order.
  options: z.object({ choices }),
  key: z.object({ order: z.array(id).min(2) }),
  feedback: feedbackByLabel,
  // May be incomplete while the student is still arranging; scoring counts missing ids as wrong.
  answer: z.strictObject({ order: uniqueIds }),
};

type Summary = { order: string[]; correct: boolean };

export type OrderedPairs = { kept: number; total: number };

// The key's ordered pairs (i < j) and how many of them the answer keeps in the same relative
// order. An id missing from the answer breaks every pair it is in, so an incomplete answer
// cannot earn more than the pairs among the ids it places. Ids not in the key are ignored.
// Both the score and its explanation to the student (ordering-credit.ts) are read from this.
export function orderedPairs(key: { order: string[] }, answer: { order: string[] }): OrderedPairs {
  const position = new Map(answer.order.map((choiceId, i) => [choiceId, i]));
  let kept = 0;
  let total = 0;
  for (let i = 0; i < key.order.length; i++) {
    for (let j = i + 1; j < key.order.length; j++) {
      total++;
      const a = position.get(key.order[i]);
      const b = position.get(key.order[j]);
      if (a !== undefined && b !== undefined && a < b) kept++;
    }
  }
  return { kept, total };
}

// Share of the key's ordered pairs the answer keeps in order: the key order scores 1, its
// reverse 0, and one adjacent swap of n items costs 1 / (n(n−1)/2).
function score(key: { order: string[] }, answer: { order: string[] }): number {
  const { kept, total } = orderedPairs(key, answer);
  return total === 0 ? 0 : kept / total;
}

export const ordering: QuestionTypeDefinition<"ORDERING", ShapesOf<typeof schemas, Summary>> = {
  type: "ORDERING",
  schemas,
  checkKey(options, key) {
    const known = idsOf(options.choices);
    const order = new Set(key.order);
    const complete = key.order.length === known.size && order.size === known.size;
    return !complete || [...order].some((k) => !known.has(k)) ? ["key.order: must list every option exactly once"] : [];
  },
  validateAnswer: (options, answer) => forgedId("order", idsOf(options.choices), answer.order),
  score,
  normalise: (answer) => answer,
  summarise: (key, answer) => ({ order: [...answer.order], correct: score(key, answer) === 1 }),
  // Per place of the key: how many answers put the right item there.
  analyse: (options, key, counts) =>
    partCounts(counts, key.order, (choiceId, i) => `${i + 1}. ${textOf(options.choices, choiceId)}`, (a, choiceId, i) => a.order[i] === choiceId),
  keyAnswer: (key) => ({ order: [...key.order] }),
  toText: ({ stem, options, key }) => textBlock(stem, key.order.map((choiceId, i) => `${i + 1}. ${textOf(options.choices, choiceId)}`)),
  fromFields(options, name, read) {
    // One select per option, named q<p>.<choiceId>, holding its place 1..n.
    const ranked = options.choices
      .map((choice) => ({ id: choice.id, rank: Number(read(`${name}.${choice.id}`)[0]) }))
      .filter((c) => Number.isInteger(c.rank) && c.rank > 0);
    if (ranked.length === 0) return { kind: "empty" };
    const ranks = ranked.map((c) => c.rank);
    if (new Set(ranks).size !== ranks.length) return { kind: "invalid", message: "Give each event a different place." };
    return { kind: "answer", answer: { order: ranked.sort((a, b) => a.rank - b.rank).map((c) => c.id) } };
  },
  isAnswered: (answer) => answer.order.length > 0,
};
