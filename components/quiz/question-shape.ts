// Reading a question's options and a student's answer without trusting their shape: both come
// from JSON columns. Only what a student may see is read here (never a key).
export type Choice = { id: string; text: string };

type Loose = Record<string, unknown> | null | undefined;

const asRecord = (value: unknown): Loose => (value && typeof value === "object" ? (value as Record<string, unknown>) : null);

function list(value: unknown): Choice[] {
  if (!Array.isArray(value)) return [];
  return value.filter((c): c is Choice => !!c && typeof c.id === "string" && typeof c.text === "string");
}

export const choicesOf = (options: unknown) => list(asRecord(options)?.choices);
export const promptsOf = (options: unknown) => list(asRecord(options)?.prompts);
export const matchAnswersOf = (options: unknown) => list(asRecord(options)?.answers);

export function unitOf(options: unknown): string | null {
  const unit = asRecord(options)?.unit;
  return typeof unit === "string" && unit ? unit : null;
}

export function maxLengthOf(options: unknown): number | undefined {
  const max = asRecord(options)?.maxLength;
  return typeof max === "number" ? max : undefined;
}

/** The answer's fields, each undefined when absent or of the wrong shape. */
export function readAnswer(answer: unknown) {
  const a = asRecord(answer);
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined);
  const pairs = asRecord(a?.pairs);
  return {
    choice: typeof a?.choice === "string" ? a.choice : undefined,
    choices: strings(a?.choices),
    value: typeof a?.value === "boolean" || typeof a?.value === "number" ? a.value : undefined,
    text: typeof a?.text === "string" ? a.text : undefined,
    order: strings(a?.order),
    pairs: pairs
      ? (Object.fromEntries(Object.entries(pairs).filter(([, v]) => typeof v === "string")) as Record<string, string>)
      : undefined,
  };
}

/** Whether a stored answer says anything: an empty selection or arrangement does not count. */
export function isAnswered(answer: unknown): boolean {
  if (answer === null || answer === undefined) return false;
  const a = readAnswer(answer);
  if (a.choices) return a.choices.length > 0;
  if (a.order) return a.order.length > 0;
  if (a.pairs) return Object.keys(a.pairs).length > 0;
  if (a.text !== undefined) return a.text.trim().length > 0;
  return a.choice !== undefined || a.value !== undefined;
}

export const typeLabels: Record<string, string> = {
  SINGLE_CHOICE: "Choose one",
  MULTIPLE_SELECT: "Choose all that apply",
  TRUE_FALSE: "True or false",
  NUMERIC: "A number",
  SHORT_TEXT: "A short answer",
  ORDERING: "Put in order",
  MATCHING: "Match",
};
