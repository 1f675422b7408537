import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyAnswer } from "@/lib/domain/answers";
import { parseQuestionContent, questionTypeNames as questionTypes, type QuestionContent, type QuestionType } from "@/lib/domain/question-types";
import { round2, scoreAnswer, scoreAttempt } from "@/lib/domain/scoring";
import { contentArb, fittingAnswerArb, questionArb } from "@/tests/unit/question-arbitraries";

function content<T extends QuestionType>(type: T, input: { options: unknown; key: unknown }): QuestionContent<T> {
  const parsed = parseQuestionContent(type, input);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.content as QuestionContent<T>;
}

const abcd = ["a", "b", "c", "d"].map((id) => ({ id, text: id }));
const single = content("SINGLE_CHOICE", { options: { choices: abcd }, key: { correct: "b" } });
const multi = content("MULTIPLE_SELECT", { options: { choices: abcd }, key: { correct: ["a", "c"] } });
const ordering = content("ORDERING", { options: { choices: abcd }, key: { order: ["a", "b", "c", "d"] } });
const fraction = (type: QuestionType, c: QuestionContent, answer: unknown) => scoreAnswer(type, c, answer, 1).fraction;

describe("scoreAnswer, for every type", () => {
  it("is tested on generated questions of all seven types", () => {
    expect(new Set(fc.sample(questionArb, 300).map((q) => q.type))).toEqual(new Set(questionTypes));
  });
  it("gives nothing for an absent answer", () => {
    fc.assert(
      fc.property(questionArb, fc.constantFrom(null, undefined), fc.integer({ min: 0, max: 10 }), ({ type, content: c }, absent, points) => {
        expect(scoreAnswer(type, c, absent, points)).toEqual({ fraction: 0, points: 0, correct: false });
      }),
      { numRuns: 200 },
    );
  });

  it("gives full credit to the key itself", () => {
    fc.assert(
      fc.property(questionArb, fc.integer({ min: 0, max: 400 }), ({ type, content: c }, quarters) => {
        const points = quarters / 4;
        expect(scoreAnswer(type, c, keyAnswer(type, c), points)).toEqual({ fraction: 1, points, correct: true });
      }),
      { numRuns: 400 },
    );
  });

  it("keeps the fraction in [0, 1] and the points consistent with it, even for junk answers", () => {
    const answered = questionArb.chain((q) => fc.tuple(fc.constant(q), fc.oneof(fittingAnswerArb(q.type, q.content), fc.anything())));
    fc.assert(
      fc.property(answered, fc.double({ min: 0, max: 1000, noNaN: true }), ([{ type, content: c }, answer], points) => {
        const s = scoreAnswer(type, c, answer, points);
        expect(s.fraction).toBeGreaterThanOrEqual(0);
        expect(s.fraction).toBeLessThanOrEqual(1);
        expect(s.points).toBe(round2(s.fraction * points));
        expect(s.correct).toBe(s.fraction === 1);
      }),
      { numRuns: 500 },
    );
  });

  it("scores an answer of another type's shape as 0 instead of throwing", () => {
    expect(scoreAnswer("SINGLE_CHOICE", single, { choices: ["b"] }, 1).fraction).toBe(0);
    expect(scoreAnswer("MULTIPLE_SELECT", multi, { choice: "a" }, 1).fraction).toBe(0);
    expect(scoreAnswer("ORDERING", ordering, { order: "abcd" }, 1).fraction).toBe(0);
  });

  it("rounds points to 2 decimals and refuses impossible points", () => {
    const three = content("MULTIPLE_SELECT", { options: { choices: abcd }, key: { correct: ["a", "b", "c"] } });
    expect(scoreAnswer("MULTIPLE_SELECT", three, { choices: ["a"] }, 2)).toEqual({ fraction: 1 / 3, points: 0.67, correct: false });
    expect(round2(1.005)).toBe(1.01);
    expect(round2(0.285)).toBe(0.29);
    for (const bad of [-1, Number.NaN, Infinity]) expect(() => scoreAnswer("SINGLE_CHOICE", single, null, bad)).toThrow(RangeError);
  });
});

