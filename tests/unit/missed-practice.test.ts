import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outcomeOf, tally } from "@/lib/domain/mastery";
import { pickMissedPractice, type PastAnswer } from "@/lib/domain/missed-practice";

const at = (minute: number) => new Date(Date.UTC(2025, 8, 1, 10, minute));
const all = () => true;

describe("practise what I missed: the pick", () => {
  it("takes the questions answered wrong or left blank, most recent first, then the others on the same facts", () => {
    const history: PastAnswer[] = [
      { questionId: "old-wrong", at: at(1), outcome: "wrong" },
      { questionId: "right", at: at(2), outcome: "right" },
      { questionId: "blank", at: at(3), outcome: "blank" },
      { questionId: "new-wrong", at: at(4), outcome: "wrong" },
    ];
    const pick = pickMissedPractice(history, ["never-seen", "right", "old-wrong"], all, 10);
    expect(pick).toEqual({ missed: ["new-wrong", "blank", "old-wrong"], onSameFacts: ["never-seen", "right"] });
  });

  it("goes by the latest answer: a question answered right since is no longer missed", () => {
    const history: PastAnswer[] = [
      { questionId: "q", at: at(1), outcome: "wrong" },
      { questionId: "q", at: at(5), outcome: "right" },
      { questionId: "p", at: at(1), outcome: "right" },
      { questionId: "p", at: at(5), outcome: "blank" },
    ];
    expect(pickMissedPractice(history, [], all, 10)).toEqual({ missed: ["p"], onSameFacts: [] });
  });

  it("leaves out what practice may not show, and stops at the limit with missed questions first", () => {
    const history: PastAnswer[] = [1, 2, 3].map((m) => ({ questionId: `m${m}`, at: at(m), outcome: "wrong" as const }));
    expect(pickMissedPractice(history, ["o1", "o2"], (id) => id !== "m2", 3)).toEqual({ missed: ["m3", "m1"], onSameFacts: ["o1"] });
    expect(pickMissedPractice(history, ["o1"], all, 2)).toEqual({ missed: ["m3", "m2"], onSameFacts: [] });
    expect(pickMissedPractice(history, ["o1"], all, 0)).toEqual({ missed: [], onSameFacts: [] });
  });

  it("holds for any history: groups apart, no repeats, eligible only, within the limit, missed by latest answer, newest first", () => {
    const id = fc.constantFrom("a", "b", "c", "d", "e", "f");
    const answer = fc.record({ questionId: id, at: fc.integer({ min: 0, max: 50 }).map(at), outcome: fc.constantFrom("right" as const, "wrong" as const, "blank" as const) });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 20 }), fc.array(id, { maxLength: 8 }), fc.subarray(["a", "b", "c", "d", "e", "f"]), fc.nat(8), (history, weak, allowed, limit) => {
        const pick = pickMissedPractice(history, weak, (q) => allowed.includes(q), limit);
        const chosen = [...pick.missed, ...pick.onSameFacts];
        expect(new Set(chosen).size).toBe(chosen.length);
        expect(chosen.length).toBeLessThanOrEqual(limit);
        for (const q of chosen) expect(allowed).toContain(q);
        for (const q of pick.onSameFacts) expect(weak).toContain(q);
        const latest = (q: string) => history.filter((h) => h.questionId === q).reduce((a, b) => (b.at > a.at || (b.at.getTime() === a.at.getTime() && b.outcome !== "right") ? b : a));
        for (const q of pick.missed) expect(latest(q).outcome).not.toBe("right");
        const times = pick.missed.map((q) => latest(q).at.getTime());
        expect(times).toEqual([...times].sort((x, y) => y - x));
      }),
    );
  });
});

describe("a blank is not evidence of 0", () => {
  it("counts an empty text, an empty selection or no answer as not answered, whatever `correct` says", () => {
    expect(outcomeOf("SHORT_TEXT", { text: "" }, false)).toBe("blank");
    expect(outcomeOf("SHORT_TEXT", { text: "   " }, false)).toBe("blank");
    expect(outcomeOf("MULTIPLE_SELECT", { choices: [] }, false)).toBe("blank");
    expect(outcomeOf("SINGLE_CHOICE", null, false)).toBe("blank");
    expect(outcomeOf("SHORT_TEXT", { text: "Anchorage" }, false)).toBe("wrong");
    expect(outcomeOf("SHORT_TEXT", { text: "Anchorage" }, true)).toBe("right");
  });

  it("tallies blanks apart from answers", () => {
    const none = { answered: 0, correct: 0, notAnswered: 0 };
    expect(tally(tally(tally(none, "blank"), "wrong"), "right")).toEqual({ answered: 2, correct: 1, notAnswered: 1 });
  });
});
