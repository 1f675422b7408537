import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countedFraction, type ScoredAttempt } from "@/lib/domain/score-policy";

const at = (minute: number, score: number, maxScore = 10, status = "SUBMITTED"): ScoredAttempt => ({
  status,
  score,
  maxScore,
  submittedAt: new Date(Date.UTC(2025, 7, 15, 12, minute)),
});

describe("countedFraction", () => {
  const attempts = [at(3, 4), at(1, 9), at(2, 5, 10, "IN_PROGRESS")];

  it("counts only submitted attempts, by submission time", () => {
    expect(countedFraction("BEST", attempts)).toBe(0.9);
    expect(countedFraction("LAST", attempts)).toBe(0.4);
    expect(countedFraction("AVERAGE", attempts)).toBeCloseTo(0.65, 10);
  });

  it("is null before any submitted attempt", () => {
    for (const policy of ["BEST", "LAST", "AVERAGE"] as const) expect(countedFraction(policy, [at(1, 3, 10, "IN_PROGRESS")])).toBeNull();
  });

  it("averages shares, not points, when maxima differ", () => {
    expect(countedFraction("AVERAGE", [at(1, 1, 2), at(2, 10, 10)])).toBe(0.75);
  });

  it("always lies between the lowest and the highest share, and best ≥ average", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 20 })), { minLength: 1, maxLength: 8 }), (pairs) => {
        const list = pairs.map(([s, m], i) => at(i, Math.min(s, m), m));
        const shares = list.map((a) => a.score! / a.maxScore!);
        for (const policy of ["BEST", "LAST", "AVERAGE"] as const) {
          const value = countedFraction(policy, list)!;
          expect(value).toBeGreaterThanOrEqual(Math.min(...shares) - 1e-12);
          expect(value).toBeLessThanOrEqual(Math.max(...shares) + 1e-12);
        }
        expect(countedFraction("BEST", list)!).toBeGreaterThanOrEqual(countedFraction("AVERAGE", list)! - 1e-12);
      }),
    );
  });
});
