// What each question type reads from the editor's draft (lib/domain/question-form.ts) and writes
// back into it: its options, key and feedback. Each entry only shapes the fields and gives
// field-level messages for what a person can get wrong in the form; the type's own module
// (lib/domain/question-types/<type>.ts, via parseQuestionContent) stays the judge of the content.
// A new type is one more entry here.
import type { ContentInput, QuestionContent, QuestionType } from "./question-types";
import { parseNumberInput } from "./question-types/numeric";
import { addError, blankRow, type DraftRow, type FieldErrors, type QuestionDraft } from "./question-form";

export type QuestionFormType<T extends QuestionType> = {
  /** The draft's type-specific fields for a new question. */
  blank(): Partial<QuestionDraft>;
  /** The options, key and feedback the draft describes; null (with errors) when it cannot say. */
  toContent(draft: QuestionDraft, errors: FieldErrors): ContentInput | null;
  fromContent(content: QuestionContent<T>): Partial<QuestionDraft>;
  /** The form field a content path ("options.choices.2.text" split on dots) belongs to. */
  fieldOf(path: string[]): string | undefined;
};

const rowsOf = (ids: string[]) => ids.map((id) => blankRow(id));

/** Rows as options: each needs words. */
function choicesOf(rows: DraftRow[], errors: FieldErrors, field = "rows") {
  rows.forEach((row, i) => {
    if (row.text.trim() === "") addError(errors, `${field}.${i}.text`, "Write this option, or remove it.");
  });
  if (rows.length < 2) addError(errors, field, "Give at least two options.");
  return rows.map((row) => ({ id: row.id, text: row.text.trim() }));
}

