import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attemptDeadline, attemptsLeft, DEADLINE_GRACE_MS, effectiveDue, effectiveTimeLimit, isPastDeadline, ranOutOfTime, startWindow } from "@/lib/domain/deadlines";

const at = (iso: string) => new Date(iso);
const due = at("2025-09-01T12:00:00Z");
const dateArb = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms));
const maybeDate = fc.option(dateArb, { nil: null });

describe("effectiveDue", () => {
  it("takes the later of the assignment's due time and an extension's", () => {
    expect(effectiveDue({ dueAt: due })).toEqual(due);
    expect(effectiveDue({ dueAt: due }, null)).toEqual(due);
    expect(effectiveDue({ dueAt: due }, { dueAt: null })).toEqual(due);
    expect(effectiveDue({ dueAt: due }, { dueAt: at("2025-09-03T12:00:00Z") })).toEqual(at("2025-09-03T12:00:00Z"));
    expect(effectiveDue({ dueAt: due }, { dueAt: at("2025-08-30T12:00:00Z") })).toEqual(due);
    expect(effectiveDue({ dueAt: null }, { dueAt: at("2025-08-30T12:00:00Z") })).toBeNull();
  });

  it("never makes the due time earlier, and returns a copy", () => {
    fc.assert(
      fc.property(maybeDate, maybeDate, (base, extended) => {
        const result = effectiveDue({ dueAt: base }, { dueAt: extended });
        if (base === null) {
          expect(result).toBeNull();
          return;
        }
        expect(result!.getTime()).toBeGreaterThanOrEqual(base.getTime());
        expect(result!.getTime()).toBe(Math.max(base.getTime(), extended?.getTime() ?? -Infinity));
        expect(result).not.toBe(base);
      }),
      { numRuns: 300 },
    );
  });
});

describe("attemptDeadline", () => {
  const startedAt = at("2025-09-01T11:00:00Z");

  it("is the earlier of start + limit and the due time, or null with neither", () => {
    expect(attemptDeadline({ startedAt, timeLimitSeconds: 1800, dueAt: due })).toEqual(at("2025-09-01T11:30:00Z"));
    expect(attemptDeadline({ startedAt, timeLimitSeconds: 7200, dueAt: due })).toEqual(due);
    expect(attemptDeadline({ startedAt, timeLimitSeconds: 600, dueAt: null })).toEqual(at("2025-09-01T11:10:00Z"));
    expect(attemptDeadline({ startedAt, timeLimitSeconds: null, dueAt: due })).toEqual(due);
    expect(attemptDeadline({ startedAt, timeLimitSeconds: null, dueAt: null })).toBeNull();
  });

  it("refuses an impossible time limit", () => {
    for (const bad of [-1, Number.NaN, Infinity]) {
      expect(() => attemptDeadline({ startedAt, timeLimitSeconds: bad, dueAt: null })).toThrow(RangeError);
    }
  });

  it("is never after start + limit nor after the due time, and equals one of them", () => {
    const limit = fc.option(fc.integer({ min: 0, max: 14 * 86_400 }), { nil: null });
    fc.assert(
      fc.property(dateArb, limit, maybeDate, (start, seconds, dueAt) => {
        const deadline = attemptDeadline({ startedAt: start, timeLimitSeconds: seconds, dueAt });
        const candidates = [seconds === null ? null : start.getTime() + seconds * 1000, dueAt?.getTime() ?? null].filter((c) => c !== null);
        if (candidates.length === 0) {
          expect(deadline).toBeNull();
          return;
        }
        for (const c of candidates) expect(deadline!.getTime()).toBeLessThanOrEqual(c);
        expect(candidates).toContain(deadline!.getTime());
      }),
      { numRuns: 400 },
    );
  });
});

describe("isPastDeadline", () => {
  it(`allows ${DEADLINE_GRACE_MS} ms of grace after the deadline, inclusive`, () => {
    const ms = due.getTime();
    expect(isPastDeadline(due, new Date(ms - 1))).toBe(false);
    expect(isPastDeadline(due, new Date(ms + DEADLINE_GRACE_MS))).toBe(false);
    expect(isPastDeadline(due, new Date(ms + DEADLINE_GRACE_MS + 1))).toBe(true);
    expect(isPastDeadline(due, new Date(ms + 1), 0)).toBe(true);
    expect(isPastDeadline(due, new Date(ms), 0)).toBe(false);
    expect(isPastDeadline(due, new Date(ms + 1), -5000)).toBe(true);
  });

  it("never passes a null deadline, and once past stays past", () => {
    fc.assert(
      fc.property(maybeDate, dateArb, fc.nat(10_000_000), fc.nat(10_000), (deadline, now, later, grace) => {
        if (deadline === null) {
          expect(isPastDeadline(null, now, grace)).toBe(false);
          return;
        }
        if (isPastDeadline(deadline, now, grace)) expect(isPastDeadline(deadline, new Date(now.getTime() + later), grace)).toBe(true);
        expect(isPastDeadline(deadline, now, grace)).toBe(now.getTime() - deadline.getTime() > grace);
      }),
      { numRuns: 300 },
    );
  });
});

