// GIFT import and export (lib/content/gift): every type read, escapes, comments, line numbers of
// errors, the features Cited refuses, and the round trip write → parse for every type GIFT holds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeGift, unescapeGift } from "@/lib/content/gift/escape";
import { formatGiftMessage, MAX_GIFT_QUESTIONS, parseGift } from "@/lib/content/gift/parse";
import { writeGift, type GiftExportQuestion } from "@/lib/content/gift/write";
import { parseQuestionContent, type QuestionContent, type QuestionType } from "@/lib/domain/question-types";

function one(text: string) {
  const result = parseGift(text);
  expect(result.errors.map(formatGiftMessage)).toEqual([]);
  expect(result.questions).toHaveLength(1);
  return result.questions[0];
}

function errorsOf(text: string) {
  return parseGift(text).errors.map(formatGiftMessage);
}

describe("parseGift: each type", () => {
  it("reads single choice with per-answer feedback, a title and general feedback", () => {
    const q = one("::Tomb::Who is buried in Grant's tomb? {\n  ~Grant#No, he is entombed.\n  =no one#Right.\n  ~Jefferson\n  ####Nobody is **buried** there.\n}");
    expect(q.title).toBe("Tomb");
    expect(q.stem).toBe("Who is buried in Grant's tomb?");
    expect(q.content).toEqual({
      type: "SINGLE_CHOICE",
      options: { choices: [{ id: "a", text: "Grant" }, { id: "b", text: "no one" }, { id: "c", text: "Jefferson" }] },
      key: { correct: "b" },
      feedback: { a: "No, he is entombed.", b: "Right." },
    });
    expect(q.explanation).toBe("Nobody is **buried** there.");
  });

  it("reads multiple answers with equal weights, wrong ones negative", () => {
    const q = one("Which are primes? {~%50%2 ~%50%3 ~%-50%4 ~%-50%6}");
    expect(q.content.type).toBe("MULTIPLE_SELECT");
    expect(q.content.key).toEqual({ correct: ["a", "b"] });
  });

  it("reads three right answers weighted 33.33333%", () => {
    const q = one("Pick the colours {~%33.33333%red ~%33.33333%green ~%33.33333%blue ~%-100%square}");
    expect(q.content.key).toEqual({ correct: ["a", "b", "c"] });
    expect(parseGift("Pick the colours {~%33.33333%red ~%33.33333%green ~%33.33333%blue ~%-100%square}").warnings[0].message).toMatch(/33\.33333% off/);
  });

  it("reads true/false in every spelling, feedback for the wrong then the right answer", () => {
    expect(one("The sun is a star {T}").content).toEqual({ type: "TRUE_FALSE", options: {}, key: { correct: true } });
    expect(one("The moon is a star {FALSE}").content.key).toEqual({ correct: false });
    expect(one("The sun is a star {TRUE#No: it is one.#Yes.}").content.feedback).toEqual({ false: "No: it is one.", true: "Yes." });
    expect(one("The moon is a star {F#It reflects light.#Right.}").content.feedback).toEqual({ true: "It reflects light.", false: "Right." });
  });

  it("reads numeric answers with a tolerance, a range, and wrong figures with feedback", () => {
    expect(one("How many? {#600:30}").content.key).toEqual({ value: 600, tolerance: 30, toleranceKind: "absolute" });
    expect(one("How many? {#1..5}").content.key).toEqual({ value: 3, tolerance: 2, toleranceKind: "absolute" });
    expect(one("How many? {#-2.5}").content.key).toEqual({ value: -2.5, tolerance: 0, toleranceKind: "absolute" });
    const q = one("How many? {#\n  =19000\n  =%0%19500#That is the ISW figure.\n}");
    expect(q.content.key).toEqual({ value: 19000, tolerance: 0, toleranceKind: "absolute" });
    expect(q.content.feedback).toEqual({ "19500": "That is the ISW figure." });
  });

  it("reads short answers, with 0% answers as feedback for wrong words", () => {
    const q = one("Which city? {=Anchorage =Anchorage, AK =%0%Juneau#That is the capital.}");
    expect(q.content).toEqual({
      type: "SHORT_TEXT",
      options: {},
      key: { accepted: ["Anchorage", "Anchorage, AK"] },
      feedback: { Juneau: "That is the capital." },
    });
  });

  it("reads matching pairs, answers shared between prompts, and extra answers", () => {
    const q = one("Match {\n =Rubio -> Secretary of State\n =Lavrov -> Foreign minister\n =Witkoff -> Secretary of State\n = -> Chancellor\n}");
    expect(q.content).toEqual({
      type: "MATCHING",
      options: {
        prompts: [{ id: "p1", text: "Rubio" }, { id: "p2", text: "Lavrov" }, { id: "p3", text: "Witkoff" }],
        answers: [{ id: "a", text: "Secretary of State" }, { id: "b", text: "Foreign minister" }, { id: "c", text: "Chancellor" }],
      },
      key: { pairs: { p1: "a", p2: "b", p3: "a" } },
    });
  });
});

