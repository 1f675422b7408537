import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  factMastery,
  flagsFor,
  groupSize,
  hasPopularWrongOption,
  itemStatistics,
  pearson,
  rankByTotal,
  type AttemptScores,
} from "@/lib/domain/item-analysis";

// The worked example: four attempts, q1 worth 1 point, q2 worth 2.
//   a: q1 1/1, q2 2/2 → total 3
//   b: q1 1/1, q2 1/2 → total 2
//   c: q1 0/1, q2 2/2 → total 2
//   d: q1 0/1, q2 0/2 → total 0
const attempt = (id: string, q1: number, q2: number): AttemptScores => ({
  id,
  items: [
    { item: "q1", score: q1, points: 1 },
    { item: "q2", score: q2, points: 2 },
  ],
});
const example = [attempt("d", 0, 0), attempt("c", 0, 2), attempt("a", 1, 2), attempt("b", 1, 1)];

describe("groupSize", () => {
  it("is ceil(27% of n), at least 1", () => {
    expect(groupSize(0)).toBe(0);
    expect(groupSize(1)).toBe(1); // 0.27 → 1
    expect(groupSize(3)).toBe(1); // 0.81 → 1
    expect(groupSize(4)).toBe(2); // 1.08 → 2
    expect(groupSize(10)).toBe(3); // 2.7 → 3
    expect(groupSize(12)).toBe(4); // 3.24 → 4
    expect(groupSize(100)).toBe(27);
    expect(groupSize(1000)).toBe(270);
  });
});

