import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countStates, describeCounts, liveState, liveStates, questionText } from "@/lib/domain/live-status";

const now = new Date(Date.UTC(2025, 7, 15, 12, 0, 0));
const later = (ms: number) => new Date(now.getTime() + ms);

describe("liveState", () => {
  it("tells not started, working, time up and submitted apart", () => {
    expect(liveState(null, now)).toBe("not-started");
    expect(liveState({ status: "IN_PROGRESS", deadlineAt: later(60_000) }, now)).toBe("working");
    expect(liveState({ status: "IN_PROGRESS", deadlineAt: null }, now)).toBe("working");
    expect(liveState({ status: "IN_PROGRESS", deadlineAt: later(-60_000) }, now)).toBe("time-up");
    expect(liveState({ status: "SUBMITTED", deadlineAt: later(-60_000) }, now)).toBe("submitted");
  });

  it("keeps the autosave grace: a second past the deadline is still working", () => {
    expect(liveState({ status: "IN_PROGRESS", deadlineAt: later(-1000) }, now)).toBe("working");
    expect(liveState({ status: "IN_PROGRESS", deadlineAt: later(-2001) }, now)).toBe("time-up");
  });
});

describe("counts", () => {
  it("counts every state and sums to the number of students", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...liveStates), { maxLength: 200 }), (states) => {
        const counts = countStates(states);
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(states.length);
        for (const state of liveStates) expect(counts[state]).toBe(states.filter((s) => s === state).length);
      }),
    );
  });

  it("summarises in words, naming time up only when there is some", () => {
    expect(describeCounts({ "not-started": 2, working: 5, "time-up": 0, submitted: 1 })).toBe("2 not started, 5 working, 1 submitted");
    expect(describeCounts({ "not-started": 0, working: 0, "time-up": 3, submitted: 0 })).toBe("0 not started, 0 working, 3 time up, 0 submitted");
  });
});

describe("words", () => {
  it("numbers questions from 1", () => {
    expect(questionText(0, 10)).toBe("Question 1 of 10");
    expect(questionText(null, 10)).toBe("Not answered yet");
  });
});