describe("SINGLE_CHOICE and TRUE_FALSE", () => {
  it("are all or nothing", () => {
    expect(fraction("SINGLE_CHOICE", single, { choice: "b" })).toBe(1);
    expect(fraction("SINGLE_CHOICE", single, { choice: "a" })).toBe(0);
    const tf = content("TRUE_FALSE", { options: {}, key: { correct: false } });
    expect(fraction("TRUE_FALSE", tf, { value: false })).toBe(1);
    expect(fraction("TRUE_FALSE", tf, { value: true })).toBe(0);
    fc.assert(
      fc.property(
        fc.constantFrom("SINGLE_CHOICE" as const, "TRUE_FALSE" as const).chain((type) =>
          contentArb(type).chain((c) => fc.tuple(fc.constant(type), fc.constant(c), fittingAnswerArb(type, c))),
        ),
        ([type, c, answer]) => {
          expect([0, 1]).toContain(fraction(type, c, answer));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("MULTIPLE_SELECT", () => {
  it.each([
    [["a", "c"], 1],
    [["c"], 0.5],
    [["a", "b"], 0],
    [["a", "c", "b"], 0.5],
    [["a", "b", "c", "d"], 0],
    [["b", "d"], 0],
    [[], 0],
  ])("scores picks %j as %d (right minus wrong over correct, floored at 0)", (choices, expected) => {
    expect(fraction("MULTIPLE_SELECT", multi, { choices })).toBe(expected);
  });

  const withPicks = contentArb("MULTIPLE_SELECT").chain((c) => {
    const ids = c.options.choices.map((o) => o.id);
    return fc.tuple(fc.constant(c), fc.shuffledSubarray(ids), fc.constantFrom(...ids));
  });

  it("never rises when a wrong pick is added, never falls when a right pick is added", () => {
    fc.assert(
      fc.property(withPicks, ([c, picks, extra]) => {
        fc.pre(!picks.includes(extra));
        const before = fraction("MULTIPLE_SELECT", c, { choices: picks });
        const after = fraction("MULTIPLE_SELECT", c, { choices: [...picks, extra] });
        if (c.key.correct.includes(extra)) expect(after).toBeGreaterThanOrEqual(before);
        else expect(after).toBeLessThanOrEqual(before);
      }),
      { numRuns: 400 },
    );
  });

  it("gives full credit only to exactly the correct set", () => {
    fc.assert(
      fc.property(withPicks, ([c, picks]) => {
        const exact = picks.length === c.key.correct.length && c.key.correct.every((k) => picks.includes(k));
        expect(fraction("MULTIPLE_SELECT", c, { choices: picks }) === 1).toBe(exact);
      }),
      { numRuns: 300 },
    );
  });
});

describe("NUMERIC", () => {
  const numeric = (value: number, tolerance: number, toleranceKind: "absolute" | "relative") =>
    content("NUMERIC", { options: {}, key: { value, tolerance, toleranceKind } });

  it("accepts answers within an absolute or relative tolerance, edges included", () => {
    const hours = numeric(3, 0.25, "absolute");
    expect([2.75, 3, 3.25, 3.26, 2.7].map((value) => fraction("NUMERIC", hours, { value }))).toEqual([1, 1, 1, 0, 0]);
    const children = numeric(600, 0.05, "relative");
    expect([570, 630, 569.9, 630.1].map((value) => fraction("NUMERIC", children, { value }))).toEqual([1, 1, 0, 0]);
    const exact = numeric(41, 0, "absolute");
    expect([41, 41.000001, 40].map((value) => fraction("NUMERIC", exact, { value }))).toEqual([1, 0, 0]);
    expect(fraction("NUMERIC", numeric(0.3, 0, "absolute"), { value: 0.1 + 0.2 })).toBe(1);
    expect(fraction("NUMERIC", numeric(0, 0, "absolute"), { value: 1e-12 })).toBe(0);
  });

  it("is symmetric around the value", () => {
    const quarters = (max: number) => fc.integer({ min: -max, max }).map((n) => n / 4);
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), quarters(4000), fc.nat(400), fc.boolean(), (value, d, t, relative) => {
        const c = relative ? numeric(value, t / 1000, "relative") : numeric(value, t / 4, "absolute");
        expect(fraction("NUMERIC", c, { value: value + d })).toBe(fraction("NUMERIC", c, { value: value - d }));
      }),
      { numRuns: 400 },
    );
  });

  it("gives 1 inside the tolerance and 0 clearly outside it", () => {
    const key = fc.record({
      value: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      tolerance: fc.double({ min: 0, max: 50, noNaN: true }),
      kind: fc.constantFrom("absolute" as const, "relative" as const),
    });
    fc.assert(
      fc.property(key, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(-1, 1), ({ value, tolerance, kind }, t, side) => {
        const tol = kind === "relative" ? tolerance / 50 : tolerance;
        const allowed = kind === "relative" ? tol * Math.abs(value) : tol;
        const c = numeric(value, tol, kind);
        expect(fraction("NUMERIC", c, { value: value + side * t * allowed })).toBe(1);
        const gap = 1e-6 * Math.max(Math.abs(value), allowed, 1);
        expect(fraction("NUMERIC", c, { value: value + side * (allowed + gap) })).toBe(0);
      }),
      { numRuns: 400 },
    );
  });
});

describe("ORDERING", () => {
  it.each([
    [["a", "b", "c", "d"], 1],
    [["d", "c", "b", "a"], 0],
    [["a", "b", "d", "c"], 5 / 6],
    [["b", "a", "c", "d"], 5 / 6],
    [["a", "b"], 1 / 6],
    [["a", "b", "c"], 3 / 6],
    [[], 0],
  ])("scores %j as %d of the key's ordered pairs", (order, expected) => {
    expect(fraction("ORDERING", ordering, { order })).toBeCloseTo(expected, 12);
  });

  const permuted = contentArb("ORDERING").chain((c) => fc.tuple(fc.constant(c), fc.shuffledSubarray(c.key.order, { minLength: c.key.order.length })));

  it("scores a permutation in [0, 1], 1 only for the key order, and it and its reverse sum to 1", () => {
    fc.assert(
      fc.property(permuted, ([c, order]) => {
        const f = fraction("ORDERING", c, { order });
        expect(f).toBeGreaterThanOrEqual(0);
        expect(f).toBeLessThanOrEqual(1);
        expect(f === 1).toBe(order.every((id, i) => id === c.key.order[i]));
        expect(f + fraction("ORDERING", c, { order: [...order].reverse() })).toBeCloseTo(1, 12);
      }),
      { numRuns: 400 },
    );
  });

  it("never rises when an item is left out", () => {
    fc.assert(
      fc.property(permuted, fc.nat(), ([c, order], i) => {
        const shorter = order.filter((_, j) => j !== i % order.length);
        expect(fraction("ORDERING", c, { order: shorter })).toBeLessThanOrEqual(fraction("ORDERING", c, { order }));
        expect(fraction("ORDERING", c, { order: shorter })).toBeLessThan(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("MATCHING", () => {
  it("scores the share of prompts matched to the key's answer", () => {
    const matched = contentArb("MATCHING").chain((c) =>
      fc.tuple(fc.constant(c), fc.array(fc.constantFrom("right", "wrong", "blank"), { minLength: c.options.prompts.length, maxLength: c.options.prompts.length })),
    );
    fc.assert(
      fc.property(matched, ([c, plan]) => {
        const prompts = c.options.prompts.map((p) => p.id);
        const pairs: Record<string, string> = {};
        prompts.forEach((p, i) => {
          const other = c.options.answers.find((a) => a.id !== c.key.pairs[p])!.id;
          if (plan[i] !== "blank") pairs[p] = plan[i] === "right" ? c.key.pairs[p] : other;
        });
        const right = plan.filter((x) => x === "right").length;
        expect(fraction("MATCHING", c, { pairs })).toBeCloseTo(right / prompts.length, 12);
      }),
      { numRuns: 400 },
    );
  });
});

describe("scoreAttempt", () => {
  const item = questionArb.chain((q) =>
    fc.record({
      type: fc.constant(q.type),
      content: fc.constant(q.content),
      answer: fc.oneof(fc.constant(null), fc.constant(keyAnswer(q.type, q.content)), fittingAnswerArb(q.type, q.content)),
      points: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 10, noNaN: true })),
    }),
  );

  it("totals rounded item points, with score never above maxScore", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const result = scoreAttempt(items);
        expect(result.items).toHaveLength(items.length);
        expect(result.score).toBeLessThanOrEqual(result.maxScore);
        expect(result.score).toBe(round2(result.items.reduce((s, i) => s + i.points, 0)));
        expect(result.maxScore).toBe(round2(items.reduce((s, i) => s + round2(i.points), 0)));
        const allKeys = scoreAttempt(items.map((i) => ({ ...i, answer: keyAnswer(i.type, i.content) })));
        expect(allKeys.score).toBe(allKeys.maxScore);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps score ≤ maxScore when tiny points round up", () => {
    const tiny = { type: "SINGLE_CHOICE" as const, content: single, answer: { choice: "b" }, points: 0.005 };
    expect(scoreAttempt([tiny, tiny, tiny])).toMatchObject({ score: 0.03, maxScore: 0.03 });
    expect(scoreAttempt([])).toEqual({ score: 0, maxScore: 0, items: [] });
  });
});