describe("parseGift: text", () => {
  it("unescapes \\~ \\= \\# \\{ \\} \\: \\\\ and \\n", () => {
    const q = one("What is 1 \\= 1\\: \\{x\\} \\~ \\#1 \\\\ a\\nb? {=yes \\= \\#1 ~no}");
    expect(q.stem).toBe("What is 1 = 1: {x} ~ #1 \\ a\nb?");
    expect(q.content.options).toEqual({ choices: [{ id: "a", text: "yes = #1" }, { id: "b", text: "no" }] });
  });

  it("skips // comments and $CATEGORY lines, strips format markers, reads a BOM and CRLF", () => {
    const result = parseGift("\uFEFF// a comment\r\n$CATEGORY: top/history\r\n\r\n// another\r\n::A::[markdown]Is **this** true? {T}\r\n\r\n[html]Second? {F}\r\n");
    expect(result.errors).toEqual([]);
    expect(result.questions.map((q) => q.stem)).toEqual(["Is **this** true?", "Second?"]);
    expect(result.questions.map((q) => q.line)).toEqual([5, 7]);
    expect(result.warnings.map(formatGiftMessage)).toEqual([
      "line 2: categories are ignored: choose a quiz set to add the questions to instead",
      "line 7: HTML questions are imported as text: tags are shown as typed, not rendered",
    ]);
  });

  it("reads a question written over several lines", () => {
    const q = one("::Q::What\nis it?\n{\n=this\n~that\n}");
    expect(q.stem).toBe("What\nis it?");
  });

  it("takes code, points, difficulty, tags, citations and ids from the cited comment", () => {
    const q = one(
      '// cited: {"code":"Q27","points":2,"difficulty":4,"tags":["summit"],"cite":[{"fact":"F4","source":"article","quote":"three hours"}],"ids":["x","y"]}\n::Q27::Long? {=yes ~no}',
    );
    expect(q).toMatchObject({ code: "Q27", points: 2, difficulty: 4, tags: ["summit"], citations: [{ fact: "F4", source: "article", quote: "three hours" }], line: 1 });
    expect(q.content.key).toEqual({ correct: "x" });
  });
});

