// Question rows from the database (type, and JSON options, key, feedback, answer) parsed once,
// where lib/data reads them, into the typed objects of lib/domain/question-types: everything
// past that boundary is typed by the question's type. Also what is done with a whole question:
// its text for export and an answer's summary for item analysis.
import { parseAnswer } from "./answers";
import { applyOptionOrder, parseOptionOrder } from "./option-order";
import type { ItemAnalysisSummary } from "./question-types/item-summary";
import {
  isQuestionType,
  parseQuestionContent,
  questionTypes,
  type AnsweredQuestion,
  type AnswerSummary,
  type QuestionContent,
  type QuestionType,
  type ReviewedQuestion,
  type ShownQuestion,
} from "./question-types";

/** A stored question that does not fit its type: the data is broken, not the request. */
export class StoredQuestionError extends Error {
  constructor(problems: string[]) {
    super(`A stored question does not fit its type: ${problems.join("; ")}`);
    this.name = "StoredQuestionError";
  }
}

type Row = { type: string; options: unknown };

function typeOf(row: Row): QuestionType {
  if (!isQuestionType(row.type)) throw new StoredQuestionError([`unknown type ${JSON.stringify(row.type)}`]);
  return row.type;
}

function shownAs<T extends QuestionType>(type: T, options: unknown): ShownQuestion<T> {
  const parsed = questionTypes[type].schemas.options.safeParse(options);
  if (!parsed.success) throw new StoredQuestionError(parsed.error.issues.map((i) => `${type} options: ${i.message}`));
  return { type, options: parsed.data };
}

/** What a student may see of a question before review: its type and options, nothing else. */
export function parseShownQuestion(row: Row): ShownQuestion {
  return shownAs(typeOf(row), row.options);
}

/** A question with its key and feedback, for scoring: only ever on the server. */
export function parseStoredQuestion(row: Row & { key: unknown; feedback: unknown }): QuestionContent {
  const parsed = parseQuestionContent(typeOf(row), { options: row.options, key: row.key, feedback: row.feedback ?? undefined });
  if (!parsed.ok) throw new StoredQuestionError(parsed.errors);
  return parsed.content;
}

/** A shown question with a stored answer: null when there is none or it is not of the type's shape. */
export function withAnswer<T extends QuestionType>(question: ShownQuestion<T>, raw: unknown): AnsweredQuestion<T> {
  const parsed = raw === null || raw === undefined ? null : parseAnswer(question.type, raw);
  return { type: question.type, options: question.options, answer: parsed?.ok ? parsed.answer : null };
}

/** An answered question with the key and feedback its review may show (null: held back or none). */
export function withKey<T extends QuestionType>(question: AnsweredQuestion<T>, key: unknown, feedback: unknown): ReviewedQuestion<T> {
  const { schemas } = questionTypes[question.type];
  const parsedKey = key === null || key === undefined ? null : schemas.key.safeParse(key);
  const parsedFeedback = feedback === null || feedback === undefined ? null : schemas.feedback.safeParse(feedback);
  if (parsedKey?.success === false || parsedFeedback?.success === false) {
    throw new StoredQuestionError([`${question.type} key or feedback does not fit the type`]);
  }
  return {
    type: question.type,
    options: question.options,
    answer: question.answer,
    key: parsedKey?.data ?? null,
    feedback: parsedFeedback?.data ?? null,
  };
}

/** The question and its key as plain text, for export. */
export function questionText<T extends QuestionType>(stem: string, question: QuestionContent<T>): string {
  return questionTypes[question.type].toText({ stem, options: question.options, key: question.key });
}

/** What an answer says, for item analysis; null when there is no answer of the type's shape. */
export function summariseAnswer<T extends QuestionType>(question: QuestionContent<T>, raw: unknown): AnswerSummary<T> | null {
  const parsed = raw === null || raw === undefined ? null : parseAnswer(question.type, raw);
  return parsed?.ok ? questionTypes[question.type].summarise(question.key, parsed.answer) : null;
}

/**
 * A parsed question with its option lists in the order one student saw them (the stored
 * `optionOrder` of their response). A new object: `question` itself, which may be shared by
 * every student (lib/data/shown-versions.ts), is never changed. Reordering a list of options
 * that fitted the type's schema keeps it fitting (same items, other order).
 */
export function inStudentOrder<T extends QuestionType>(question: ShownQuestion<T>, storedOrder: unknown): ShownQuestion<T> {
  const order = parseOptionOrder(storedOrder);
  if (!order) return { type: question.type, options: question.options } as ShownQuestion<T>;
  return { type: question.type, options: applyOptionOrder(question.options, order) } as ShownQuestion<T>;
}

/** Only the type and options of a question: all a client component may receive of it. */
export function shownPart<T extends QuestionType>(question: ShownQuestion<T>): ShownQuestion<T> {
  return { type: question.type, options: question.options };
}

/**
 * How often each option, figure or text was chosen, from distinct stored answers and their
 * counts (lib/domain/question-types/item-summary.ts). An answer not of the type's shape counts
 * as none.
 */
export function analyseAnswers<T extends QuestionType>(question: QuestionContent<T>, counts: { answer: unknown; count: number }[]): ItemAnalysisSummary {
  const parsed = counts.map(({ answer, count }) => {
    const result = answer === null || answer === undefined ? null : parseAnswer(question.type, answer);
    return { answer: result?.ok ? result.answer : null, count };
  });
  return questionTypes[question.type].analyse(question.options, question.key, parsed);
}