/** Feedback by option id: only the rows that have some; undefined when none has. */
function feedbackById(rows: DraftRow[]): Record<string, string> | undefined {
  const entries = rows.filter((r) => r.feedback.trim() !== "").map((r) => [r.id, r.feedback.trim()] as const);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Feedback for given figures or words (numeric, short text): a row is its label and its text. */
function feedbackByLabel(rows: DraftRow[], errors: FieldErrors): Record<string, string> | undefined {
  const entries: [string, string][] = [];
  rows.forEach((row, i) => {
    const label = row.text.trim();
    const feedback = row.feedback.trim();
    if (label === "" && feedback === "") return;
    if (label === "") addError(errors, `rows.${i}.text`, "Say which answer this feedback is for.");
    else if (feedback === "") addError(errors, `rows.${i}.feedback`, "Write the feedback, or remove the row.");
    else entries.push([label, feedback]);
  });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

const labelRows = (feedback: Record<string, string> | undefined): DraftRow[] =>
  Object.entries(feedback ?? {}).map(([label, text], i) => ({ ...blankRow(`f${i}`), text: label, feedback: text }));

const optionRows = (choices: { id: string; text: string }[], feedback: Record<string, string> | undefined): DraftRow[] =>
  choices.map((c) => ({ ...blankRow(c.id), text: c.text, feedback: feedback?.[c.id] ?? "" }));

/** Paths of the choice types: an option's words, the list, the key. */
function choiceField(path: string[], keyField: string): string | undefined {
  const [part, list, index, leaf] = path;
  if (part === "options" && list && index !== undefined && /^\d+$/.test(index)) return `rows.${index}.${leaf === "id" ? "text" : (leaf ?? "text")}`;
  if (part === "options") return "rows";
  if (part === "key") return keyField;
  if (part === "feedback") return "rows";
  return undefined;
}

function readNumber(value: string, errors: FieldErrors, field: string, message: string): number | null {
  const trimmed = value.trim();
  if (trimmed === "") {
    addError(errors, field, message);
    return null;
  }
  const typed = parseNumberInput(trimmed);
  if (typed.ok) return typed.value;
  // Also what JavaScript writes for very large or small figures (1e+21, 1.5e-7).
  const written = Number(trimmed);
  if (Number.isFinite(written)) return written === 0 ? 0 : written;
  addError(errors, field, "Enter a number, like 19000, 19,000 or 1.5.");
  return null;
}

const singleChoice: QuestionFormType<"SINGLE_CHOICE"> = {
  blank: () => ({ rows: rowsOf(["a", "b", "c"]) }),
  toContent(draft, errors) {
    const choices = choicesOf(draft.rows, errors);
    const correct = draft.correct[0] ?? "";
    if (!draft.rows.some((r) => r.id === correct)) addError(errors, "correct", "Choose the right answer.");
    return { options: { choices }, key: { correct }, feedback: feedbackById(draft.rows) };
  },
  fromContent: (c) => ({ rows: optionRows(c.options.choices, c.feedback), correct: [c.key.correct] }),
  fieldOf: (path) => choiceField(path, "correct"),
};

const multipleSelect: QuestionFormType<"MULTIPLE_SELECT"> = {
  blank: () => ({ rows: rowsOf(["a", "b", "c"]) }),
  toContent(draft, errors) {
    const choices = choicesOf(draft.rows, errors);
    const ids = new Set(draft.rows.map((r) => r.id));
    const correct = [...new Set(draft.correct)].filter((id) => ids.has(id));
    if (correct.length === 0) addError(errors, "correct", "Tick at least one right answer.");
    return { options: { choices }, key: { correct }, feedback: feedbackById(draft.rows) };
  },
  fromContent: (c) => ({ rows: optionRows(c.options.choices, c.feedback), correct: [...c.key.correct] }),
  fieldOf: (path) => choiceField(path, "correct"),
};

const trueFalse: QuestionFormType<"TRUE_FALSE"> = {
  blank: () => ({}),
  toContent(draft, errors) {
    const correct = draft.correct[0];
    if (correct !== "true" && correct !== "false") addError(errors, "correct", "Say whether the statement is true or false.");
    const feedback = { true: draft.feedbackTrue.trim() || undefined, false: draft.feedbackFalse.trim() || undefined };
    return { options: {}, key: { correct: correct === "true" }, feedback: feedback.true || feedback.false ? feedback : undefined };
  },
  fromContent: (c) => ({ correct: [String(c.key.correct)], feedbackTrue: c.feedback?.true ?? "", feedbackFalse: c.feedback?.false ?? "" }),
  fieldOf: ([part, leaf]) => (part === "key" ? "correct" : part === "feedback" ? (leaf === "false" ? "feedbackFalse" : "feedbackTrue") : undefined),
};

const numeric: QuestionFormType<"NUMERIC"> = {
  blank: () => ({ value: "", tolerance: "0", toleranceKind: "absolute" }),
  toContent(draft, errors) {
    const value = readNumber(draft.value, errors, "value", "Enter the right figure.");
    const tolerance = draft.tolerance.trim() === "" ? 0 : readNumber(draft.tolerance, errors, "tolerance", "Enter the tolerance.");
    if (tolerance !== null && tolerance < 0) addError(errors, "tolerance", "The tolerance cannot be negative.");
    const unit = draft.unit.trim();
    const key = { value: value ?? 0, tolerance: draft.toleranceKind === "relative" ? (tolerance ?? 0) / 100 : (tolerance ?? 0), toleranceKind: draft.toleranceKind };
    return { options: unit ? { unit } : {}, key, feedback: feedbackByLabel(draft.rows, errors) };
  },
  // A relative tolerance is typed in percent and stored as a share (5 → 0.05).
  fromContent: (c) => ({
    value: String(c.key.value),
    tolerance: String(c.key.toleranceKind === "relative" ? Number((c.key.tolerance * 100).toPrecision(12)) : c.key.tolerance),
    toleranceKind: c.key.toleranceKind,
    unit: c.options.unit ?? "",
    rows: labelRows(c.feedback),
  }),
  fieldOf: ([part, leaf]) => (part === "key" ? (leaf === "tolerance" ? "tolerance" : "value") : part === "options" ? "unit" : part === "feedback" ? "rows" : undefined),
};

const shortText: QuestionFormType<"SHORT_TEXT"> = {
  blank: () => ({}),
  toContent(draft, errors) {
    const accepted = [...new Set(draft.accepted.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))];
    if (accepted.length === 0) addError(errors, "accepted", "Give at least one accepted answer.");
    let maxLength: number | undefined;
    if (draft.maxLength.trim() !== "") {
      maxLength = Number(draft.maxLength.trim());
      if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 500) addError(errors, "maxLength", "The longest answer must be a whole number from 1 to 500.");
    }
    return { options: maxLength === undefined ? {} : { maxLength }, key: { accepted }, feedback: feedbackByLabel(draft.rows, errors) };
  },
  fromContent: (c) => ({ accepted: c.key.accepted.join("\n"), maxLength: c.options.maxLength === undefined ? "" : String(c.options.maxLength), rows: labelRows(c.feedback) }),
  fieldOf: ([part]) => (part === "key" ? "accepted" : part === "options" ? "maxLength" : part === "feedback" ? "rows" : undefined),
};

