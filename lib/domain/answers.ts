// A student's answer to each question type, as autosave stores it (AttemptAnswer.value).
// The shapes carry no type tag: the question's type says which schema applies. Objects are
// strict so a stored answer holds exactly what scoring reads, and list sizes are capped so a
// forged request cannot make autosave or scoring do unbounded work.
import { z } from "zod";
import type { QuestionContent, QuestionType } from "@/lib/domain/question-types";
import { hasControlCharacters } from "./control-characters";

/** Same id rule as question options: a forged id still has to look like one. */
const id = z.string().regex(/^[a-z0-9-]{1,32}$/, "ids are short lower-case words");
const MAX_IDS = 100;
const uniqueIds = z
  .array(id)
  .max(MAX_IDS)
  .refine((list) => new Set(list).size === list.length, { message: "ids must not repeat" });

export const MAX_TEXT_LENGTH = 500;

export const AnswerSchemas = {
  SINGLE_CHOICE: z.strictObject({ choice: id }),
  // An empty list is a real state: the student unticked everything.
  MULTIPLE_SELECT: z.strictObject({ choices: uniqueIds }),
  TRUE_FALSE: z.strictObject({ value: z.boolean() }),
  // zod 4 numbers refuse NaN and ±Infinity.
  NUMERIC: z.strictObject({ value: z.number() }),
  // No control characters: PostgreSQL cannot store NUL, and no answer needs them.
  SHORT_TEXT: z.strictObject({ text: z.string().max(MAX_TEXT_LENGTH).refine((t) => !hasControlCharacters(t), "Remove the invisible control characters.") }),
  // May be incomplete while the student is still arranging; scoring counts missing ids as wrong.
  ORDERING: z.strictObject({ order: uniqueIds }),
  // prompt id -> answer id; may be partial. Two prompts may name the same answer (as in keys).
  MATCHING: z.strictObject({
    pairs: z.record(id, id).refine((pairs) => Object.keys(pairs).length <= MAX_IDS, { message: "too many pairs" }),
  }),
} as const;

export type Answer<T extends QuestionType = QuestionType> = z.infer<(typeof AnswerSchemas)[T]>;

export type AnswerResult<T extends QuestionType = QuestionType> =
  | { ok: true; answer: Answer<T> }
  | { ok: false; message: string };

/** Checks the shape of a raw (JSON-decoded) answer for a question type. */
export function parseAnswer<T extends QuestionType>(type: T, raw: unknown): AnswerResult<T> {
  const parsed = AnswerSchemas[type].safeParse(raw);
  if (parsed.success) return { ok: true, answer: parsed.data as Answer<T> };
  const message = parsed.error.issues.map((i) => `${i.path.join(".") || type}: ${i.message}`).join("; ");
  return { ok: false, message };
}

/**
 * Checks that an answer only names options of this question (a forged id is refused) and that
 * short text respects the question's own maxLength. Incomplete answers fit.
 */