describe("startWindow", () => {
  const opensAt = at("2025-08-25T08:00:00Z");

  it("opens at opensAt and closes at the due time", () => {
    expect(startWindow({ now: at("2025-08-25T07:59:59Z"), opensAt, dueAt: due })).toEqual({ ok: false, reason: "not-open-yet" });
    expect(startWindow({ now: opensAt, opensAt, dueAt: due })).toEqual({ ok: true });
    expect(startWindow({ now: at("2025-09-01T11:59:59Z"), opensAt, dueAt: due })).toEqual({ ok: true });
    expect(startWindow({ now: due, opensAt, dueAt: due })).toEqual({ ok: false, reason: "closed" });
    expect(startWindow({ now: at("2031-01-01T00:00:00Z"), opensAt: null, dueAt: null })).toEqual({ ok: true });
  });

  it("is open exactly when opensAt ≤ now < dueAt", () => {
    fc.assert(
      fc.property(dateArb, maybeDate, maybeDate, (now, open, close) => {
        const expected = (open === null || open <= now) && (close === null || now < close);
        expect(startWindow({ now, opensAt: open, dueAt: close }).ok).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("attemptsLeft", () => {
  it("counts down from max + extra and never goes negative", () => {
    expect(attemptsLeft({ maxAttempts: null, extraAttempts: 0, used: 99 })).toBe(Infinity);
    expect(attemptsLeft({ maxAttempts: 2, extraAttempts: 0, used: 0 })).toBe(2);
    expect(attemptsLeft({ maxAttempts: 2, extraAttempts: 1, used: 2 })).toBe(1);
    expect(attemptsLeft({ maxAttempts: 1, extraAttempts: 0, used: 3 })).toBe(0);
    expect(attemptsLeft({ maxAttempts: 1, extraAttempts: -4, used: 0 })).toBe(1);
  });

  it("drops by one per used attempt until zero, and extra attempts only add", () => {
    fc.assert(
      fc.property(fc.nat(10), fc.nat(5), fc.nat(20), (max, extra, used) => {
        const left = attemptsLeft({ maxAttempts: max, extraAttempts: extra, used });
        expect(left).toBe(Math.max(0, max + extra - used));
        expect(attemptsLeft({ maxAttempts: max, extraAttempts: extra, used: used + 1 })).toBe(Math.max(0, left - 1));
        expect(left).toBeGreaterThanOrEqual(attemptsLeft({ maxAttempts: max, extraAttempts: 0, used }));
      }),
      { numRuns: 300 },
    );
  });
});

describe("effectiveTimeLimit", () => {
  it("adds an extension's extra seconds to a limit, and leaves no limit alone", () => {
    expect(effectiveTimeLimit({ timeLimitSeconds: 600 })).toBe(600);
    expect(effectiveTimeLimit({ timeLimitSeconds: 600 }, null)).toBe(600);
    expect(effectiveTimeLimit({ timeLimitSeconds: 600 }, { extraSeconds: 300 })).toBe(900);
    expect(effectiveTimeLimit({ timeLimitSeconds: 600 }, { extraSeconds: -300 })).toBe(600);
    expect(effectiveTimeLimit({ timeLimitSeconds: null }, { extraSeconds: 300 })).toBeNull();
  });

  it("never shortens the deadline it leads to", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 36_000 }), fc.integer({ min: 0, max: 604_800 }), maybeDate, (startedAt, limit, extra, dueAt) => {
        const plain = attemptDeadline({ startedAt, timeLimitSeconds: limit, dueAt });
        const extended = attemptDeadline({ startedAt, timeLimitSeconds: effectiveTimeLimit({ timeLimitSeconds: limit }, { extraSeconds: extra }), dueAt });
        expect(extended!.getTime()).toBeGreaterThanOrEqual(plain!.getTime());
      }),
      { numRuns: 300 },
    );
  });
});

describe("ranOutOfTime", () => {
  const deadlineAt = new Date("2025-08-15T11:54:00Z");
  it("is true for an attempt closed at or after its deadline", () => {
    expect(ranOutOfTime({ submittedAt: deadlineAt, deadlineAt })).toBe(true);
    expect(ranOutOfTime({ submittedAt: new Date(deadlineAt.getTime() + 1500), deadlineAt })).toBe(true);
  });
  it("is false for a submit before the deadline, an untimed attempt, or one not submitted", () => {
    expect(ranOutOfTime({ submittedAt: new Date(deadlineAt.getTime() - 1), deadlineAt })).toBe(false);
    expect(ranOutOfTime({ submittedAt: deadlineAt, deadlineAt: null })).toBe(false);
    expect(ranOutOfTime({ submittedAt: null, deadlineAt })).toBe(false);
  });
});