describe("parseGift: errors and unsupported features name their line", () => {
  it("refuses an essay", () => {
    expect(errorsOf("\n\nWrite about it. {}")).toEqual(["line 3: an essay question ({}) has no key: Cited cannot score it"]);
  });
  it("refuses a description without answers", () => {
    expect(errorsOf("Just some text.\n\nOk? {T}")).toEqual(["line 1: no answers ({…}): descriptions without a question cannot be imported"]);
  });
  it("refuses a missing word in the middle of a sentence", () => {
    expect(errorsOf("Grant is {~buried =entombed} in Grant's tomb.")[0]).toMatch(/^line 1: the answers stand in the middle of the sentence/);
  });
  it("refuses numeric answers with partial credit", () => {
    expect(errorsOf("Year? {#\n=2023\n=%50%2022\n}")).toEqual(["line 3: a numeric answer worth 50%: numeric questions with partial-credit answers cannot be scored by Cited"]);
  });
  it("refuses unequal weights", () => {
    expect(errorsOf("Pick {\n~%70%a\n~%30%b\n~c\n}")[0]).toMatch(/^line 2: weights Cited cannot score the same way/);
  });
  it("refuses partial credit on a single answer", () => {
    expect(errorsOf("Pick {=%50%a ~b}")[0]).toMatch(/^line 1: a right answer worth 50% is partial credit/);
  });
  it("refuses two = answers among ~ ones", () => {
    expect(errorsOf("Pick {\n=a\n=b\n~c\n}")[0]).toMatch(/^line 3: more than one answer is marked =/);
  });
  it("refuses an unclosed block, an unclosed title, a bad number, text before answers", () => {
    expect(errorsOf("ok? {T}\n\nNot closed {\n=a\n~b")).toEqual(["line 3: the answers opened with { are never closed with }"]);
    expect(errorsOf("::Title without end {T}")[0]).toMatch(/^line 1: the title opened with :: is never closed/);
    expect(errorsOf("How many? {#six}")[0]).toMatch(/^line 1: "six" is not a number/);
    expect(errorsOf("Pick {oops =a ~b}")[0]).toMatch(/^line 1: text before the first answer/);
  });
  it("refuses a broken cited comment and a question that fails Cited's checks", () => {
    expect(errorsOf('// cited: {"code":27}\nOk? {T}')[0]).toMatch(/^line 1: the cited comment is not valid: code/);
    expect(errorsOf("// cited: {nope\nOk? {T}")).toEqual(["line 1: the cited comment is not valid JSON"]);
    expect(errorsOf("Pick {=only}")).toEqual([]);
    expect(errorsOf("Pick {~%100%only}")[0]).toMatch(/^line 1: not a valid multiple select question: options\.choices/);
  });
  it("refuses control characters, in the text or escaped in a cited comment", () => {
    expect(errorsOf("Ok?\u0000 {T}")).toEqual(["line 1: invisible control characters: remove them"]);
    expect(errorsOf('// cited: {"tags":["a\\u0000"]}\nOk? {T}')[0]).toMatch(/^line 1: the cited comment is not valid: tags: 0: Remove the invisible control characters/);
  });
  it("reports every bad question, in line order, and an empty file", () => {
    const result = parseGift("Good {T}\n\nEssay {}\n\nAlso good {F}\n\nMissing {=a ~b} word.");
    expect(result.questions).toHaveLength(2);
    expect(result.errors.map((e) => e.line)).toEqual([3, 7]);
    expect(errorsOf("// only a comment\n")).toEqual(["line 1: the file holds no questions"]);
  });
  it("caps the number of questions", () => {
    const text = Array.from({ length: MAX_GIFT_QUESTIONS + 1 }, (_, i) => `Q${i}? {T}`).join("\n\n");
    expect(errorsOf(text)).toEqual([`line ${2 * MAX_GIFT_QUESTIONS + 1}: more than ${MAX_GIFT_QUESTIONS} questions: split the file`]);
  });
});

