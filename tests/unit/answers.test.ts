import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerFitsQuestion, keyAnswer, parseAnswer, validateAnswer, type Answer } from "@/lib/domain/answers";
import { parseQuestionContent, questionTypeNames as questionTypes, type QuestionContent, type QuestionType } from "@/lib/domain/question-types";
import { parseNumberInput } from "@/lib/domain/question-types/numeric";
import { fittingAnswerArb, idArb, questionArb } from "@/tests/unit/question-arbitraries";

const choices = ["a", "b", "c"].map((id) => ({ id, text: id.toUpperCase() }));

function content(type: QuestionType, input: { options: unknown; key: unknown }): QuestionContent {
  const parsed = parseQuestionContent(type, input);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.content;
}

const questions: Record<QuestionType, QuestionContent> = {
  SINGLE_CHOICE: content("SINGLE_CHOICE", { options: { choices }, key: { correct: "b" } }),
  MULTIPLE_SELECT: content("MULTIPLE_SELECT", { options: { choices }, key: { correct: ["a", "c"] } }),
  TRUE_FALSE: content("TRUE_FALSE", { options: {}, key: { correct: true } }),
  NUMERIC: content("NUMERIC", { options: {}, key: { value: 41 } }),
  SHORT_TEXT: content("SHORT_TEXT", { options: { maxLength: 10 }, key: { accepted: ["Reuters"] } }),
  ORDERING: content("ORDERING", { options: { choices }, key: { order: ["c", "a", "b"] } }),
  MATCHING: content("MATCHING", {
    options: { prompts: [{ id: "rubio", text: "Rubio" }, { id: "lavrov", text: "Lavrov" }], answers: choices },
    key: { pairs: { rubio: "a", lavrov: "b" } },
  }),
};

const validAnswers: Record<QuestionType, Answer> = {
  SINGLE_CHOICE: { choice: "a" },
  MULTIPLE_SELECT: { choices: ["a", "c"] },
  TRUE_FALSE: { value: false },
  NUMERIC: { value: -19000.5 },
  SHORT_TEXT: { text: "Reuters" },
  ORDERING: { order: ["b", "a", "c"] },
  MATCHING: { pairs: { rubio: "c" } },
};

/** Every id a question shows: choices, or prompts and answers. */
function optionIds(q: QuestionContent): Set<string> {
  const o = q.options as { choices?: { id: string }[]; prompts?: { id: string }[]; answers?: { id: string }[] };
  return new Set([...(o.choices ?? []), ...(o.prompts ?? []), ...(o.answers ?? [])].map((c) => c.id));
}

function refuses(type: QuestionType, raw: unknown, pattern: RegExp) {
  const result = parseAnswer(type, raw);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toMatch(pattern);
}

