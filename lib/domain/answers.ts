// A student's answer to each question type, as autosave stores it (Response.answer). The shapes
// carry no type tag: the question's type says which schema applies (`schemas.answer` of its
// module in lib/domain/question-types/). Objects are strict so a stored answer holds exactly
// what scoring reads, and list sizes are capped so a forged request cannot make autosave or
// scoring do unbounded work.
import { questionTypes, type Answer, type QuestionContent, type QuestionType, type ShownQuestion } from "./question-types";

export type { Answer };

export type AnswerResult<T extends QuestionType = QuestionType> = { ok: true; answer: Answer<T> } | { ok: false; message: string };

/** Checks the shape of a raw (JSON-decoded) answer for a question type. */
export function parseAnswer<T extends QuestionType>(type: T, raw: unknown): AnswerResult<T> {
  const parsed = questionTypes[type].schemas.answer.safeParse(raw);
  if (parsed.success) return { ok: true, answer: parsed.data };
  const message = parsed.error.issues.map((i) => `${i.path.join(".") || type}: ${i.message}`).join("; ");
  return { ok: false, message };
}

/**
 * Checks that an answer only names options of this question (a forged id is refused) and that
 * short text respects the question's own maxLength. Incomplete answers fit.
 */
export function answerFitsQuestion<T extends QuestionType>(
  type: T,
  question: ShownQuestion<T>,
  answer: unknown,
): { ok: true } | { ok: false; message: string } {
  // Guards against an answer of another type's shape reaching the type's checks.
  const shape = parseAnswer(type, answer);
  if (!shape.ok) return shape;
  const problem = questionTypes[type].validateAnswer(question.options, shape.answer);
  return problem === null ? { ok: true } : { ok: false, message: problem };
}

/** parseAnswer then answerFitsQuestion: what autosave runs on a submitted value. */
export function validateAnswer<T extends QuestionType>(type: T, question: ShownQuestion<T>, raw: unknown): AnswerResult<T> {
  const parsed = parseAnswer(type, raw);
  if (!parsed.ok) return parsed;
  const problem = questionTypes[type].validateAnswer(question.options, parsed.answer);
  return problem === null ? parsed : { ok: false, message: problem };
}

/** The key written as an answer: what a full-marks answer looks like (previews, review, tests). */
export function keyAnswer<T extends QuestionType>(type: T, question: QuestionContent<T>): Answer<T> {
  return questionTypes[type].keyAnswer(question.key);
}

/** The answer in the form answers are compared in (short text folded, say). */
export function normaliseAnswer<T extends QuestionType>(type: T, answer: Answer<T>): Answer<T> {
  return questionTypes[type].normalise(answer);
}

/** Whether an answer says anything: none, an empty selection or a blank text does not count. */
export function isAnswered<T extends QuestionType>(type: T, answer: Answer<T> | null | undefined): boolean {
  return answer !== null && answer !== undefined && questionTypes[type].isAnswered(answer);
}
