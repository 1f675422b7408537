import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestFraction, groupByClass, studentBucket, studentBuckets, studentStanding } from "@/lib/domain/assignment-state";

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

describe("studentBucket", () => {
  const due = at("2025-09-08T08:00:00Z");
  const before = at("2025-09-03T08:00:00Z");
  const after = at("2025-09-09T08:00:00Z");
  it.each([
    ["nothing started, before the due time", before, [], "to-do"],
    ["nothing started, after the due time", after, [], "overdue"],
    ["an attempt going on, even after the due time", after, [{ status: "IN_PROGRESS" as const }], "in-progress"],
    ["submitted once, before the due time", before, [{ status: "SUBMITTED" as const }], "done"],
    ["submitted once, after the due time", after, [{ status: "SUBMITTED" as const }], "done"],
    ["submitted, then a new attempt going on", before, [{ status: "SUBMITTED" as const }, { status: "IN_PROGRESS" as const }], "in-progress"],
  ])("%s", (_label, now, attempts, bucket) => {
    expect(studentBucket({ now, dueAt: due, attempts })).toBe(bucket);
  });

  it("is overdue exactly when due has passed and nothing was ever submitted or started", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), fc.integer({ min: 0, max: 3 }), fc.boolean(), (offset, submitted, going) => {
        const now = new Date(due.getTime() + offset * 60_000);
        const attempts = [...Array.from({ length: submitted }, () => ({ status: "SUBMITTED" as const })), ...(going ? [{ status: "IN_PROGRESS" as const }] : [])];
        const bucket = studentBucket({ now, dueAt: due, attempts });
        expect(bucket === "overdue").toBe(offset >= 0 && attempts.length === 0);
        expect(bucket === "done").toBe(submitted > 0 && !going);
      }),
    );
  });

  it("never makes an assignment without a due time overdue", () => {
    expect(studentBucket({ now: after, dueAt: null, attempts: [] })).toBe("to-do");
  });
});

describe("groupByClass", () => {
  const classes = [
    { id: "a", name: "Alpha" },
    { id: "b", name: "Beta" },
  ];
  it("puts each assignment under its class and bucket, keeps empty classes, drops unknown ones", () => {
    const groups = groupByClass(classes, [
      { id: "1", classId: "a", bucket: "done" as const },
      { id: "2", classId: "a", bucket: "to-do" as const },
      { id: "3", classId: "a", bucket: "to-do" as const },
      { id: "4", classId: "zzz", bucket: "to-do" as const },
    ]);
    expect(groups.map((g) => g.name)).toEqual(["Alpha", "Beta"]);
    expect(groups[0].buckets["to-do"].map((a) => a.id)).toEqual(["2", "3"]);
    expect(groups[0].buckets.done.map((a) => a.id)).toEqual(["1"]);
    expect(groups[1].buckets).toEqual({ "to-do": [], "in-progress": [], overdue: [], done: [] });
  });

  it("loses and duplicates nothing of a listed class", () => {
    const bucketArb = fc.constantFrom("to-do" as const, "in-progress" as const, "overdue" as const, "done" as const);
    fc.assert(
      fc.property(fc.array(fc.record({ classId: fc.constantFrom("a", "b"), bucket: bucketArb }), { maxLength: 30 }), (items) => {
        const groups = groupByClass(classes, items);
        const placed = groups.flatMap((g) => studentBuckets.flatMap((b) => g.buckets[b].map((item) => ({ g: g.id, b, item }))));
        expect(placed).toHaveLength(items.length);
        for (const p of placed) expect([p.item.classId, p.item.bucket]).toEqual([p.g, p.b]);
      }),
    );
  });
});