describe("parseAnswer", () => {
  it.each(questionTypes)("accepts a %s answer as is", (type) => {
    expect(parseAnswer(type, validAnswers[type])).toEqual({ ok: true, answer: validAnswers[type] });
  });

  it("accepts empty selections and partial orders and pairings, which autosave stores mid-answer", () => {
    expect(parseAnswer("MULTIPLE_SELECT", { choices: [] }).ok).toBe(true);
    expect(parseAnswer("ORDERING", { order: ["a"] }).ok).toBe(true);
    expect(parseAnswer("MATCHING", { pairs: {} }).ok).toBe(true);
    expect(parseAnswer("SHORT_TEXT", { text: "" }).ok).toBe(true);
  });

  it.each([
    ["SINGLE_CHOICE", { choice: "A" }, /choice: ids are short lower-case words/],
    ["SINGLE_CHOICE", { choice: 1 }, /choice/],
    ["SINGLE_CHOICE", { choices: ["a"] }, /choice/],
    ["SINGLE_CHOICE", { choice: "a", correct: true }, /correct/],
    ["MULTIPLE_SELECT", { choices: ["a", "a"] }, /choices: ids must not repeat/],
    ["MULTIPLE_SELECT", { choices: Array.from({ length: 101 }, (_, i) => `o${i}`) }, /choices/],
    ["TRUE_FALSE", { value: "true" }, /value/],
    ["NUMERIC", { value: Number.NaN }, /value/],
    ["NUMERIC", { value: Infinity }, /value/],
    ["NUMERIC", { value: "41" }, /value/],
    ["SHORT_TEXT", { text: "x".repeat(501) }, /text/],
    ["SHORT_TEXT", { text: "Anchor\u0000age" }, /control characters/],
    ["ORDERING", { order: ["a", "b", "a"] }, /order: ids must not repeat/],
    ["MATCHING", { pairs: [["rubio", "a"]] }, /pairs/],
    ["MATCHING", { pairs: { rubio: "Secretary" } }, /pairs/],
    ["MATCHING", { pairs: { __proto__x: "a" } }, /pairs/],
    ["MATCHING", { pairs: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`p${i}`, "a"])) }, /too many pairs/],
  ] as const)("refuses a malformed %s answer %j", (type, raw, pattern) => {
    refuses(type, raw, pattern);
  });

  it.each([null, undefined, "b", 3, []])("refuses %j for every type", (raw) => {
    for (const type of questionTypes) expect(parseAnswer(type, raw).ok).toBe(false);
  });

  it("accepts answers sent as JSON and returns answers that survive a JSON round trip unchanged", () => {
    fc.assert(
      fc.property(fc.constantFrom(...questionTypes), fc.jsonValue(), questionArb.chain((q) => fc.tuple(fc.constant(q.type), fittingAnswerArb(q.type, q.content))), (anyType, junk, [type, answer]) => {
        const junkResult = parseAnswer(anyType, junk);
        if (junkResult.ok) expect(JSON.parse(JSON.stringify(junkResult.answer))).toEqual(junkResult.answer);
        const raw: unknown = JSON.parse(JSON.stringify(answer));
        const result = parseAnswer(type, raw);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(JSON.parse(JSON.stringify(result.answer))).toEqual(result.answer);
        expect(parseAnswer(type, result.answer)).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });
});

describe("answerFitsQuestion", () => {
  it.each(questionTypes)("accepts a %s answer that names only its options", (type) => {
    expect(answerFitsQuestion(type, questions[type], validAnswers[type])).toEqual({ ok: true });
  });

  it.each([
    ["SINGLE_CHOICE", { choice: "d" }, /choice: "d" is not an option/],
    ["MULTIPLE_SELECT", { choices: ["a", "zz"] }, /choices: "zz"/],
    ["ORDERING", { order: ["c", "a", "b", "x"] }, /order: "x"/],
    ["MATCHING", { pairs: { rubio: "a", putin: "b" } }, /pairs: "putin"/],
    ["MATCHING", { pairs: { rubio: "z" } }, /pairs: "z"/],
    ["SHORT_TEXT", { text: "Reuters news" }, /at most 10 characters/],
    ["TRUE_FALSE", { choice: "a" }, /value/],
  ] as const)("refuses a %s answer %j", (type, answer, pattern) => {
    const result = answerFitsQuestion(type, questions[type], answer as Answer);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(pattern);
  });

  it("accepts the key of any valid question, written as an answer", () => {
    fc.assert(
      fc.property(questionArb, ({ type, content }) => {
        const answer = keyAnswer(type, content);
        expect(parseAnswer(type, answer)).toEqual({ ok: true, answer });
        expect(answerFitsQuestion(type, content, answer)).toEqual({ ok: true });
      }),
      { numRuns: 300 },
    );
  });

  it("accepts any answer built from the options and refuses it once a forged id is added", () => {
    fc.assert(
      fc.property(
        questionArb.chain((q) => fc.tuple(fc.constant(q), fittingAnswerArb(q.type, q.content), idArb)),
        ([{ type, content }, answer, forged]) => {
          expect(answerFitsQuestion(type, content, answer)).toEqual({ ok: true });
          fc.pre(!optionIds(content).has(forged));
          let tampered: Answer;
          if ("choice" in answer) tampered = { choice: forged };
          else if ("choices" in answer) tampered = { choices: [...answer.choices, forged] };
          else if ("order" in answer) tampered = { order: [forged, ...answer.order] };
          else if ("pairs" in answer) tampered = { pairs: { ...answer.pairs, [forged]: [...optionIds(content)][0] } };
          else return;
          expect(answerFitsQuestion(type, content, tampered)).toMatchObject({ ok: false });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("validateAnswer", () => {
  it("checks the shape first, then the ids", () => {
    const q = questions.SINGLE_CHOICE as QuestionContent<"SINGLE_CHOICE">;
    expect(validateAnswer("SINGLE_CHOICE", q, { choice: "c" })).toEqual({ ok: true, answer: { choice: "c" } });
    expect(validateAnswer("SINGLE_CHOICE", q, { choice: "e" })).toMatchObject({ ok: false, message: /not an option/ });
    expect(validateAnswer("SINGLE_CHOICE", q, { choice: "E" })).toMatchObject({ ok: false, message: /lower-case/ });
  });
});

describe("parseNumberInput", () => {
  it.each([
    ["19,000", 19000],
    ["19 000", 19000],
    ["19\u00A0000", 19000],
    ["19\u202F000", 19000],
    ["1,234,567.89", 1234567.89],
    ["1.5", 1.5],
    [".5", 0.5],
    ["-3", -3],
    ["\u22123", -3],
    ["+7", 7],
    ["  41 ", 41],
    ["007", 7],
    ["-0", 0],
    ["19000", 19000],
  ])("reads %j as %d", (text, value) => {
    expect(parseNumberInput(text)).toEqual({ ok: true, value });
  });

  it.each(["", "   ", "abc", "1,2,3,4", "1,5", "12,34", "1,0000", "1,000 000", "1 000,000", "5.", "1.2.3", "1e3", "Infinity", "NaN", "--3", "3-", "41 countries", "1".repeat(65)])(
    "refuses %j",
    (text) => {
      expect(parseNumberInput(text)).toMatchObject({ ok: false, message: expect.stringMatching(/number/) });
    },
  );

  it("reads integers back from en-US grouping and from space grouping", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(",", " ", "\u00A0", "\u2009", "\u202F"), (n, sep) => {
        const grouped = Math.abs(n).toLocaleString("en-US").replace(/,/g, sep);
        expect(parseNumberInput(`${n < 0 ? "-" : ""}${grouped}`)).toEqual({ ok: true, value: n === 0 ? 0 : n });
        expect(parseNumberInput(String(n))).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
      { numRuns: 400 },
    );
  });

  it("reads decimals written with a point, and negation flips the sign", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, digits) => {
        const text = x.toFixed(digits);
        const parsed = parseNumberInput(text);
        expect(parsed).toEqual({ ok: true, value: Number(text) });
        const negated = parseNumberInput(`-${text}`);
        expect(negated).toEqual({ ok: true, value: Number(text) === 0 ? 0 : -Number(text) });
      }),
      { numRuns: 400 },
    );
  });

  it("refuses anything containing a letter", () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^[a-zA-Z]$/), fc.string(), (before, letter, after) => {
        expect(parseNumberInput(before + letter + after).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