describe("rankByTotal", () => {
  it("ranks by total, highest first, ties by id", () => {
    // b and c both total 2: b before c.
    expect(rankByTotal(example).map((a) => a.id)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("itemStatistics on the worked example", () => {
  const [q1, q2] = itemStatistics(example);

  it("facility is the mean of score / points", () => {
    expect(q1.facility).toBe(0.5); // (1 + 1 + 0 + 0) / 4
    expect(q2.facility).toBe(0.625); // (1 + 0.5 + 1 + 0) / 4 = 2.5 / 4
    expect(q1.n).toBe(4);
  });

  it("D compares the upper and lower ceil(27%) = 2 attempts", () => {
    // upper {a, b}, lower {c, d}
    expect(q1.discrimination).toBe(1); // (1 + 1)/2 − (0 + 0)/2
    expect(q2.discrimination).toBe(0.25); // (1 + 0.5)/2 − (1 + 0)/2 = 0.75 − 0.5
  });

  it("the tie rule decides D: with c ranked above b the upper group changes", () => {
    // Rename b to "e" (after c): upper {a, c}, lower {e, d}; q1: (1 + 0)/2 − (1 + 0)/2 = 0.
    const swapped = example.map((a) => (a.id === "b" ? { ...a, id: "e" } : a));
    expect(itemStatistics(swapped)[0].discrimination).toBe(0);
  });

  it("point-biserial correlates the item with the rest of the test (total minus the item)", () => {
    // q1: x = [1, 1, 0, 0] (a, b, c, d), rest = [3−1, 2−1, 2−0, 0−0] = [2, 1, 2, 0]
    //   means 0.5 and 1.25; Σdx·dy = 0.375 − 0.125 − 0.375 + 0.625 = 0.5;
    //   Σdx² = 4 × 0.25 = 1; Σdy² = 0.5625 + 0.0625 + 0.5625 + 1.5625 = 2.75
    //   r = 0.5 / √(1 × 2.75) = 0.301511…
    expect(q1.pointBiserial).toBeCloseTo(0.5 / Math.sqrt(2.75), 12);
    expect(q1.pointBiserial).toBeCloseTo(0.301511, 6);
    // q2: x = [2, 1, 2, 0], rest = [1, 1, 0, 0]: the same sums, mirrored → 0.301511…
    expect(q2.pointBiserial).toBeCloseTo(0.301511, 6);
  });

  it("a question everyone got right has facility 1, D 0 and no correlation", () => {
    const all = [attempt("a", 1, 0), attempt("b", 1, 2), attempt("c", 1, 1)];
    expect(itemStatistics(all)[0]).toEqual({ item: "q1", n: 3, facility: 1, discrimination: 0, pointBiserial: null });
  });

  it("one attempt: both groups are that attempt", () => {
    expect(itemStatistics([attempt("a", 1, 1)])[0]).toEqual({ item: "q1", n: 1, facility: 1, discrimination: 0, pointBiserial: null });
  });

  it("totals are added to the cent: 0.33 + 0.67 ties with 1", () => {
    const x: AttemptScores = { id: "x", items: [{ item: "p", score: 0.33, points: 1 }, { item: "q", score: 0.67, points: 1 }] };
    const y: AttemptScores = { id: "y", items: [{ item: "p", score: 1, points: 1 }, { item: "q", score: 0, points: 1 }] };
    expect(rankByTotal([y, x]).map((a) => a.id)).toEqual(["x", "y"]);
  });
});

describe("pearson", () => {
  it("is 1 and -1 on straight lines, null without variance", () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 1, 1], [3, 2, 1])).toBeNull();
    expect(pearson([1], [1])).toBeNull();
  });
});

describe("factMastery", () => {
  it("averages each attempt's share on the fact's questions, weakest fact first", () => {
    // F1 is cited by q1 and q2, F2 by q2 only.
    //   F1: a mean(1, 1) = 1, b mean(1, 0.5) = 0.75, c mean(0, 1) = 0.5, d 0 → (1 + 0.75 + 0.5 + 0)/4 = 0.5625
    //   F2: a 1, b 0.5, c 1, d 0 → 2.5/4 = 0.625
    expect(factMastery(example, { q1: ["F1"], q2: ["F1", "F2"] })).toEqual([
      { fact: "F1", n: 4, mastery: 0.5625 },
      { fact: "F2", n: 4, mastery: 0.625 },
    ]);
  });

  it("counts a question once per fact even when it cites two of its pieces of evidence", () => {
    expect(factMastery(example, { q1: ["F1", "F1"] })).toEqual([{ fact: "F1", n: 4, mastery: 0.5 }]);
  });
});

describe("flags", () => {
  const stats = { n: 12, facility: 0.6, discrimination: 0.4, pointBiserial: 0.35 };
  it("judges discrimination only from 10 attempts", () => {
    expect(flagsFor({ ...stats, n: 9, discrimination: 0 }, false)).toEqual(["too-few-attempts"]);
    expect(flagsFor({ ...stats, n: 10, discrimination: 0.19 }, false)).toEqual(["low-discrimination"]);
    expect(flagsFor({ ...stats, pointBiserial: 0.1 }, false)).toEqual(["low-discrimination"]);
    expect(flagsFor({ ...stats, discrimination: 0.2, pointBiserial: 0.2 }, false)).toEqual([]);
  });
  it("marks very easy (> 0.9) and very hard (< 0.2) questions, and popular wrong options", () => {
    expect(flagsFor({ ...stats, facility: 0.95 }, false)).toEqual(["very-easy"]);
    expect(flagsFor({ ...stats, facility: 0.9 }, false)).toEqual([]);
    expect(flagsFor({ ...stats, facility: 0.1 }, true)).toEqual(["popular-wrong-option", "very-hard"]);
    expect(flagsFor({ ...stats, facility: 0.2 }, false)).toEqual([]);
    expect(flagsFor({ n: 0, facility: null, discrimination: null, pointBiserial: null }, true)).toEqual([]);
  });
  it("a wrong option is popular at 30% of the attempts, or when chosen more than the key", () => {
    const rows = (key: number, wrong: number) => ({
      kind: "choices" as const,
      answered: key + wrong,
      unanswered: 0,
      others: 0,
      rows: [
        { label: "right", count: key, keyed: true },
        { label: "wrong", count: wrong, keyed: false },
      ],
    });
    expect(hasPopularWrongOption(rows(7, 3), 10)).toBe(true); // 3/10 = 30%
    expect(hasPopularWrongOption(rows(8, 2), 10)).toBe(false); // 20%, fewer than the key
    expect(hasPopularWrongOption(rows(1, 2), 10)).toBe(true); // 2 > 1
    expect(hasPopularWrongOption({ kind: "parts", answered: 3, unanswered: 0, rows: [{ label: "1", correct: 0 }] }, 3)).toBe(false);
  });
});

describe("properties", () => {
  const attemptsArb = fc
    .uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 30 })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((id) =>
          fc
            .array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 300 })), { minLength: 4, maxLength: 4 })
            .map((cells) => ({ id, items: cells.map(([points, cents], i) => ({ item: `q${i}`, points: points * (i + 1), score: Math.min(cents / 100, points * (i + 1)) })) })),
        ),
      ),
    );

  it("facility in [0, 1], D in [-1, 1], r in [-1, 1] or null; order of input does not matter", () => {
    fc.assert(
      fc.property(attemptsArb, (attempts) => {
        const stats = itemStatistics(attempts);
        for (const s of stats) {
          expect(s.facility!).toBeGreaterThanOrEqual(0);
          expect(s.facility!).toBeLessThanOrEqual(1);
          expect(s.discrimination!).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(s.discrimination!).toBeLessThanOrEqual(1 + 1e-12);
          if (s.pointBiserial !== null) expect(Math.abs(s.pointBiserial)).toBeLessThanOrEqual(1);
        }
        expect(itemStatistics([...attempts].reverse())).toEqual(stats);
      }),
    );
  });

  it("r is null when an item's score does not vary", () => {
    fc.assert(
      fc.property(attemptsArb, (attempts) => {
        const fixed = attempts.map((a) => ({ ...a, items: a.items.map((s, i) => (i === 0 ? { ...s, score: 0 } : s)) }));
        expect(itemStatistics(fixed)[0].pointBiserial).toBeNull();
      }),
    );
  });

  it("fact mastery of a fact with one question is that question's facility", () => {
    fc.assert(
      fc.property(attemptsArb, (attempts) => {
        const [mastery] = factMastery(attempts, { q2: ["F"] });
        expect(mastery.mastery).toBeCloseTo(itemStatistics(attempts)[2].facility!, 12);
      }),
    );
  });
});
