// Form fields to answers, one convention for every question type, shared by the no-JavaScript
// form post and the autosave script (so both save exactly the same thing). Fields of the
// question at position p are named from `q<p>`; each type reads its own (its `fromFields` in
// lib/domain/question-types/):
//   single choice, true/false, numeric, short text: q<p>
//   multiple select: q<p>[] (one per ticked option)
//   ordering: q<p>.<choiceId> = its place, 1..n;  matching: q<p>.<promptId> = answer id
import { questionTypes, type Answer, type QuestionType, type ShownQuestion } from "./question-types";
import type { FieldReader, FormAnswer } from "./question-types/definition";

export type { FieldReader, FormAnswer };

export const fieldName = (position: number) => `q${position}`;

export function answerFromFields<T extends QuestionType>(question: ShownQuestion<T>, position: number, read: FieldReader): FormAnswer<Answer<T>> {
  return questionTypes[question.type].fromFields(question.options, fieldName(position), read);
}

/** A reader over FormData or a plain object of fields (what server actions receive). */
export function readerOf(source: FormData | Record<string, unknown>): FieldReader {
  if (source instanceof FormData) return (name) => source.getAll(name).filter((v): v is string => typeof v === "string");
  return (name) => {
    const value = source[name];
    if (value === undefined || value === null) return [];
    return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
  };
}
