// fast-check arbitraries for valid questions of every type and for answers that fit them.
// Every generated question goes through parseQuestionContent, so the generators cannot drift
// from the stored shape.
import fc from "fast-check";
import type { Answer } from "@/lib/domain/answers";
import { parseQuestionContent, questionTypeNames as questionTypes, type QuestionContent, type QuestionType } from "@/lib/domain/question-types";
import { normaliseText } from "@/lib/domain/question-types/short-text";

export type Question = { type: QuestionType; content: QuestionContent };

export const idArb = fc.stringMatching(/^[a-z0-9-]{1,8}$/);

export const idsArb = (min: number, max: number) => fc.uniqueArray(idArb, { minLength: min, maxLength: max });

const choices = (ids: string[]) => ids.map((id) => ({ id, text: `Option ${id}` }));

/** Words with at least one letter, so they never fold to "" (see shortTextMatches). */
export const acceptedArb = fc
  .oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }))
  .filter((s) => normaliseText(s) !== "");

const rawContent: { [T in QuestionType]: fc.Arbitrary<{ options: unknown; key: unknown }> } = {
  SINGLE_CHOICE: idsArb(2, 6).chain((ids) =>
    fc.constantFrom(...ids).map((correct) => ({ options: { choices: choices(ids) }, key: { correct } })),
  ),
  MULTIPLE_SELECT: idsArb(2, 8).chain((ids) =>
    fc.shuffledSubarray(ids, { minLength: 1 }).map((correct) => ({ options: { choices: choices(ids) }, key: { correct } })),
  ),
  TRUE_FALSE: fc.boolean().map((correct) => ({ options: {}, key: { correct } })),
  NUMERIC: fc.record({
    options: fc.record({ unit: fc.constantFrom("children", "countries", "hours") }),
    key: fc.record({
      value: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      tolerance: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })),
      toleranceKind: fc.constantFrom("absolute" as const, "relative" as const),
    }),
  }),
  SHORT_TEXT: fc.array(acceptedArb, { minLength: 1, maxLength: 4 }).map((accepted) => ({
    options: {},
    key: { accepted },
  })),
  ORDERING: idsArb(2, 7).chain((ids) =>
    fc.shuffledSubarray(ids, { minLength: ids.length }).map((order) => ({ options: { choices: choices(ids) }, key: { order } })),
  ),
  MATCHING: fc.tuple(idsArb(2, 6), idsArb(2, 6)).chain(([prompts, answers]) =>
    fc.tuple(...prompts.map(() => fc.constantFrom(...answers))).map((picked) => ({
      options: { prompts: choices(prompts), answers: choices(answers) },
      key: { pairs: Object.fromEntries(prompts.map((p, i) => [p, picked[i]])) },
    })),
  ),
};

export function contentArb<T extends QuestionType>(type: T): fc.Arbitrary<QuestionContent<T>> {
  return rawContent[type].map((raw) => {
    const parsed = parseQuestionContent(type, raw);
    if (!parsed.ok) throw new Error(`generated an invalid ${type}: ${parsed.errors.join("; ")}`);
    return parsed.content as QuestionContent<T>;
  });
}

export const questionArb: fc.Arbitrary<Question> = fc
  .constantFrom(...questionTypes)
  .chain((type) => contentArb(type).map((content) => ({ type, content })));

/** Any answer of the right shape that only names this question's options (often wrong). */
export function fittingAnswerArb(type: QuestionType, content: QuestionContent): fc.Arbitrary<Answer> {
  switch (type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_SELECT":
    case "ORDERING": {
      const ids = (content as QuestionContent<"SINGLE_CHOICE">).options.choices.map((c) => c.id);
      if (type === "SINGLE_CHOICE") return fc.constantFrom(...ids).map((choice) => ({ choice }));
      if (type === "MULTIPLE_SELECT") return fc.shuffledSubarray(ids).map((picked) => ({ choices: picked }));
      return fc.shuffledSubarray(ids).map((order) => ({ order }));
    }
    case "TRUE_FALSE":
      return fc.boolean().map((value) => ({ value }));
    case "NUMERIC":
      return fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => ({ value }));
    case "SHORT_TEXT":
      return fc.string({ maxLength: 60 }).map((text) => ({ text }));
    case "MATCHING": {
      const c = content as QuestionContent<"MATCHING">;
      const answers = c.options.answers.map((a) => a.id);
      return fc
        .tuple(...c.options.prompts.map((p) => fc.option(fc.constantFrom(...answers)).map((a) => [p.id, a] as const)))
        .map((entries) => ({ pairs: Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== null)) }));
    }
  }
}
