import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compareMastery, isMissed, masteryOf } from "@/lib/domain/mastery";

describe("mastery", () => {
  it("leaves blanks out: not answered is not wrong", () => {
    expect(masteryOf({ answered: 2, correct: 1, notAnswered: 5 })).toBe(0.5);
    expect(masteryOf({ answered: 0, correct: 0, notAnswered: 3 })).toBeNull();
  });

  it("counts a fact as missed when an answer on it was wrong or left blank", () => {
    expect(isMissed({ answered: 2, correct: 2, notAnswered: 0 })).toBe(false);
    expect(isMissed({ answered: 2, correct: 1, notAnswered: 0 })).toBe(true);
    expect(isMissed({ answered: 2, correct: 2, notAnswered: 1 })).toBe(true);
    expect(isMissed({ answered: 0, correct: 0, notAnswered: 1 })).toBe(true);
  });

  it("orders measured facts weakest first, then facts with only blanks", () => {
    const facts = [
      { code: "F3", answered: 0, correct: 0, notAnswered: 2 },
      { code: "F1", answered: 4, correct: 4, notAnswered: 0 },
      { code: "F2", answered: 2, correct: 0, notAnswered: 1 },
    ];
    expect([...facts].sort(compareMastery).map((f) => f.code)).toEqual(["F2", "F1", "F3"]);
  });

  it("sorts consistently (an order, whatever the counts)", () => {
    const counts = fc.record({ code: fc.constantFrom("F1", "F2", "F10", null), answered: fc.nat(5), notAnswered: fc.nat(5), correct: fc.nat(5) }).map((c) => ({ ...c, correct: Math.min(c.correct, c.answered) }));
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        expect(Math.sign(compareMastery(a, b))).toBe(-Math.sign(compareMastery(b, a)) || 0);
      }),
    );
  });
});
