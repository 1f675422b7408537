// Pieces several question types share: option ids and lists, feedback by label, the checks an
// answer's ids go through, and the lines of a plain-text rendering.
import { z } from "zod";
import { hasControlCharacters } from "../control-characters";

/** Option ids; a forged id in an answer still has to look like one. */
export const id = z.string().regex(/^[a-z0-9-]{1,32}$/, "ids are short lower-case words");
export const choice = z.object({ id, text: z.string().min(1) });
export type Choice = z.infer<typeof choice>;
export const choices = z
  .array(choice)
  .min(2)
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, { message: "option ids must be unique" });

/** Feedback shown in review, keyed by option id (choice types) or by a figure or words. */
export const feedbackByLabel = z.record(z.string(), z.string().min(1)).optional();

/** Lists in answers are capped, so a forged request cannot make autosave or scoring do unbounded work. */
export const MAX_IDS = 100;
export const uniqueIds = z
  .array(id)
  .max(MAX_IDS)
  .refine((list) => new Set(list).size === list.length, { message: "ids must not repeat" });

export const MAX_TEXT_LENGTH = 500;
/** Typed text: no control characters (PostgreSQL cannot store NUL, and no answer needs them). */
export const typedText = z
  .string()
  .max(MAX_TEXT_LENGTH)
  .refine((t) => !hasControlCharacters(t), "Remove the invisible control characters.");

export const idsOf = (list: Choice[]) => new Set(list.map((c) => c.id));

/** `field: "x" is not an option of this question` for the first given id not known, or null. */
export function forgedId(field: string, known: Set<string>, given: string[]): string | null {
  const forged = given.find((g) => !known.has(g));
  return forged === undefined ? null : `${field}: "${forged}" is not an option of this question`;
}

export const textOf = (list: Choice[], choiceId: string | undefined) => list.find((c) => c.id === choiceId)?.text ?? choiceId ?? "";

/** The stem, then one indented line each. */
export const textBlock = (stem: string, lines: string[]) => [stem, ...lines.map((line) => `  ${line}`)].join("\n");

/** Options as lines, the correct ones marked with "*". */
export const markedOptions = (list: Choice[], correct: string[]) => list.map((c) => `${correct.includes(c.id) ? "*" : "-"} ${c.text}`);
