import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreAnswer } from "@/lib/domain/scoring";
import { orderingCredit, pairsSentence, placesSentence } from "@/lib/domain/question-types/ordering-credit";
import { contentArb, fittingAnswerArb } from "./question-arbitraries";
import type { QuestionContent } from "@/lib/domain/question-types";

const key = { order: ["a", "b", "c", "d", "e"] };

describe("orderingCredit", () => {
  it("explains the issue's case: 2 of 5 places right still earns most of the points by pairs", () => {
    // Places 1 and 4 right; a before everything, c before d and e: 6 of the 10 pairs.
    const credit = orderingCredit(key, { order: ["a", "c", "e", "d", "b"] }, 2);
    expect(credit.placesRight).toEqual([1, 4]);
    expect(credit.pairsKept).toBe(6);
    expect(credit.pairsTotal).toBe(10);
    expect(placesSentence(credit)).toBe("2 of 5 places exactly right (places 1 and 4).");
    expect(pairsSentence(credit)).toBe("6 of 10 pairs in the right order → 1.2 of 2 points.");
  });

  it("says so when every place or none is right, and counts a missing item as breaking its pairs", () => {
    expect(placesSentence(orderingCredit(key, key, 1))).toBe("All 5 places are right.");
    expect(pairsSentence(orderingCredit(key, key, 1))).toBe("10 of 10 pairs in the right order → 1 of 1 point.");
    const reversed = orderingCredit(key, { order: ["e", "d", "c", "b", "a"] }, 3);
    expect(placesSentence(reversed)).toBe("1 of 5 places exactly right (place 3).");
    expect(pairsSentence(reversed)).toBe("0 of 10 pairs in the right order → 0 of 3 points.");
    const partial = orderingCredit(key, { order: ["a", "b"] }, 1);
    expect(partial).toMatchObject({ pairsKept: 1, pairsTotal: 10, placesRight: [1, 2], earned: 0.1 });
    expect(placesSentence(orderingCredit({ order: ["a", "b"] }, { order: ["b", "a"] }, 1))).toBe("None of the 2 places is exactly right.");
  });

  it("agrees with the score for random orders, complete or not, and any points", () => {
    const case_ = contentArb("ORDERING").chain((c) =>
      fc.tuple(fc.constant(c), fittingAnswerArb("ORDERING", c) as fc.Arbitrary<{ order: string[] }>, fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100)),
    );
    fc.assert(
      fc.property(case_, ([content, answer, points]) => {
        const credit = orderingCredit(content.key, answer, points);
        const scored = scoreAnswer("ORDERING", content as QuestionContent<"ORDERING">, answer, points);
        expect(credit.earned).toBe(scored.points);
        expect(credit.pairsKept / credit.pairsTotal).toBeCloseTo(scored.fraction, 12);
        expect(credit.pairsTotal).toBe((content.key.order.length * (content.key.order.length - 1)) / 2);
        // A place is right exactly when the answer has the key's item there.
        expect(credit.placesRight).toEqual(content.key.order.flatMap((id, i) => (answer.order[i] === id ? [i + 1] : [])));
        expect(pairsSentence(credit)).toContain(`${credit.pairsKept} of ${credit.pairsTotal} pairs`);
      }),
    );
  });
});
