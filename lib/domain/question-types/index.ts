// The question types: one module each (./<type>.ts, each a QuestionTypeDefinition), listed here.
// A new type is one more module and one more line in `questionTypes`. The types below follow the
// registry, so a `switch` on a question's type is never needed: `questionTypes[q.type]` gives
// its definition, typed for that question (TypeScript's correlated-union pattern: the generic
// functions take a `T extends QuestionType` and the shapes are indexed by it).
import type { QuestionTypeDefinition } from "./definition";
import { matching } from "./matching";
import { multipleSelect } from "./multiple-select";
import { numeric } from "./numeric";
import { ordering } from "./ordering";
import { shortText } from "./short-text";
import { singleChoice } from "./single-choice";
import { trueFalse } from "./true-false";

const definitions = {
  SINGLE_CHOICE: singleChoice,
  MULTIPLE_SELECT: multipleSelect,
  TRUE_FALSE: trueFalse,
  NUMERIC: numeric,
  SHORT_TEXT: shortText,
  ORDERING: ordering,
  MATCHING: matching,
};

type ShapesOfDefinition<D> = D extends QuestionTypeDefinition<string, infer S> ? S : never;
type TypeMap = { [T in keyof typeof definitions]: ShapesOfDefinition<(typeof definitions)[T]> };

export type QuestionType = keyof TypeMap;

/** The registry: every type's definition, keyed by type. */
export const questionTypes: { [T in QuestionType]: QuestionTypeDefinition<T, TypeMap[T]> } = definitions;

/** The type names, in the registry's order. */
export const questionTypeNames: QuestionType[] = Object.values(questionTypes).map((definition) => definition.type);

export function isQuestionType(value: string): value is QuestionType {
  return Object.hasOwn(questionTypes, value);
}

export type Options<T extends QuestionType = QuestionType> = TypeMap[T]["options"];
export type Key<T extends QuestionType = QuestionType> = TypeMap[T]["key"];
export type Feedback<T extends QuestionType = QuestionType> = TypeMap[T]["feedback"];
export type Answer<T extends QuestionType = QuestionType> = TypeMap[T]["answer"];
export type AnswerSummary<T extends QuestionType = QuestionType> = TypeMap[T]["summary"];

/** A question as stored, key and feedback included: for scoring, on the server only. */
export type QuestionContent<T extends QuestionType = QuestionType> = {
  [K in T]: { type: K; options: Options<K>; key: Key<K>; feedback?: Feedback<K> };
}[T];

/** A question as a student sees it before review: its type and options, never the key. */
export type ShownQuestion<T extends QuestionType = QuestionType> = { [K in T]: { type: K; options: Options<K> } }[T];

/** A shown question with the student's saved answer (null: none, or not of this type's shape). */
export type AnsweredQuestion<T extends QuestionType = QuestionType> = {
  [K in T]: { type: K; options: Options<K>; answer: Answer<K> | null };
}[T];

/** An answered question in review: key and feedback are null when the review policy hides them. */
export type ReviewedQuestion<T extends QuestionType = QuestionType> = {
  [K in T]: { type: K; options: Options<K>; answer: Answer<K> | null; key: Key<K> | null; feedback: Feedback<K> | null };
}[T];

export type ContentInput = { options: unknown; key: unknown; feedback?: unknown };

export type ParsedContent<T extends QuestionType> = { ok: true; content: QuestionContent<T> } | { ok: false; errors: string[] };

type Issue = { path: PropertyKey[]; message: string };
const messages = (field: string, issues: Issue[]) => issues.map((i) => `${[field, ...i.path.map(String)].join(".")}: ${i.message}`);

/**
 * Checks a question's options, key and feedback for its type, including the rules across them
 * (the key names options that exist). Returns the typed content or a list of messages.
 */
export function parseQuestionContent<T extends QuestionType>(type: T, input: ContentInput): ParsedContent<T> {
  const { schemas, checkKey } = questionTypes[type];
  if (typeof input !== "object" || input === null) return { ok: false, errors: [`${type}: expected an object`] };
  const options = schemas.options.safeParse(input.options);
  const key = schemas.key.safeParse(input.key);
  const feedback = schemas.feedback.safeParse(input.feedback);
  if (!options.success || !key.success || !feedback.success) {
    return {
      ok: false,
      errors: [
        ...messages("options", options.error?.issues ?? []),
        ...messages("key", key.error?.issues ?? []),
        ...messages("feedback", feedback.error?.issues ?? []),
      ],
    };
  }
  const errors = checkKey(options.data, key.data);
  if (errors.length > 0) return { ok: false, errors };
  const content: QuestionContent<T> = { type, options: options.data, key: key.data, feedback: feedback.data };
  return { ok: true, content };
}
