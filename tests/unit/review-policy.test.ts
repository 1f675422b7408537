import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reviewPolicyFor, reviewVisibility, type ReviewPolicy, type ReviewVisibility } from "@/lib/domain/review-policy";

const due = new Date("2025-09-01T12:00:00Z");
const before = new Date("2025-09-01T11:59:59.999Z");
const policies: ReviewPolicy[] = ["IMMEDIATELY", "AFTER_DUE", "NEVER"];
const none: ReviewVisibility = { score: false, answers: false, key: false, feedback: false, explanations: false };
const own: ReviewVisibility = { score: true, answers: true, key: false, feedback: false, explanations: false };
const all: ReviewVisibility = { score: true, answers: true, key: true, feedback: true, explanations: true };

const dateArb = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms));
const inputArb = fc.record({
  policy: fc.constantFrom(...policies),
  attemptSubmitted: fc.boolean(),
  now: dateArb,
  dueAt: fc.option(dateArb, { nil: null }),
});

describe("reviewVisibility", () => {
  it.each([
    ["IMMEDIATELY", before, due, all],
    ["IMMEDIATELY", before, null, all],
    ["AFTER_DUE", before, due, own],
    ["AFTER_DUE", due, due, all],
    ["AFTER_DUE", new Date("2026-01-01T00:00:00Z"), null, own],
    ["NEVER", new Date("2030-01-01T00:00:00Z"), due, own],
  ] as const)("after submit, %s at %s with due %s shows %j", (policy, now, dueAt, expected) => {
    expect(reviewVisibility({ policy, attemptSubmitted: true, now, dueAt })).toEqual(expected);
  });

  it("reveals nothing while the attempt is in progress, whatever the other inputs", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(reviewVisibility({ ...input, attemptSubmitted: false })).toEqual(none);
      }),
      { numRuns: 300 },
    );
  });

  it("never shows the key, feedback or explanations without the score and the student's answers", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const v = reviewVisibility(input);
        if (v.key || v.feedback || v.explanations) expect(v.score && v.answers).toBe(true);
        expect(v.key).toBe(v.feedback);
        expect(v.key).toBe(v.explanations);
        if (input.policy === "NEVER") expect(v.key).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("only ever reveals more as time passes under AFTER_DUE", () => {
    fc.assert(
      fc.property(inputArb, fc.nat(400 * 86_400_000), (input, later) => {
        const earlier = reviewVisibility({ ...input, policy: "AFTER_DUE" });
        const after = reviewVisibility({ ...input, policy: "AFTER_DUE", now: new Date(input.now.getTime() + later) });
        for (const field of Object.keys(none) as (keyof ReviewVisibility)[]) {
          if (earlier[field]) expect(after[field]).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("returns a fresh object each time, so a caller cannot widen a shared default", () => {
    const first = reviewVisibility({ policy: "NEVER", attemptSubmitted: true, now: due, dueAt: null });
    first.key = true;
    expect(reviewVisibility({ policy: "NEVER", attemptSubmitted: true, now: due, dueAt: null }).key).toBe(false);
  });
});

describe("reviewPolicyFor", () => {
  it("uses the assignment's policy, and IMMEDIATELY for practice sets", () => {
    expect(reviewPolicyFor(null)).toBe("IMMEDIATELY");
    for (const policy of policies) expect(reviewPolicyFor({ reviewPolicy: policy })).toBe(policy);
  });
});
