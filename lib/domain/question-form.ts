// The question editor's form: one flat draft for every type (all strings, so it is exactly what
// the form's fields post, with or without JavaScript), read from posted fields, turned into a
// question's content (checked by parseQuestionContent) and back. What each type reads from the
// draft is its own module's business (lib/domain/question-form-types.ts); this file holds what
// every type shares: stem, explanation, points, difficulty, tags, citations, and the row edits
// (add, remove, move) that the form offers as buttons.
import { hasControlCharacters } from "./control-characters";
import { parseQuestionContent, questionTypeNames, type QuestionContent, type QuestionType } from "./question-types";
import { questionFormTypes } from "./question-form-types";

/** One row of a list: an option, a prompt (matching), or a figure or words with feedback. */
export type DraftRow = {
  id: string;
  text: string;
  feedback: string;
  /** Matching: the answer id this prompt pairs with. */
  match: string;
  /** Ordering: the place (1..n) this item is shown in; the rows themselves are in the right order. */
  shown: string;
};

export type QuestionDraft = {
  type: QuestionType;
  stem: string;
  explanation: string;
  points: string;
  difficulty: string;
  /** Comma-separated. */
  tags: string;
  /** Evidence ids, in the order they are cited. */
  citations: string[];
  /** What the citation picker is filtered by. */
  citationQuery: string;
  rows: DraftRow[];
  /** Matching: the answers prompts pair with. */
  answers: DraftRow[];
  /** Single choice: one id; multiple select: ids; true/false: "true" or "false". */
  correct: string[];
  value: string;
  tolerance: string;
  toleranceKind: "absolute" | "relative";
  unit: string;
  /** Short text: one accepted answer per line. */
  accepted: string;
  maxLength: string;
  feedbackTrue: string;
  feedbackFalse: string;
};

/** Field name → messages, named as the form names its fields ("rows.2.text", "correct"). */
export type FieldErrors = Record<string, string[]>;

/** What the data layer stores: a question version's content and its metadata. */
export type QuestionInput = {
  [T in QuestionType]: {
    type: T;
    stem: string;
    content: QuestionContent<T>;
    explanation: string;
    points: number;
    difficulty: number;
    tags: string[];
    citationIds: string[];
  };
}[QuestionType];

export const MAX_ROWS = 20;
export const MAX_STEM = 2000;
export const MAX_EXPLANATION = 10_000;
export const MAX_TAGS = 12;
export const MAX_CITATIONS = 12;
const MAX_FIELD = 2000;

export const blankRow = (id: string): DraftRow => ({ id, text: "", feedback: "", match: "", shown: "" });

export function emptyDraft(type: QuestionType): QuestionDraft {
  const base: QuestionDraft = {
    type,
    stem: "",
    explanation: "",
    points: "1",
    difficulty: "2",
    tags: "",
    citations: [],
    citationQuery: "",
    rows: [],
    answers: [],
    correct: [],
    value: "",
    tolerance: "0",
    toleranceKind: "absolute",
    unit: "",
    accepted: "",
    maxLength: "",
    feedbackTrue: "",
    feedbackFalse: "",
  };
  return { ...base, ...questionFormTypes[type].blank() };
}

// ── Reading posted fields ─────────────────────────────────────────────────────────────────

const text = (value: unknown): string => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : "";
};
const list = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === "string");

