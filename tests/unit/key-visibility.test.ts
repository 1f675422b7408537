// The one rule for showing a question's key, on every path that can show it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyVisible, lastDueAt, withholdsKeys, type KeyHolder } from "@/lib/domain/key-visibility";
import { reviewVisibility, type ReviewPolicy } from "@/lib/domain/review-policy";

// Assignment A is due at `due`; a classmate has an extension to `extended`.
const due = new Date("2025-09-01T12:00:00Z");
const extended = new Date("2025-09-03T12:00:00Z");
const moments = {
  "before the due date": new Date("2025-09-01T11:00:00Z"),
  "after the student's own due date": new Date("2025-09-02T12:00:00Z"),
  "after the last due date in the class": new Date("2025-09-04T12:00:00Z"),
} as const;
type Moment = keyof typeof moments;
const policies: ReviewPolicy[] = ["IMMEDIATELY", "AFTER_DUE", "NEVER"];
const paths = ["assignment review", "practice review", "missed-question practice", "public try"] as const;
type Path = (typeof paths)[number];

const assignmentA = (reviewPolicy: ReviewPolicy): KeyHolder => ({
  assignmentId: "A",
  reviewPolicy,
  lastDueAt: lastDueAt({ dueAt: due, extensions: [{ dueAt: extended }, { dueAt: null }] }),
});

/** The rule as each path applies it: an assignment's review is governed by its own policy. */
function visibleOn(path: Path, policy: ReviewPolicy, now: Date): boolean {
  const holder = assignmentA(policy);
  if (path === "assignment review") {
    const policyShowsKey = reviewVisibility({ policy, attemptSubmitted: true, now, dueAt: holder.lastDueAt }).key;
    return keyVisible({ now, holders: [holder], own: { assignmentId: "A", policyShowsKey } });
  }
  return keyVisible({ now, holders: [holder] });
}

// path × policy × moment → key visible?
const expected: Record<Path, Record<ReviewPolicy, Record<Moment, boolean>>> = {
  "assignment review": {
    IMMEDIATELY: { "before the due date": true, "after the student's own due date": true, "after the last due date in the class": true },
    AFTER_DUE: { "before the due date": false, "after the student's own due date": false, "after the last due date in the class": true },
    NEVER: { "before the due date": false, "after the student's own due date": false, "after the last due date in the class": false },
  },
  "practice review": {
    IMMEDIATELY: { "before the due date": false, "after the student's own due date": false, "after the last due date in the class": true },
    AFTER_DUE: { "before the due date": false, "after the student's own due date": false, "after the last due date in the class": true },
    NEVER: { "before the due date": false, "after the student's own due date": false, "after the last due date in the class": false },
  },
  "missed-question practice": {
    IMMEDIATELY: { "before the due date": false, "after the student's own due date": false, "after the last due date in the class": true },
    AFTER_DUE: { "before the due date": false, "after the student's own due date": false, "after the last due date in the class": true },
    NEVER: { "before the due date": false, "after the student's own due date": false, "after the last due date in the class": false },
  },
  "public try": {
    IMMEDIATELY: { "before the due date": false, "after the student's own due date": false, "after the last due date in the class": true },
    AFTER_DUE: { "before the due date": false, "after the student's own due date": false, "after the last due date in the class": true },
    NEVER: { "before the due date": false, "after the student's own due date": false, "after the last due date in the class": false },
  },
};

describe("key visible? for every path × review policy × moment", () => {
  for (const path of paths) {
    for (const policy of policies) {
      for (const moment of Object.keys(moments) as Moment[]) {
        it(`${path}, ${policy}, ${moment}: ${expected[path][policy][moment] ? "shown" : "held back"}`, () => {
          expect(visibleOn(path, policy, moments[moment])).toBe(expected[path][policy][moment]);
        });
      }
    }
  }
});

describe("keyVisible", () => {
  it("shows a key no assignment holds", () => {
    expect(keyVisible({ now: due, holders: [] })).toBe(true);
  });

  it("holds a key in an assignment's review while another of the student's assignments is open", () => {
    const other: KeyHolder = { assignmentId: "B", reviewPolicy: "IMMEDIATELY", lastDueAt: extended };
    const own = { assignmentId: "A", policyShowsKey: true };
    expect(keyVisible({ now: moments["before the due date"], holders: [assignmentA("IMMEDIATELY"), other], own })).toBe(false);
    expect(keyVisible({ now: moments["after the last due date in the class"], holders: [assignmentA("IMMEDIATELY"), other], own })).toBe(true);
  });

  it("never shows a key that the assignment's own policy hides, whatever the other assignments", () => {
    expect(keyVisible({ now: due, holders: [], own: { assignmentId: "A", policyShowsKey: false } })).toBe(false);
  });
});

const dateArb = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms));
const holderArb = fc.record({
  assignmentId: fc.constantFrom("A", "B", "C", "D"),
  reviewPolicy: fc.constantFrom(...policies),
  lastDueAt: fc.option(dateArb, { nil: null }),
});

describe("keyVisible properties", () => {
  it("outside an assignment, a key is shown exactly when every holder is past its last due date and none says never", () => {
    fc.assert(
      fc.property(fc.array(holderArb, { maxLength: 5 }), dateArb, (holders, now) => {
        const expectedVisible = holders.every((h) => h.reviewPolicy !== "NEVER" && h.lastDueAt !== null && now >= h.lastDueAt);
        expect(keyVisible({ now, holders })).toBe(expectedVisible);
      }),
    );
  });

  it("adding a holder never reveals a key, and an assignment's review never shows what its own policy hides", () => {
    fc.assert(
      fc.property(fc.array(holderArb, { maxLength: 5 }), holderArb, dateArb, fc.boolean(), (holders, extra, now, policyShowsKey) => {
        const own = { assignmentId: "A", policyShowsKey };
        if (keyVisible({ now, holders: [...holders, extra], own })) expect(keyVisible({ now, holders, own })).toBe(true);
        if (!policyShowsKey) expect(keyVisible({ now, holders, own })).toBe(false);
      }),
    );
  });

  it("an assignment holds keys until its last due date, and for good under never", () => {
    fc.assert(
      fc.property(holderArb, dateArb, (holder, now) => {
        const open = holder.lastDueAt === null || now < holder.lastDueAt;
        expect(withholdsKeys(holder, now)).toBe(holder.reviewPolicy === "NEVER" || open);
      }),
    );
  });

  it("the last due date is the latest of the assignment's and its extensions'", () => {
    fc.assert(
      fc.property(dateArb, fc.array(fc.option(dateArb, { nil: null }), { maxLength: 4 }), (dueAt, extensionDues) => {
        const last = lastDueAt({ dueAt, extensions: extensionDues.map((d) => ({ dueAt: d })) })!;
        const latest = Math.max(dueAt.getTime(), ...extensionDues.filter((d): d is Date => d !== null).map((d) => d.getTime()));
        expect(last.getTime()).toBe(latest);
      }),
    );
  });
});