describe("writeGift", () => {
  const base = { code: "Q05", explanation: "", points: 1, difficulty: 2, tags: [], citations: [] };
  it("skips ordering questions with a message naming them", () => {
    const ordering: GiftExportQuestion = {
      ...base,
      stem: "Order them",
      content: { type: "ORDERING", options: { choices: [{ id: "a", text: "x" }, { id: "b", text: "y" }] }, key: { order: ["a", "b"] } },
    };
    const result = writeGift([ordering]);
    expect(result.skipped).toEqual([{ question: "Q05", reason: "ordering questions have no GIFT form" }]);
    expect(result.written).toBe(0);
  });
  it("writes plain GIFT a reader without Cited understands", () => {
    const result = writeGift([
      {
        ...base,
        stem: "Where: the summit?",
        explanation: "In **Anchorage**.",
        citations: [{ fact: "F3", source: "article", quote: "in Anchorage" }],
        content: { type: "SINGLE_CHOICE", options: { choices: [{ id: "a", text: "Anchorage" }, { id: "b", text: "Juneau" }] }, key: { correct: "a" }, feedback: { b: "The capital." } },
      },
    ]);
    expect(result.text).toBe(
      [
        '// cited: {"code":"Q05","cite":[{"fact":"F3","source":"article","quote":"in Anchorage"}]}',
        "::Q05::Where\\: the summit? {",
        "  =Anchorage",
        "  ~Juneau#The capital.",
        "  ####[markdown]In **Anchorage**.",
        "}",
        "",
      ].join("\n"),
    );
  });
});

// Texts with every GIFT special character, newlines, arrows, percent signs and format markers.
const special = fc.constantFrom("~", "=", "#", "{", "}", ":", "\\", "\\n", "\n", "%", "%50%", "[html]", "->", "//", "::", "####", " ", "é", "19,000", "'");
const textArb = fc
  .array(fc.oneof(special, fc.string({ minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join("").trim())
  .filter((t) => t !== "" && !/[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(t));
const noArrow = textArb.filter((t) => !t.includes("->"));
const uniqueTexts = (min: number, max: number, arb = textArb) => fc.uniqueArray(arb, { minLength: min, maxLength: max, selector: (t) => t });
const idArb = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
// An empty feedback object means no feedback: GIFT has one form for both.
const feedbackFor = (ids: string[]) =>
  fc.option(fc.record(Object.fromEntries(ids.map((id) => [id, textArb])), { requiredKeys: [] }), { nil: undefined }).map((f) => (f && Object.keys(f).length ? f : undefined));

const contentArbs: { [T in Exclude<QuestionType, "ORDERING">]: fc.Arbitrary<unknown> } = {
  SINGLE_CHOICE: fc
    .tuple(uniqueTexts(2, 5), fc.boolean(), fc.uniqueArray(idArb, { minLength: 5, maxLength: 5 }))
    .chain(([texts, defaultIds, ids]) => {
      const choiceIds = defaultIds ? texts.map((_, i) => String.fromCharCode(97 + i)) : ids.slice(0, texts.length);
      return fc.tuple(fc.constantFrom(...choiceIds), feedbackFor(choiceIds)).map(([correct, feedback]) => ({
        options: { choices: texts.map((text, i) => ({ id: choiceIds[i], text })) },
        key: { correct },
        feedback,
      }));
    }),
  MULTIPLE_SELECT: uniqueTexts(2, 6).chain((texts) => {
    const ids = texts.map((_, i) => String.fromCharCode(97 + i));
    return fc.tuple(fc.shuffledSubarray(ids, { minLength: 1 }), feedbackFor(ids)).map(([correct, feedback]) => ({
      options: { choices: texts.map((text, i) => ({ id: ids[i], text })) },
      key: { correct: ids.filter((id) => correct.includes(id)) },
      feedback,
    }));
  }),
  TRUE_FALSE: fc.tuple(fc.boolean(), feedbackFor(["true", "false"])).map(([correct, feedback]) => ({ options: {}, key: { correct }, feedback })),
  NUMERIC: fc
    .record({
      value: fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })),
      tolerance: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0.05, 0.1)),
      toleranceKind: fc.constantFrom("absolute" as const, "relative" as const),
      unit: fc.option(textArb, { nil: undefined }),
      wrong: fc.dictionary(fc.integer({ min: -1e6, max: 1e6 }).map(String), textArb, { maxKeys: 3 }),
    })
    .filter((n) => !Object.is(n.value, -0) && !Object.is(n.tolerance, -0) && (n.toleranceKind === "absolute" || n.tolerance === 0 || n.value !== 0))
    .map((n) => ({
      options: n.unit === undefined ? {} : { unit: n.unit },
      key: { value: n.value, tolerance: n.tolerance, toleranceKind: n.toleranceKind },
      feedback: Object.keys(n.wrong).length ? n.wrong : undefined,
    })),
  SHORT_TEXT: fc
    .record({
      accepted: fc.array(noArrow, { minLength: 1, maxLength: 4 }),
      wrong: fc.dictionary(noArrow, textArb, { maxKeys: 3 }),
      maxLength: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
    })
    .map((s) => ({
      options: s.maxLength ? { maxLength: s.maxLength } : {},
      key: { accepted: s.accepted },
      feedback: Object.keys(s.wrong).length ? s.wrong : undefined,
    })),
  MATCHING: fc
    .tuple(uniqueTexts(2, 5, noArrow), uniqueTexts(2, 5), fc.uniqueArray(idArb, { minLength: 10, maxLength: 10 }), fc.boolean())
    .chain(([prompts, answers, ids, customIds]) => {
      const promptIds = customIds ? ids.slice(0, prompts.length) : prompts.map((_, i) => `p${i + 1}`);
      const answerIds = ids.slice(5, 5 + answers.length);
      return fc.tuple(...promptIds.map(() => fc.constantFrom(...answerIds))).map((picked) => ({
        options: { prompts: prompts.map((text, i) => ({ id: promptIds[i], text })), answers: answers.map((text, i) => ({ id: answerIds[i], text })) },
        key: { pairs: Object.fromEntries(promptIds.map((p, i) => [p, picked[i]])) },
      }));
    }),
};

