// True or false: the statement in the stem is one or the other. All or nothing.
import { z } from "zod";
import type { QuestionTypeDefinition, ShapesOf } from "./definition";
import { optionCounts } from "./item-summary";
import { textBlock } from "./parts";

const schemas = {
  options: z.object({}).strict(),
  key: z.object({ correct: z.boolean() }),
  feedback: z.object({ true: z.string().min(1).optional(), false: z.string().min(1).optional() }).optional(),
  answer: z.strictObject({ value: z.boolean() }),
};

type Summary = { value: boolean; correct: boolean };

export const trueFalse: QuestionTypeDefinition<"TRUE_FALSE", ShapesOf<typeof schemas, Summary>> = {
  type: "TRUE_FALSE",
  schemas,
  checkKey: () => [],
  validateAnswer: () => null,
  score: (key, answer) => (answer.value === key.correct ? 1 : 0),
  normalise: (answer) => answer,
  summarise: (key, answer) => ({ value: answer.value, correct: answer.value === key.correct }),
  analyse: (_options, key, counts) =>
    optionCounts(counts, [{ id: "true", text: "True" }, { id: "false", text: "False" }], (a) => [String(a.value)], [String(key.correct)]),
  keyAnswer: (key) => ({ value: key.correct }),
  toText: ({ stem, key }) => textBlock(stem, [`${key.correct ? "*" : "-"} True`, `${key.correct ? "-" : "*"} False`]),
  fromFields(_options, name, read) {
    const single = read(name)[0]?.trim() ?? "";
    return single === "true" || single === "false" ? { kind: "answer", answer: { value: single === "true" } } : { kind: "empty" };
  },
  isAnswered: () => true,
};