const ordering: QuestionFormType<"ORDERING"> = {
  blank: () => ({ rows: rowsOf(["a", "b", "c"]) }),
  // The rows are in the right order; each row's `shown` is the place it is shown in (students
  // must not see the answer as the starting order). Rows without a place keep theirs, after.
  toContent(draft, errors) {
    const choices = choicesOf(draft.rows, errors);
    const places = draft.rows.map((row, i) => {
      const place = row.shown.trim() === "" ? draft.rows.length + i + 1 : Number(row.shown.trim());
      if (!Number.isInteger(place) || place < 1) addError(errors, `rows.${i}.shown`, "The place shown must be a whole number from 1.");
      return place;
    });
    if (draft.rows.length > 1 && draft.rows.every((row, i) => row.shown.trim() === "" || Number(row.shown) === i + 1)) {
      addError(errors, "rows", "Show the items in another order than the right one: give each a different place shown.");
    }
    const shown = choices.map((choice, i) => ({ choice, place: places[i], i })).sort((a, b) => a.place - b.place || a.i - b.i);
    return { options: { choices: shown.map((s) => s.choice) }, key: { order: draft.rows.map((r) => r.id) }, feedback: feedbackById(draft.rows) };
  },
  fromContent(c) {
    const text = new Map(c.options.choices.map((choice, i) => [choice.id, { text: choice.text, place: i + 1 }]));
    return {
      rows: c.key.order.map((id) => ({ ...blankRow(id), text: text.get(id)?.text ?? "", shown: String(text.get(id)?.place ?? ""), feedback: c.feedback?.[id] ?? "" })),
    };
  },
  fieldOf: (path) => choiceField(path, "rows"),
};

const matching: QuestionFormType<"MATCHING"> = {
  blank: () => ({ rows: rowsOf(["a", "b"]), answers: rowsOf(["c", "d"]) }),
  toContent(draft, errors) {
    const prompts = choicesOf(draft.rows, errors);
    draft.answers.forEach((row, i) => {
      if (row.text.trim() === "") addError(errors, `answers.${i}.text`, "Write this answer, or remove it.");
    });
    if (draft.answers.length < 2) addError(errors, "answers", "Give at least two answers.");
    const answerIds = new Set(draft.answers.map((a) => a.id));
    draft.rows.forEach((row, i) => {
      if (!answerIds.has(row.match)) addError(errors, `rows.${i}.match`, "Choose the answer this one pairs with.");
    });
    return {
      options: { prompts, answers: draft.answers.map((a) => ({ id: a.id, text: a.text.trim() })) },
      key: { pairs: Object.fromEntries(draft.rows.map((r) => [r.id, r.match])) },
      feedback: feedbackById(draft.rows),
    };
  },
  fromContent: (c) => ({
    rows: c.options.prompts.map((p) => ({ ...blankRow(p.id), text: p.text, match: c.key.pairs[p.id] ?? "", feedback: c.feedback?.[p.id] ?? "" })),
    answers: c.options.answers.map((a) => ({ ...blankRow(a.id), text: a.text })),
  }),
  fieldOf([part, list, index]) {
    if (part === "options" && list === "answers") return index !== undefined && /^\d+$/.test(index) ? `answers.${index}.text` : "answers";
    if (part === "options") return index !== undefined && /^\d+$/.test(index) ? `rows.${index}.text` : "rows";
    if (part === "key") return "rows";
    if (part === "feedback") return "rows";
    return undefined;
  },
};

export const questionFormTypes: { [T in QuestionType]: QuestionFormType<T> } = {
  SINGLE_CHOICE: singleChoice,
  MULTIPLE_SELECT: multipleSelect,
  TRUE_FALSE: trueFalse,
  NUMERIC: numeric,
  SHORT_TEXT: shortText,
  ORDERING: ordering,
  MATCHING: matching,
};
