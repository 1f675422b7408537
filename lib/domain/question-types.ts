// The shape of each question type's options, key and feedback, as stored in QuestionVersion.
// `options` is what a student sees; `key` and `feedback` must never reach the browser before
// the review policy allows (see lib/domain/review-policy.ts).
import { z } from "zod";

const id = z.string().regex(/^[a-z0-9-]{1,32}$/, "ids are short lower-case words");
const choice = z.object({ id, text: z.string().min(1) });
const choices = z.array(choice).min(2).refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
  message: "option ids must be unique",
});
/** Feedback shown in review, keyed by option id (choice types) or by a label (others). */
const feedback = z.record(z.string(), z.string().min(1)).optional();

export const QuestionTypeSchemas = {
  SINGLE_CHOICE: z.object({
    options: z.object({ choices }),
    key: z.object({ correct: id }),
    feedback,
  }),
  MULTIPLE_SELECT: z.object({
    options: z.object({ choices }),
    key: z.object({ correct: z.array(id).min(1) }),
    feedback,
  }),
  TRUE_FALSE: z.object({
    options: z.object({}).strict(),
    key: z.object({ correct: z.boolean() }),
    feedback: z.object({ true: z.string().min(1).optional(), false: z.string().min(1).optional() }).optional(),
  }),
  NUMERIC: z.object({
    options: z.object({ unit: z.string().optional() }),
    key: z.object({
      value: z.number().finite(),
      // absolute: |answer - value| <= tolerance; relative: <= tolerance * |value|
      tolerance: z.number().min(0).default(0),
      toleranceKind: z.enum(["absolute", "relative"]).default("absolute"),
    }),
    // Feedback for specific wrong figures, keyed by the figure ("19500").
    feedback,
  }),
  SHORT_TEXT: z.object({
    options: z.object({ maxLength: z.number().int().positive().optional() }),
    key: z.object({ accepted: z.array(z.string().min(1)).min(1) }),
    feedback,
  }),
  ORDERING: z.object({
    // `choices` are shown in this (deliberately scrambled) order.
    options: z.object({ choices }),
    key: z.object({ order: z.array(id).min(2) }),
    feedback,
  }),
  MATCHING: z.object({
    options: z.object({ prompts: choices, answers: choices }),
    // prompt id -> answer id
    key: z.object({ pairs: z.record(id, id) }),
    feedback,
  }),
} as const;

export type QuestionType = keyof typeof QuestionTypeSchemas;
export const questionTypes = Object.keys(QuestionTypeSchemas) as QuestionType[];

export type QuestionContent<T extends QuestionType = QuestionType> = z.infer<(typeof QuestionTypeSchemas)[T]>;

/**
 * Checks a question's options, key and feedback for its type, including the cross-field rules
 * (the key names options that exist). Returns the parsed content or a list of messages.
 */
export function parseQuestionContent(
  type: QuestionType,
  input: { options: unknown; key: unknown; feedback?: unknown },
): { ok: true; content: QuestionContent } | { ok: false; errors: string[] } {
  const parsed = QuestionTypeSchemas[type].safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".") || type}: ${i.message}`) };
  }
  const content = parsed.data as QuestionContent;
  const errors: string[] = [];
  const ids = (list: { id: string }[]) => new Set(list.map((c) => c.id));
  switch (type) {
    case "SINGLE_CHOICE": {
      const c = content as QuestionContent<"SINGLE_CHOICE">;
      if (!ids(c.options.choices).has(c.key.correct)) errors.push("key.correct: not one of the options");
      break;
    }
    case "MULTIPLE_SELECT": {
      const c = content as QuestionContent<"MULTIPLE_SELECT">;
      const known = ids(c.options.choices);
      if (c.key.correct.some((k) => !known.has(k))) errors.push("key.correct: names an option that does not exist");
      if (new Set(c.key.correct).size !== c.key.correct.length) errors.push("key.correct: repeats an option");
      break;
    }
    case "ORDERING": {
      const c = content as QuestionContent<"ORDERING">;
      const known = ids(c.options.choices);
      const order = new Set(c.key.order);
      const complete = c.key.order.length === known.size && order.size === known.size;
      if (!complete || [...order].some((k) => !known.has(k))) {
        errors.push("key.order: must list every option exactly once");
      }
      break;
    }
    case "MATCHING": {
      const c = content as QuestionContent<"MATCHING">;
      const prompts = ids(c.options.prompts);
      const answers = ids(c.options.answers);
      const keyed = Object.keys(c.key.pairs);
      if (keyed.length !== prompts.size || keyed.some((p) => !prompts.has(p))) {
        errors.push("key.pairs: must give an answer for every prompt");
      }
      if (Object.values(c.key.pairs).some((a) => !answers.has(a))) errors.push("key.pairs: names an answer that does not exist");
      break;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, content };
}
