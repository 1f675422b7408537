// Form fields to answers, one convention for every question type, shared by the no-JavaScript
// form post and the autosave script (so both save exactly the same thing). Fields of the
// question at position p are named from `q<p>`:
//   single choice, true/false, numeric, short text: q<p>
//   multiple select: q<p>[] (one per ticked option)
//   ordering: q<p>.<choiceId> = its place, 1..n;  matching: q<p>.<promptId> = answer id
import type { Answer } from "./answers";
import { parseNumberInput } from "./answers";
import type { QuestionType } from "./question-types";

export type FieldReader = (name: string) => string[];

export type FormAnswer = { kind: "empty" } | { kind: "answer"; answer: Answer } | { kind: "invalid"; message: string };

type Options = { choices?: { id: string }[]; prompts?: { id: string }[] };

export const fieldName = (position: number) => `q${position}`;

export function answerFromFields(type: QuestionType, options: unknown, position: number, read: FieldReader): FormAnswer {
  const name = fieldName(position);
  const single = read(name)[0]?.trim() ?? "";
  const opts = (options ?? {}) as Options;
  switch (type) {
    case "SINGLE_CHOICE":
      return single ? { kind: "answer", answer: { choice: single } } : { kind: "empty" };
    case "TRUE_FALSE":
      return single === "true" || single === "false" ? { kind: "answer", answer: { value: single === "true" } } : { kind: "empty" };
    case "MULTIPLE_SELECT":
      // Sent with a marker field so that "nothing ticked" can be told from "not on this page".
      if (read(`${name}.present`).length === 0 && read(`${name}[]`).length === 0) return { kind: "empty" };
      return { kind: "answer", answer: { choices: [...new Set(read(`${name}[]`))] } };
    case "NUMERIC": {
      if (!single) return { kind: "empty" };
      const parsed = parseNumberInput(single);
      return parsed.ok ? { kind: "answer", answer: { value: parsed.value } } : { kind: "invalid", message: parsed.message };
    }
    case "SHORT_TEXT":
      return single ? { kind: "answer", answer: { text: single } } : { kind: "empty" };
    case "ORDERING": {
      const ranked = (opts.choices ?? [])
        .map((choice) => ({ id: choice.id, rank: Number(read(`${name}.${choice.id}`)[0]) }))
        .filter((c) => Number.isInteger(c.rank) && c.rank > 0);
      if (ranked.length === 0) return { kind: "empty" };
      const ranks = ranked.map((c) => c.rank);
      if (new Set(ranks).size !== ranks.length) return { kind: "invalid", message: "Give each event a different place." };
      return { kind: "answer", answer: { order: ranked.sort((a, b) => a.rank - b.rank).map((c) => c.id) } };
    }
    case "MATCHING": {
      const pairs: Record<string, string> = {};
      for (const prompt of opts.prompts ?? []) {
        const chosen = read(`${name}.${prompt.id}`)[0];
        if (chosen) pairs[prompt.id] = chosen;
      }
      return Object.keys(pairs).length ? { kind: "answer", answer: { pairs } } : { kind: "empty" };
    }
  }
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
