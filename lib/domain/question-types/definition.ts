// What every question type defines: one object per type (./single-choice.ts …), found through
// the registry (./index.ts). Pure (no I/O), so it may run on the server or in the browser. Only
// `options` is what a student sees; the key and feedback must never reach the browser before
// the review policy allows (lib/domain/review-policy.ts).
import type { z } from "zod";
import type { AnswerCount, ItemAnalysisSummary } from "./item-summary";

/** The values of one type: what its zod schemas produce, and what summarise returns. */
export type Shapes = { options: object; key: object; feedback: object; answer: object; summary: { correct: boolean } };

type Schemas = { options: z.ZodType; key: z.ZodType; feedback: z.ZodType; answer: z.ZodType };

/** Shapes read off a type's schemas (feedback is optional, so its shape is the value when given). */
export type ShapesOf<S extends Schemas, Summary extends { correct: boolean }> = {
  options: z.output<S["options"]>;
  key: z.output<S["key"]>;
  feedback: NonNullable<z.output<S["feedback"]>>;
  answer: z.output<S["answer"]>;
  summary: Summary;
};

/** Reads the values of a form field by name (FormData.getAll, or a plain object's values). */
export type FieldReader = (name: string) => string[];

/** An answer read from form fields: nothing given, an answer, or something that cannot be one. */
export type FormAnswer<A = object> = { kind: "empty" } | { kind: "answer"; answer: A } | { kind: "invalid"; message: string };

export interface QuestionTypeDefinition<T extends string, S extends Shapes> {
  type: T;
  schemas: {
    /** What a student sees: choices, prompts, a unit. Never the key. */
    options: z.ZodType<S["options"]>;
    key: z.ZodType<S["key"]>;
    /** Shown in review, keyed by option id (choice types) or by a label (others); optional. */
    feedback: z.ZodType<S["feedback"] | undefined>;
    /** An answer as autosave stores it: strict objects, lists capped (see ./parts.ts). */
    answer: z.ZodType<S["answer"]>;
  };
  /** The rules across options and key (the key names options that exist), as messages. */
  checkKey(options: S["options"], key: S["key"]): string[];
  /** Why an answer of the right shape does not fit these options (a forged id), or null. */
  validateAnswer(options: S["options"], answer: S["answer"]): string | null;
  /** The share of the credit earned, 0..1 (lib/domain/scoring.ts clamps and rounds). */
  score(key: S["key"], answer: S["answer"]): number;
  /** The answer in the form answers are compared in (folded text, no repeats). */
  normalise(answer: S["answer"]): S["answer"];
  /** For item analysis: which option(s), figure or text, and whether it earned full credit. */
  summarise(key: S["key"], answer: S["answer"]): S["summary"];
  /**
   * For item analysis: how often each option, figure or text was chosen (choice types, numeric,
   * short text), or how often each position or pair was right (ordering, matching), from the
   * distinct answers of a class and their counts (null answer: none given).
   */
  analyse(options: S["options"], key: S["key"], counts: AnswerCount<S["answer"]>[]): ItemAnalysisSummary;
  /** The key written as an answer: what a full-marks answer looks like (tests, previews). */
  keyAnswer(key: S["key"]): S["answer"];
  /** The question and its key as plain text, for export. */
  toText(question: { stem: string; options: S["options"]; key: S["key"] }): string;
  /** Reads the answer from the form fields named from `name` (lib/domain/answer-form.ts). */
  fromFields(options: S["options"], name: string, read: FieldReader): FormAnswer<S["answer"]>;
  /** Whether an answer says anything: an empty selection or arrangement does not count. */
  isAnswered(answer: S["answer"]): boolean;
}
