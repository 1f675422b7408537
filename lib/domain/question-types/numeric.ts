// Numeric: a figure, right within an absolute or relative tolerance. All or nothing.
import { z } from "zod";
import type { QuestionTypeDefinition, ShapesOf } from "./definition";
import { topAnswers } from "./item-summary";
import { feedbackByLabel, textBlock } from "./parts";

const schemas = {
  options: z.object({ unit: z.string().optional() }),
  key: z.object({
    value: z.number().finite(),
    // absolute: |answer - value| <= tolerance; relative: <= tolerance * |value|
    tolerance: z.number().min(0).default(0),
    toleranceKind: z.enum(["absolute", "relative"]).default("absolute"),
  }),
  // Feedback for specific wrong figures, keyed by the figure ("19500").
  feedback: feedbackByLabel,
  // zod 4 numbers refuse NaN and ±Infinity.
  answer: z.strictObject({ value: z.number() }),
};

type Key = z.output<typeof schemas.key>;
type Summary = { value: number; correct: boolean };

// All or nothing within a tolerance: absolute |a − v| ≤ t, relative |a − v| ≤ t·|v|. An epsilon
// of 1e-9 relative to the larger of |v| and the allowed distance absorbs binary rounding (0.1 + 0.2
// against 0.3, 3.25 against 3 ± 0.25) without admitting an answer a person would call different.
// It does not depend on the answer, so the rule stays symmetric around v; v = 0 with no
// tolerance is exact.
export const NUMERIC_EPSILON = 1e-9;

export function numericMatches(key: Key, given: number): boolean {
  const { value, tolerance = 0, toleranceKind = "absolute" } = key;
  const allowed = toleranceKind === "relative" ? tolerance * Math.abs(value) : tolerance;
  return Math.abs(given - value) <= allowed + NUMERIC_EPSILON * Math.max(Math.abs(value), allowed);
}

// A typed figure: optional sign, an integer part either plain or grouped in threes by one
// separator used throughout ("19,000", "19 000", "1 234 567" with normal, no-break or thin
// spaces), then an optional "." fraction. A comma is only ever a thousands separator (the
// product is in English), so "1,5" and "1,2,3,4" are refused rather than guessed at.
const groupSeparator = "[, \u00A0\u2009\u202F]";
const numberPattern = new RegExp(`^([+\\-\u2212])?(\\d+|\\d{1,3}(${groupSeparator})\\d{3}(?:\\3\\d{3})*)?(?:\\.(\\d+))?$`);
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

function keyText(key: Key, unit: string | undefined): string {
  const within = key.tolerance ? ` (within ${key.toleranceKind === "relative" ? `${key.tolerance * 100}%` : key.tolerance})` : "";
  return `* ${key.value}${unit ? ` ${unit}` : ""}${within}`;
}

export const numeric: QuestionTypeDefinition<"NUMERIC", ShapesOf<typeof schemas, Summary>> = {
  type: "NUMERIC",
  schemas,
  checkKey: () => [],
  validateAnswer: () => null,
  score: (key, answer) => (numericMatches(key, answer.value) ? 1 : 0),
  normalise: (answer) => ({ value: answer.value === 0 ? 0 : answer.value }),
  summarise: (key, answer) => ({ value: answer.value === 0 ? 0 : answer.value, correct: numericMatches(key, answer.value) }),
  // The most common figures (top 5), each marked when within the tolerance.
  analyse: (options, key, counts) =>
    topAnswers(counts, (a) => `${a.value === 0 ? 0 : a.value}${options.unit ? ` ${options.unit}` : ""}`, (a) => numericMatches(key, a.value)),
  keyAnswer: (key) => ({ value: key.value }),
  toText: ({ stem, options, key }) => textBlock(stem, [keyText(key, options.unit)]),
  fromFields(_options, name, read) {
    const single = read(name)[0]?.trim() ?? "";
    if (!single) return { kind: "empty" };
    const parsed = parseNumberInput(single);
    return parsed.ok ? { kind: "answer", answer: { value: parsed.value } } : { kind: "invalid", message: parsed.message };
  },
  isAnswered: () => true,
};
