import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { questionAfter } from "@/lib/domain/navigation";

describe("questionAfter", () => {
  it.each([
    ["next", [0], 5, 2],
    ["next", [4], 5, 5],
    ["prev", [0], 5, 1],
    ["prev", [3], 5, 3],
    ["stay", [2], 5, 3],
    ["q4", [0], 5, 4],
    ["q99", [0], 5, 5],
    ["q0", [2], 5, 1],
    ["next", [0, 1, 2, 3, 4], 5, 2],
  ] as const)("%s from %j of %i questions is question %i", (go, positions, count, expected) => {
    expect(questionAfter(go, [...positions], count)).toBe(expected);
  });

  it("always lands on a question that exists", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("next", "prev", "stay", "q1", "q7", "q999") as fc.Arbitrary<"next" | "prev" | "stay" | `q${number}`>,
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 40 }),
        (go, positions, count) => {
          const n = questionAfter(go, positions, count);
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThanOrEqual(count);
        },
      ),
    );
  });
});