function readRows(fields: Record<string, unknown>, prefix: "rows" | "answers"): DraftRow[] {
  const rows = new Map<number, DraftRow>();
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,3})\\.(id|text|feedback|match|shown)$`);
  for (const [name, value] of Object.entries(fields)) {
    const match = pattern.exec(name);
    if (!match) continue;
    const index = Number(match[1]);
    if (index >= MAX_ROWS * 2) continue;
    const row = rows.get(index) ?? blankRow("");
    row[match[2] as keyof DraftRow] = text(value);
    rows.set(index, row);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
}

/** The draft the form posted (FormData as an object: lib/actions/define-action.ts formToObject). */
export function readDraft(fields: Record<string, unknown>): QuestionDraft {
  const typeName = text(fields.type);
  const type = (questionTypeNames as string[]).includes(typeName) ? (typeName as QuestionType) : "SINGLE_CHOICE";
  const kind = text(fields.toleranceKind);
  return {
    type,
    stem: text(fields.stem),
    explanation: text(fields.explanation),
    points: text(fields.points),
    difficulty: text(fields.difficulty),
    tags: text(fields.tags),
    citations: [...new Set(list(fields["citations[]"]))],
    citationQuery: text(fields.citationQuery),
    rows: readRows(fields, "rows"),
    answers: readRows(fields, "answers"),
    correct: list(fields["correct[]"]),
    value: text(fields.value),
    tolerance: text(fields.tolerance),
    toleranceKind: kind === "relative" ? "relative" : "absolute",
    unit: text(fields.unit),
    accepted: text(fields.accepted),
    maxLength: text(fields.maxLength),
    feedbackTrue: text(fields.feedbackTrue),
    feedbackFalse: text(fields.feedbackFalse),
  };
}

/**
 * The fields the editor's form posts for a draft (the inverse of readDraft): what the inputs of
 * components/authoring/question-editor/ are named.
 */
export function draftToFields(draft: QuestionDraft): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {
    type: draft.type,
    stem: draft.stem,
    explanation: draft.explanation,
    points: draft.points,
    difficulty: draft.difficulty,
    tags: draft.tags,
    "citations[]": draft.citations,
    citationQuery: draft.citationQuery,
    "correct[]": draft.correct,
    value: draft.value,
    tolerance: draft.tolerance,
    toleranceKind: draft.toleranceKind,
    unit: draft.unit,
    accepted: draft.accepted,
    maxLength: draft.maxLength,
    feedbackTrue: draft.feedbackTrue,
    feedbackFalse: draft.feedbackFalse,
  };
  for (const list of ["rows", "answers"] as const) {
    draft[list].forEach((row, i) => {
      for (const part of ["id", "text", "feedback", "match", "shown"] as const) fields[`${list}.${i}.${part}`] = row[part];
    });
  }
  return fields;
}

// ── Draft → question ──────────────────────────────────────────────────────────────────────

export function addError(errors: FieldErrors, field: string, message: string) {
  const messages = (errors[field] ??= []);
  if (!messages.includes(message)) messages.push(message);
}

function checkText(errors: FieldErrors, field: string, value: string, max: number) {
  if (value.length > max) addError(errors, field, `Keep it under ${max} characters (it has ${value.length}).`);
  if (hasControlCharacters(value)) addError(errors, field, "Remove the invisible control characters.");
}

function wholeNumber(errors: FieldErrors, field: string, value: string, min: number, max: number, what: string): number {
  const n = Number(value.trim());
  if (value.trim() === "" || !Number.isInteger(n) || n < min || n > max) {
    addError(errors, field, `${what} must be a whole number from ${min} to ${max}.`);
    return min;
  }
  return n;
}

/** Tags: comma-separated, trimmed, lower-cased, without repeats. */
export function parseTags(value: string): string[] {
  return [...new Set(value.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

/**
 * Where a message of parseQuestionContent ("options.choices.2.text: Too small", "key.correct:
 * not one of the options") belongs in the form: the type maps its own paths, the rest go to
 * "content" (shown at the top of the type's part of the form).
 */
export function fieldOfContentError(type: QuestionType, message: string): { field: string; message: string } {
  const at = message.indexOf(": ");
  const path = at < 0 ? "" : message.slice(0, at);
  const rest = at < 0 ? message : message.slice(at + 2);
  return { field: questionFormTypes[type].fieldOf(path.split(".")) ?? "content", message: rest };
}

export type DraftCheck = { ok: true; input: QuestionInput } | { ok: false; fieldErrors: FieldErrors };

/** The question the draft describes, or a message for each field that is not right. */
export function draftToInput(draft: QuestionDraft): DraftCheck {
  const errors: FieldErrors = {};
  const stem = draft.stem.trim();
  if (stem === "") addError(errors, "stem", "Write the question.");
  checkText(errors, "stem", stem, MAX_STEM);
  const explanation = draft.explanation.trim();
  checkText(errors, "explanation", explanation, MAX_EXPLANATION);
  const points = wholeNumber(errors, "points", draft.points, 1, 100, "Points");
  const difficulty = wholeNumber(errors, "difficulty", draft.difficulty, 1, 5, "Difficulty");
  const tags = parseTags(draft.tags);
  if (tags.length > MAX_TAGS) addError(errors, "tags", `At most ${MAX_TAGS} tags.`);
  if (tags.some((t) => t.length > 40)) addError(errors, "tags", "Keep each tag under 40 characters.");
  checkText(errors, "tags", draft.tags, MAX_FIELD);
  if (draft.citations.length > MAX_CITATIONS) addError(errors, "citations", `Cite at most ${MAX_CITATIONS} quotes.`);
  if (draft.citations.some((id) => !/^[a-z0-9]{10,40}$/.test(id))) addError(errors, "citations", "A ticked citation is not one of the listed quotes.");

  const form = questionFormTypes[draft.type];
  for (const [i, row] of [...draft.rows.entries(), ...draft.answers.entries()]) checkText(errors, `rows.${i}`, row.text + row.feedback, MAX_FIELD * 2);
  for (const field of ["value", "tolerance", "unit", "accepted", "maxLength", "feedbackTrue", "feedbackFalse"] as const) checkText(errors, field, draft[field], MAX_FIELD);
  const built = form.toContent(draft, errors);
  if (Object.keys(errors).length > 0 || !built) return { ok: false, fieldErrors: errors };

  const parsed = parseQuestionContent(draft.type, built);
  if (!parsed.ok) {
    for (const problem of parsed.errors) {
      const { field, message } = fieldOfContentError(draft.type, problem);
      addError(errors, field, message);
    }
    return { ok: false, fieldErrors: errors };
  }
  const input = { type: draft.type, stem, content: parsed.content, explanation, points, difficulty, tags, citationIds: draft.citations } as QuestionInput;
  return { ok: true, input };
}

// ── Question → draft ──────────────────────────────────────────────────────────────────────

export type StoredVersion = {
  type: QuestionType;
  stem: string;
  content: QuestionContent;
  explanation: string;
  points: number;
  difficulty: number;
  tags: string[];
  citationIds: string[];
};

/** The draft that shows a stored version in the form. */
export function draftFromVersion(version: StoredVersion): QuestionDraft {
  const draft = emptyDraft(version.type);
  return {
    ...draft,
    stem: version.stem,
    explanation: version.explanation,
    points: String(version.points),
    difficulty: String(version.difficulty),
    tags: version.tags.join(", "),
    citations: [...version.citationIds],
    ...questionFormTypes[version.type].fromContent(version.content as never),
  };
}

// ── Row edits (buttons in the form; without JavaScript they come back as an intent) ────────

/** A short id not used in `taken`: a, b, c … then opt-27 … */
export function freshId(taken: Iterable<string>): string {
  const used = new Set(taken);
  for (const letter of "abcdefghijklmnopqrstuvwxyz") if (!used.has(letter)) return letter;
  for (let n = 27; ; n++) if (!used.has(`opt-${n}`)) return `opt-${n}`;
}

export type RowList = "rows" | "answers";

export function addRow(draft: QuestionDraft, list: RowList): QuestionDraft {
  if (draft[list].length >= MAX_ROWS) return draft;
  const taken = [...draft.rows, ...draft.answers].map((r) => r.id);
  return { ...draft, [list]: [...draft[list], blankRow(freshId(taken))] };
}

export function removeRow(draft: QuestionDraft, list: RowList, index: number): QuestionDraft {
  const removed = draft[list][index];
  if (!removed) return draft;
  const rest = draft[list].filter((_, i) => i !== index);
  if (list === "answers") {
    return { ...draft, answers: rest, rows: draft.rows.map((r) => (r.match === removed.id ? { ...r, match: "" } : r)) };
  }
  return { ...draft, rows: rest, correct: draft.correct.filter((id) => id !== removed.id) };
}

export function moveRow(draft: QuestionDraft, list: RowList, index: number, by: -1 | 1): QuestionDraft {
  const target = index + by;
  const rows = [...draft[list]];
  if (!rows[index] || !rows[target]) return draft;
  [rows[index], rows[target]] = [rows[target], rows[index]];
  return { ...draft, [list]: rows };
}

/** A button the form posts besides save: preview, search, or a row edit ("remove:rows:2"). */
export function applyIntent(draft: QuestionDraft, intent: string): QuestionDraft {
  const [verb, list, at] = intent.split(":");
  const index = Number(at);
  if (list !== "rows" && list !== "answers") return draft;
  if (verb === "add") return addRow(draft, list);
  if (!Number.isInteger(index)) return draft;
  if (verb === "remove") return removeRow(draft, list, index);
  if (verb === "up") return moveRow(draft, list, index, -1);
  if (verb === "down") return moveRow(draft, list, index, 1);
  return draft;
}
