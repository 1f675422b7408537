// Single choice: one of the options is right. All or nothing.
import { z } from "zod";
import type { QuestionTypeDefinition, ShapesOf } from "./definition";
import { optionCounts } from "./item-summary";
import { choices, feedbackByLabel, forgedId, id, idsOf, markedOptions, textBlock } from "./parts";

const schemas = {
  options: z.object({ choices }),
  key: z.object({ correct: id }),
  feedback: feedbackByLabel,
  answer: z.strictObject({ choice: id }),
};

type Summary = { choice: string; correct: boolean };

export const singleChoice: QuestionTypeDefinition<"SINGLE_CHOICE", ShapesOf<typeof schemas, Summary>> = {
  type: "SINGLE_CHOICE",
  schemas,
  checkKey: (options, key) => (idsOf(options.choices).has(key.correct) ? [] : ["key.correct: not one of the options"]),
  validateAnswer: (options, answer) => forgedId("choice", idsOf(options.choices), [answer.choice]),
  score: (key, answer) => (answer.choice === key.correct ? 1 : 0),
  normalise: (answer) => answer,
  summarise: (key, answer) => ({ choice: answer.choice, correct: answer.choice === key.correct }),
  analyse: (options, key, counts) => optionCounts(counts, options.choices, (a) => [a.choice], [key.correct]),
  keyAnswer: (key) => ({ choice: key.correct }),
  toText: ({ stem, options, key }) => textBlock(stem, markedOptions(options.choices, [key.correct])),
  fromFields(_options, name, read) {
    const single = read(name)[0]?.trim() ?? "";
    return single ? { kind: "answer", answer: { choice: single } } : { kind: "empty" };
  },
  isAnswered: () => true,
};
