import { describe, expect, it } from "vitest";
import { seedQuestions } from "@/tests/helpers/seed-bundle";
import { parseQuestionContent, questionTypeNames as questionTypes, type QuestionType } from "@/lib/domain/question-types";

type Input = { options: unknown; key: unknown; feedback?: unknown };

const choices = [
  { id: "a", text: "Alpha" },
  { id: "b", text: "Beta" },
  { id: "c", text: "Gamma" },
];

const valid: Record<QuestionType, Input> = {
  SINGLE_CHOICE: { options: { choices }, key: { correct: "b" }, feedback: { a: "Not alpha." } },
  MULTIPLE_SELECT: { options: { choices }, key: { correct: ["a", "c"] } },
  TRUE_FALSE: { options: {}, key: { correct: false }, feedback: { true: "It is false." } },
  NUMERIC: { options: { unit: "countries" }, key: { value: 41 }, feedback: { "42": "Not 42." } },
  SHORT_TEXT: { options: { maxLength: 40 }, key: { accepted: ["Anchorage", "Anchorage, Alaska"] } },
  ORDERING: { options: { choices }, key: { order: ["c", "a", "b"] } },
  MATCHING: {
    options: {
      prompts: [
        { id: "rubio", text: "Marco Rubio" },
        { id: "lavrov", text: "Sergey Lavrov" },
      ],
      answers: [
        { id: "state", text: "Secretary of State" },
        { id: "foreign", text: "Foreign Minister" },
      ],
    },
    key: { pairs: { rubio: "state", lavrov: "foreign" } },
  },
};

function rejects(type: QuestionType, input: Input, pattern: RegExp) {
  const result = parseQuestionContent(type, input);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.errors.join("\n")).toMatch(pattern);
}

describe("parseQuestionContent", () => {
  it.each(questionTypes)("accepts a valid %s question", (type) => {
    const result = parseQuestionContent(type, valid[type]);
    expect(result).toMatchObject({ ok: true, content: { key: expect.anything() } });
  });

  it("fills NUMERIC defaults", () => {
    const result = parseQuestionContent("NUMERIC", valid.NUMERIC);
    expect(result.ok && result.content.key).toEqual({ value: 41, tolerance: 0, toleranceKind: "absolute" });
  });

  it("rejects a SINGLE_CHOICE key that is not an option", () => {
    rejects("SINGLE_CHOICE", { options: { choices }, key: { correct: "d" } }, /key\.correct: not one of the options/);
  });

  it("rejects duplicate option ids", () => {
    const dup = [...choices, { id: "a", text: "Alpha again" }];
    rejects("SINGLE_CHOICE", { options: { choices: dup }, key: { correct: "a" } }, /option ids must be unique/);
    rejects("ORDERING", { options: { choices: dup }, key: { order: ["a", "b", "c"] } }, /option ids must be unique/);
  });

  it("rejects MULTIPLE_SELECT keys that are unknown or repeated", () => {
    rejects("MULTIPLE_SELECT", { options: { choices }, key: { correct: ["a", "z"] } }, /does not exist/);
    rejects("MULTIPLE_SELECT", { options: { choices }, key: { correct: ["a", "a"] } }, /repeats an option/);
    rejects("MULTIPLE_SELECT", { options: { choices }, key: { correct: [] } }, /key\.correct/);
  });

  it("rejects an ORDERING key that misses or invents an option", () => {
    rejects("ORDERING", { options: { choices }, key: { order: ["a", "b"] } }, /every option exactly once/);
    rejects("ORDERING", { options: { choices }, key: { order: ["a", "b", "z"] } }, /every option exactly once/);
  });

  it("rejects an ORDERING key that lists an option twice", () => {
    rejects("ORDERING", { options: { choices }, key: { order: ["a", "b", "c", "a"] } }, /every option exactly once/);
  });

  it("rejects MATCHING with an unpaired prompt or an unknown answer", () => {
    const { options } = valid.MATCHING;
    rejects("MATCHING", { options, key: { pairs: { rubio: "state" } } }, /answer for every prompt/);
    rejects("MATCHING", { options, key: { pairs: { rubio: "state", putin: "foreign" } } }, /answer for every prompt/);
    rejects("MATCHING", { options, key: { pairs: { rubio: "state", lavrov: "envoy" } } }, /names an answer that does not exist/);
  });

  it("rejects TRUE_FALSE options other than {}", () => {
    rejects("TRUE_FALSE", { options: { choices }, key: { correct: true } }, /options/);
    rejects("TRUE_FALSE", { options: {}, key: { correct: "true" } }, /key\.correct/);
  });

  it("rejects a NUMERIC negative tolerance or a non-finite value", () => {
    rejects("NUMERIC", { options: {}, key: { value: 41, tolerance: -1 } }, /key\.tolerance/);
    rejects("NUMERIC", { options: {}, key: { value: Infinity } }, /key\.value/);
  });

  it("rejects a SHORT_TEXT question without accepted answers", () => {
    rejects("SHORT_TEXT", { options: {}, key: { accepted: [] } }, /key\.accepted/);
  });

  it("rejects ids that are not short lower-case words", () => {
    const bad = [{ id: "A", text: "x" }, { id: "b", text: "y" }];
    rejects("SINGLE_CHOICE", { options: { choices: bad }, key: { correct: "b" } }, /lower-case/);
  });
});

describe("the seed questions", () => {
  const questions = seedQuestions() as ({ code: string; type: QuestionType } & Input)[];

  it("cover all seven types", () => {
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(questionTypes));
  });

  it.each(questions.map((q) => [q.code, q] as const))("%s parses for its type", (_code, question) => {
    const result = parseQuestionContent(question.type, question);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
