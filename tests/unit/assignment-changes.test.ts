import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deadlineAfterChange, describeChanges, type AssignmentSettings } from "@/lib/domain/assignment-changes";

const base: AssignmentSettings = {
  title: "Summit quiz",
  opensAt: new Date("2025-09-01T08:00:00Z"),
  dueAt: new Date("2025-09-08T08:00:00Z"),
  maxAttempts: 3,
  timeLimitSeconds: 1200,
  scorePolicy: "BEST",
  reviewPolicy: "IMMEDIATELY",
  shuffleQuestions: false,
  shuffleOptions: true,
};
const counts = { inProgress: 2, submitted: 5 };

describe("describeChanges", () => {
  it("says nothing when there are no attempts, or nothing that matters changed", () => {
    expect(describeChanges(base, { ...base, dueAt: new Date("2025-09-01T09:00:00Z"), maxAttempts: 1 }, { inProgress: 0, submitted: 0 })).toEqual([]);
    expect(describeChanges(base, { ...base, title: "Renamed" }, counts)).toEqual([]);
  });

  it("gives attempts in progress more time, never less", () => {
    expect(describeChanges(base, { ...base, dueAt: new Date("2025-09-09T08:00:00Z") }, counts)).toEqual([
      "2 attempts in progress get the extra time: their deadlines move later, never earlier.",
    ]);
    expect(describeChanges(base, { ...base, timeLimitSeconds: null }, { inProgress: 1, submitted: 0 })).toEqual([
      "1 attempt in progress get the extra time: their deadlines move later, never earlier.",
    ]);
    expect(describeChanges(base, { ...base, timeLimitSeconds: 600 }, counts)).toEqual([
      "2 attempts in progress keep their current deadline; the shorter time limit applies to attempts started from now on.",
    ]);
    expect(describeChanges(base, { ...base, dueAt: new Date("2025-09-07T08:00:00Z"), timeLimitSeconds: 60 }, counts)).toEqual([
      "2 attempts in progress keep their current deadline; the earlier due time and shorter time limit applies to attempts started from now on.",
    ]);
    expect(describeChanges(base, { ...base, timeLimitSeconds: 600 }, { inProgress: 0, submitted: 3 })).toEqual([]);
  });

  it("never removes attempts when fewer are allowed", () => {
    expect(describeChanges(base, { ...base, maxAttempts: 1 }, counts)).toEqual([
      "Fewer attempts allowed: no attempt is removed (7 attempts so far); a student who has used 1 or more cannot start another.",
    ]);
    expect(describeChanges(base, { ...base, maxAttempts: null }, counts)).toEqual(["More attempts allowed: students who had used all of theirs can start again."]);
  });

  it("recomputes counted scores when the score policy changes, and names the review policy", () => {
    expect(describeChanges(base, { ...base, scorePolicy: "AVERAGE" }, counts)).toEqual([
      "Every student's counted score is recomputed from 5 attempts submitted (best attempt → average of attempts): grades may change.",
    ]);
    expect(describeChanges(base, { ...base, scorePolicy: "LAST" }, { inProgress: 1, submitted: 0 })).toEqual([]);
    expect(describeChanges(base, { ...base, reviewPolicy: "NEVER" }, counts)).toEqual([
      "Reviews of the 5 attempts already submitted follow the new policy at once: students see them never.",
    ]);
  });

  it("keeps the order of attempts already started, and the attempts when the opening moves", () => {
    expect(describeChanges(base, { ...base, shuffleQuestions: true }, counts)).toHaveLength(1);
    expect(describeChanges(base, { ...base, opensAt: new Date("2025-09-02T08:00:00Z") }, counts)[0]).toMatch(/Attempts already made are kept/);
  });
});

describe("deadlineAfterChange", () => {
  const at = (ms: number) => new Date(ms);
  const ms = fc.integer({ min: 0, max: 4_000_000_000_000 });

  it("never moves a running attempt's deadline earlier, and leaves an attempt whose time ran out alone", () => {
    fc.assert(
      fc.property(ms, fc.option(ms, { nil: null }), fc.boolean(), (current, recomputed, passed) => {
        const result = deadlineAfterChange({ current: at(current), recomputed: recomputed === null ? null : at(recomputed), deadlinePassed: passed });
        if (passed) expect(result).toEqual(at(current));
        else if (recomputed === null) expect(result).toBeNull();
        else expect(result!.getTime()).toBe(Math.max(current, recomputed));
      }),
    );
    expect(deadlineAfterChange({ current: null, recomputed: at(5), deadlinePassed: false })).toBeNull();
  });
});
