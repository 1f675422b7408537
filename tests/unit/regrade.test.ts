import { describe, expect, it } from "vitest";
import { pointsText, regradeNote, rescore } from "@/lib/domain/regrade";
import type { QuestionContent } from "@/lib/domain/question-types";

const single: QuestionContent = {
  type: "SINGLE_CHOICE",
  options: { choices: [{ id: "a", text: "A" }, { id: "b", text: "B" }] },
  key: { correct: "b" },
};
const multiple: QuestionContent = {
  type: "MULTIPLE_SELECT",
  options: { choices: [{ id: "a", text: "A" }, { id: "b", text: "B" }, { id: "c", text: "C" }] },
  key: { correct: ["a", "b"] },
};

describe("rescore", () => {
  it("scores with the new key and points", () => {
    expect(rescore(single, { choice: "b" }, 2)).toEqual({ score: 2, correct: true, unparseable: false });
    expect(rescore(single, { choice: "a" }, 2)).toEqual({ score: 0, correct: false, unparseable: false });
    expect(rescore(multiple, { choices: ["a"] }, 1)).toEqual({ score: 0.5, correct: false, unparseable: false });
  });

  it("gives 0 to an answer naming a removed option, and says so", () => {
    expect(rescore(single, { choice: "c" }, 1)).toEqual({ score: 0, correct: false, unparseable: true });
    // Partial credit would be earned by "a", but "z" no longer exists: the whole answer scores 0.
    expect(rescore(multiple, { choices: ["a", "z"] }, 1)).toEqual({ score: 0, correct: false, unparseable: true });
    expect(rescore(single, { text: "not a choice" }, 1)).toEqual({ score: 0, correct: false, unparseable: true });
  });

  it("gives 0 to no answer, without calling it unparseable", () => {
    expect(rescore(single, null, 1)).toEqual({ score: 0, correct: false, unparseable: false });
  });
});

describe("regradeNote", () => {
  it("says what changed, in points", () => {
    expect(regradeNote({ version: 2, before: 1, after: 0, overridden: false, unparseable: false })).toBe(
      "The question was corrected (version 2); your answer was rescored: 1 → 0 points.",
    );
    expect(regradeNote({ version: 3, before: 1, after: 1, overridden: false, unparseable: false })).toBe(
      "The question was corrected (version 3); your answer was rescored: 1 → 1 point (no change).",
    );
    expect(regradeNote({ version: 2, before: 1.5, after: 0, overridden: false, unparseable: true })).toContain("no longer fits its options");
    expect(regradeNote({ version: 2, before: 1, after: 1, overridden: true, unparseable: false })).toBe(
      "The question was corrected (version 2); your teacher's score of 1 point stands.",
    );
  });

  it("writes points plainly", () => {
    expect(pointsText(1)).toBe("1 point");
    expect(pointsText(0)).toBe("0 points");
    expect(pointsText(0.5)).toBe("0.5 points");
    expect(pointsText(1.25)).toBe("1.25 points");
  });
});