const questionArb = fc.constantFrom(...(Object.keys(contentArbs) as (keyof typeof contentArbs)[])).chain((type) =>
  fc
    .record({
      raw: contentArbs[type],
      stem: textArb,
      explanation: fc.oneof(fc.constant(""), textArb),
      code: fc.option(fc.integer({ min: 1, max: 99 }).map((n) => `Q${String(n).padStart(2, "0")}`), { nil: null }),
      points: fc.integer({ min: 1, max: 5 }),
      difficulty: fc.integer({ min: 1, max: 5 }),
      tags: fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 3 }),
      citations: fc.array(fc.record({ fact: fc.constantFrom("F1", "F4"), source: fc.constant("article"), quote: textArb }), { maxLength: 2 }),
    })
    .map(({ raw, ...rest }): GiftExportQuestion => {
      const parsed = parseQuestionContent(type, raw as { options: unknown; key: unknown; feedback?: unknown });
      if (!parsed.ok) throw new Error(`generated an invalid ${type}: ${parsed.errors.join("; ")}`);
      return { ...rest, content: parsed.content as QuestionContent };
    }),
);

describe("round trip", () => {
  it("escapes and unescapes any text", () => {
    fc.assert(fc.property(fc.string(), (t) => unescapeGift(escapeGift(t)) === t));
  });

  it("parse(write(questions)) gives the same content for every type GIFT can hold", () => {
    fc.assert(
      fc.property(fc.array(questionArb, { minLength: 1, maxLength: 4 }), (questions) => {
        const written = writeGift(questions, ["a heading"]);
        expect(written.skipped).toEqual([]);
        const read = parseGift(written.text);
        expect(read.errors.map(formatGiftMessage)).toEqual([]);
        expect(
          read.questions.map((q) => ({
            code: q.code,
            stem: q.stem,
            content: q.content,
            explanation: q.explanation,
            points: q.points,
            difficulty: q.difficulty,
            tags: q.tags,
            citations: q.citations,
          })),
        ).toEqual(questions.map((q) => ({ ...q, explanation: q.explanation.trim() })));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
