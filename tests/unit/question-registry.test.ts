import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedQuestions } from "@/tests/helpers/seed-bundle";
import { answerFromFields, readerOf } from "@/lib/domain/answer-form";
import { isAnswered, keyAnswer } from "@/lib/domain/answers";
import { parseQuestionContent, questionTypeNames, questionTypes, type QuestionType, type ShownQuestion } from "@/lib/domain/question-types";
import { parseShownQuestion, parseStoredQuestion, questionText, shownPart, StoredQuestionError, summariseAnswer, withAnswer, withKey } from "@/lib/domain/questions";
import { scoreAnswer } from "@/lib/domain/scoring";
import { fittingAnswerArb, questionArb } from "@/tests/unit/question-arbitraries";

type SeedQuestion = { code: string; type: QuestionType; stem: string; options: unknown; key: unknown; feedback?: unknown };
const seed = seedQuestions() as SeedQuestion[];

describe("the registry", () => {
  it("holds seven types, each under its own name", () => {
    expect(questionTypeNames).toHaveLength(7);
    for (const type of questionTypeNames) expect(questionTypes[type].type).toBe(type);
  });
});

describe("parsing stored questions", () => {
  it("gives students the options only, dropping anything else a row holds", () => {
    const row = { type: "SINGLE_CHOICE", options: { choices: [{ id: "a", text: "A", note: "x" }, { id: "b", text: "B" }], hidden: 1 }, key: { correct: "a" } };
    const shown = parseShownQuestion(row);
    expect(shown).toEqual({ type: "SINGLE_CHOICE", options: { choices: [{ id: "a", text: "A" }, { id: "b", text: "B" }] } });
    expect(JSON.stringify(shownPart(parseStoredQuestion({ ...row, feedback: null })))).not.toContain("correct");
  });

  it("refuses a row of an unknown type, or whose content does not fit its type", () => {
    expect(() => parseShownQuestion({ type: "ESSAY", options: {} })).toThrow(StoredQuestionError);
    expect(() => parseShownQuestion({ type: "TRUE_FALSE", options: { choices: [] } })).toThrow(StoredQuestionError);
    expect(() => parseStoredQuestion({ type: "SINGLE_CHOICE", options: { choices: [{ id: "a", text: "A" }, { id: "b", text: "B" }] }, key: { correct: "z" }, feedback: null })).toThrow(
      /not one of the options/,
    );
  });

  it("keeps a stored answer only when it has the type's shape, and a key only when given", () => {
    const shown = parseShownQuestion({ type: "NUMERIC", options: { unit: "km" } });
    expect(withAnswer(shown, { value: 3 }).answer).toEqual({ value: 3 });
    expect(withAnswer(shown, { choice: "a" }).answer).toBeNull();
    expect(withAnswer(shown, null).answer).toBeNull();
    expect(withKey(withAnswer(shown, null), null, null)).toMatchObject({ key: null, feedback: null });
    expect(withKey(withAnswer(shown, null), { value: 41 }, { "42": "Close." })).toMatchObject({
      key: { value: 41, tolerance: 0, toleranceKind: "absolute" },
      feedback: { "42": "Close." },
    });
  });
});

describe("summarise", () => {
  it("says full credit exactly when scoring does", () => {
    fc.assert(
      fc.property(
        questionArb.chain((q) => fc.tuple(fc.constant(q), fittingAnswerArb(q.type, q.content))),
        ([{ type, content }, answer]) => {
          expect(summariseAnswer(content, answer)?.correct).toBe(scoreAnswer(type, content, answer, 1).correct);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("names the option, figure or folded text, and nothing for no answer", () => {
    const [single, numeric, text] = (["SINGLE_CHOICE", "NUMERIC", "SHORT_TEXT"] as const).map((type) => {
      const q = seed.find((s) => s.type === type)!;
      return parseStoredQuestion({ ...q, feedback: q.feedback ?? null });
    });
    expect(summariseAnswer(single, keyAnswer(single.type, single))).toMatchObject({ correct: true });
    expect(summariseAnswer(numeric, { value: -0 })).toEqual({ value: 0, correct: expect.any(Boolean) });
    expect(summariseAnswer(text, { text: "  The AP. " })).toMatchObject({ text: "the ap" });
    expect(summariseAnswer(text, null)).toBeNull();
  });
});

describe("toText", () => {
  it.each(seed.map((q) => [q.code, q] as const))("%s: the stem, then the options with the key marked", (_code, q) => {
    const parsed = parseQuestionContent(q.type, q);
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    const text = questionText(q.stem, parsed.content);
    expect(text.split("\n")[0]).toBe(q.stem);
    expect(text.split("\n").length).toBeGreaterThan(1);
    expect(text).toMatch(/\*|→|^\s+1\. /m);
  });
});

describe("answers from form fields", () => {
  const choices = [
    { id: "a", text: "A" },
    { id: "b", text: "B" },
    { id: "c", text: "C" },
  ];
  const question = (type: QuestionType, options: unknown): ShownQuestion => parseShownQuestion({ type, options });
  const read = (fields: Record<string, unknown>) => readerOf(fields);

  it.each([
    ["SINGLE_CHOICE", { choices }, { q0: "b" }, { choice: "b" }],
    ["TRUE_FALSE", {}, { q0: "false" }, { value: false }],
    ["MULTIPLE_SELECT", { choices }, { "q0.present": "1", "q0[]": ["a", "c", "a"] }, { choices: ["a", "c"] }],
    ["MULTIPLE_SELECT", { choices }, { "q0.present": "1" }, { choices: [] }],
    ["NUMERIC", {}, { q0: "19,000" }, { value: 19000 }],
    ["SHORT_TEXT", {}, { q0: "  Reuters " }, { text: "Reuters" }],
    ["ORDERING", { choices }, { "q0.a": "2", "q0.b": "1", "q0.c": "" }, { order: ["b", "a"] }],
    ["MATCHING", { prompts: choices, answers: choices }, { "q0.a": "c", "q0.b": "" }, { pairs: { a: "c" } }],
  ] as const)("reads a %s answer", (type, options, fields, answer) => {
    expect(answerFromFields(question(type, options), 0, read(fields))).toEqual({ kind: "answer", answer });
  });

  it("tells nothing given from an answer that cannot be read", () => {
    expect(answerFromFields(question("SINGLE_CHOICE", { choices }), 0, read({}))).toEqual({ kind: "empty" });
    expect(answerFromFields(question("MULTIPLE_SELECT", { choices }), 0, read({}))).toEqual({ kind: "empty" });
    expect(answerFromFields(question("TRUE_FALSE", {}), 0, read({ q0: "maybe" }))).toEqual({ kind: "empty" });
    expect(answerFromFields(question("NUMERIC", {}), 0, read({ q0: "about 5" }))).toMatchObject({ kind: "invalid" });
    expect(answerFromFields(question("ORDERING", { choices }), 0, read({ "q0.a": "1", "q0.b": "1" }))).toMatchObject({ kind: "invalid" });
  });

  it("counts an empty selection, arrangement or blank text as not answered", () => {
    expect(isAnswered("MULTIPLE_SELECT", { choices: [] })).toBe(false);
    expect(isAnswered("ORDERING", { order: [] })).toBe(false);
    expect(isAnswered("MATCHING", { pairs: {} })).toBe(false);
    expect(isAnswered("SHORT_TEXT", { text: "  " })).toBe(false);
    expect(isAnswered("TRUE_FALSE", { value: false })).toBe(true);
    expect(isAnswered("NUMERIC", null)).toBe(false);
  });
});