export function answerFitsQuestion(
  type: QuestionType,
  content: QuestionContent,
  answer: Answer,
): { ok: true } | { ok: false; message: string } {
  // Guards against an answer of another type's shape reaching the checks below.
  const shape = parseAnswer(type, answer);
  if (!shape.ok) return shape;
  const ids = (list: { id: string }[]) => new Set(list.map((c) => c.id));
  const unknown = (field: string, known: Set<string>, given: string[]) => {
    const forged = given.find((g) => !known.has(g));
    return forged === undefined ? null : `${field}: "${forged}" is not an option of this question`;
  };
  let problem: string | null = null;
  switch (type) {
    case "SINGLE_CHOICE": {
      const c = content as QuestionContent<"SINGLE_CHOICE">;
      problem = unknown("choice", ids(c.options.choices), [(answer as Answer<"SINGLE_CHOICE">).choice]);
      break;
    }
    case "MULTIPLE_SELECT": {
      const c = content as QuestionContent<"MULTIPLE_SELECT">;
      problem = unknown("choices", ids(c.options.choices), (answer as Answer<"MULTIPLE_SELECT">).choices);
      break;
    }
    case "ORDERING": {
      const c = content as QuestionContent<"ORDERING">;
      problem = unknown("order", ids(c.options.choices), (answer as Answer<"ORDERING">).order);
      break;
    }
    case "MATCHING": {
      const c = content as QuestionContent<"MATCHING">;
      const pairs = (answer as Answer<"MATCHING">).pairs;
      problem =
        unknown("pairs", ids(c.options.prompts), Object.keys(pairs)) ??
        unknown("pairs", ids(c.options.answers), Object.values(pairs));
      break;
    }
    case "SHORT_TEXT": {
      const max = (content as QuestionContent<"SHORT_TEXT">).options.maxLength ?? MAX_TEXT_LENGTH;
      if ((answer as Answer<"SHORT_TEXT">).text.length > max) problem = `text: at most ${max} characters`;
      break;
    }
    case "TRUE_FALSE":
    case "NUMERIC":
      break;
  }
  return problem === null ? { ok: true } : { ok: false, message: problem };
}

/** parseAnswer then answerFitsQuestion: what autosave runs on a submitted value. */
export function validateAnswer<T extends QuestionType>(type: T, content: QuestionContent<T>, raw: unknown): AnswerResult<T> {
  const parsed = parseAnswer(type, raw);
  if (!parsed.ok) return parsed;
  const fits = answerFitsQuestion(type, content, parsed.answer);
  return fits.ok ? parsed : fits;
}

/** The key written as an answer: what a full-marks answer looks like (previews, review, tests). */
export function keyAnswer(type: QuestionType, content: QuestionContent): Answer {
  switch (type) {
    case "SINGLE_CHOICE":
      return { choice: (content as QuestionContent<"SINGLE_CHOICE">).key.correct };
    case "MULTIPLE_SELECT":
      return { choices: [...(content as QuestionContent<"MULTIPLE_SELECT">).key.correct] };
    case "TRUE_FALSE":
      return { value: (content as QuestionContent<"TRUE_FALSE">).key.correct };
    case "NUMERIC":
      return { value: (content as QuestionContent<"NUMERIC">).key.value };
    case "SHORT_TEXT":
      return { text: (content as QuestionContent<"SHORT_TEXT">).key.accepted[0] };
    case "ORDERING":
      return { order: [...(content as QuestionContent<"ORDERING">).key.order] };
    case "MATCHING":
      return { pairs: { ...(content as QuestionContent<"MATCHING">).key.pairs } };
  }
}

// A typed figure: optional sign, an integer part either plain or grouped in threes by one
// separator used throughout ("19,000", "19 000", "1 234 567" with normal, no-break or thin
// spaces), then an optional "." fraction. A comma is only ever a thousands separator (the
// product is in English), so "1,5" and "1,2,3,4" are refused rather than guessed at.
const groupSeparator = "[, \u00A0\u2009\u202F]";
const numberPattern = new RegExp(
  `^([+\\-\u2212])?(\\d+|\\d{1,3}(${groupSeparator})\\d{3}(?:\\3\\d{3})*)?(?:\\.(\\d+))?$`,
);
const MAX_NUMBER_INPUT = 64;

/** Reads a number a student typed into a numeric question. */
export function parseNumberInput(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const refuse = { ok: false, message: "Enter a number, like 19000, 19,000 or 1.5." } as const;
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NUMBER_INPUT) return refuse;
  const match = numberPattern.exec(trimmed);
  if (!match) return refuse;
  const [, sign, integer, , fraction] = match;
  if (integer === undefined && fraction === undefined) return refuse;
  const digits = (integer ?? "0").replace(/\D/g, "");
  const magnitude = Number(`${digits}.${fraction ?? "0"}`);
  if (!Number.isFinite(magnitude)) return refuse;
  const value = sign === "-" || sign === "\u2212" ? -magnitude : magnitude;
  return { ok: true, value: value === 0 ? 0 : value }; // never -0
}
