import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestFraction, studentStanding } from "@/lib/domain/assignment-state";

const at = (iso: string) => new Date(iso);
const assignment = { opensAt: at("2025-09-01T08:00:00Z"), dueAt: at("2025-09-08T08:00:00Z"), maxAttempts: 2 };
const inWindow = at("2025-09-03T08:00:00Z");

describe("studentStanding", () => {
  it.each([
    ["before it opens", at("2025-08-31T08:00:00Z"), [], null, "not-open-yet"],
    ["in its window", inWindow, [], null, "open"],
    ["with an attempt going on, even past the due time", at("2025-09-09T08:00:00Z"), [{ status: "IN_PROGRESS" as const }], null, "in-progress"],
    ["after the due time", at("2025-09-09T08:00:00Z"), [], null, "closed"],
    ["after the due time, with a later extension", at("2025-09-09T08:00:00Z"), [], { dueAt: at("2025-09-10T08:00:00Z"), extraAttempts: 0 }, "open"],
    ["with every attempt used", inWindow, [{ status: "SUBMITTED" as const }, { status: "SUBMITTED" as const }], null, "no-attempts-left"],
    ["with every attempt used but one extra", inWindow, [{ status: "SUBMITTED" as const }, { status: "SUBMITTED" as const }], { dueAt: null, extraAttempts: 1 }, "open"],
  ])("%s", (_label, now, attempts, extension, state) => {
    expect(studentStanding({ now, assignment, extension, attempts }).state).toBe(state);
  });

  it("never offers a start when no attempt is left, and always resumes one in progress", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), (submitted, maxAttempts, going) => {
        const attempts = [...Array.from({ length: submitted }, () => ({ status: "SUBMITTED" as const })), ...(going ? [{ status: "IN_PROGRESS" as const }] : [])];
        const { state, attemptsLeft } = studentStanding({ now: inWindow, assignment: { ...assignment, maxAttempts }, extension: null, attempts });
        if (going) expect(state).toBe("in-progress");
        else if (attemptsLeft <= 0) expect(state).toBe("no-attempts-left");
        else expect(state).toBe("open");
      }),
    );
  });
});

describe("bestFraction", () => {
  it("is the best share over submitted attempts, and null before any", () => {
    expect(bestFraction([])).toBeNull();
    expect(bestFraction([{ status: "IN_PROGRESS", score: null, maxScore: null }])).toBeNull();
    expect(
      bestFraction([
        { status: "SUBMITTED", score: 3, maxScore: 12 },
        { status: "SUBMITTED", score: 9, maxScore: 12 },
        { status: "IN_PROGRESS", score: null, maxScore: null },
      ]),
    ).toBe(0.75);
  });
});
