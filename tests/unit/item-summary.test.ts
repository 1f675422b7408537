// Each question type's item-analysis summary: how often each option, figure or text was chosen.
import { describe, expect, it } from "vitest";
import { analyseAnswers } from "@/lib/domain/questions";
import type { QuestionContent } from "@/lib/domain/question-types";

const abc = [
  { id: "a", text: "Alpha" },
  { id: "b", text: "Bravo" },
  { id: "c", text: "Charlie" },
];

describe("item-analysis summaries by type", () => {
  it("single choice: a count per option, in the options' order, the key marked; blanks and misshapen answers apart", () => {
    const q: QuestionContent = { type: "SINGLE_CHOICE", options: { choices: abc }, key: { correct: "c" } };
    const summary = analyseAnswers(q, [
      { answer: { choice: "b" }, count: 4 },
      { answer: { choice: "c" }, count: 5 },
      { answer: null, count: 2 },
      { answer: { value: 3 }, count: 1 },
    ]);
    expect(summary).toEqual({
      kind: "choices",
      answered: 9,
      unanswered: 3,
      others: 0,
      rows: [
        { label: "Alpha", count: 0, keyed: false },
        { label: "Bravo", count: 4, keyed: false },
        { label: "Charlie", count: 5, keyed: true },
      ],
    });
  });

  it("multiple select: each option counts the answers that ticked it, whatever the order", () => {
    const q: QuestionContent = { type: "MULTIPLE_SELECT", options: { choices: abc }, key: { correct: ["a", "b"] } };
    const summary = analyseAnswers(q, [
      { answer: { choices: ["a", "b"] }, count: 3 },
      { answer: { choices: ["b", "a"] }, count: 1 },
      { answer: { choices: ["c"] }, count: 2 },
    ]);
    expect(summary.kind === "choices" && summary.rows.map((r) => [r.count, r.keyed])).toEqual([
      [4, true],
      [4, true],
      [2, false],
    ]);
  });

  it("true/false: True and False", () => {
    const q: QuestionContent = { type: "TRUE_FALSE", options: {}, key: { correct: false } };
    const summary = analyseAnswers(q, [
      { answer: { value: true }, count: 7 },
      { answer: { value: false }, count: 3 },
    ]);
    expect(summary.kind === "choices" && summary.rows).toEqual([
      { label: "True", count: 7, keyed: false },
      { label: "False", count: 3, keyed: true },
    ]);
  });

  it("numeric: the five most common figures, marked when within the tolerance; the rest counted", () => {
    const q: QuestionContent = { type: "NUMERIC", options: { unit: "children" }, key: { value: 100, tolerance: 5, toleranceKind: "absolute" } };
    const figures = [100, 104, 90, 20000, 1, 2, 3];
    const counts = figures.map((value, i) => ({ answer: { value }, count: [6, 3, 3, 2, 1, 1, 1][i] }));
    const summary = analyseAnswers(q, counts);
    expect(summary).toEqual({
      kind: "choices",
      answered: 17,
      unanswered: 0,
      // ties (3 and 3; 1, 1, 1) by label
      rows: [
        { label: "100 children", count: 6, keyed: true },
        { label: "104 children", count: 3, keyed: true },
        { label: "90 children", count: 3, keyed: false },
        { label: "20000 children", count: 2, keyed: false },
        { label: "1 children", count: 1, keyed: false },
      ],
      others: 2,
    });
  });

  it("short text: answers grouped as compared (folded)", () => {
    const q: QuestionContent = { type: "SHORT_TEXT", options: {}, key: { accepted: ["Lvova-Belova"] } };
    const summary = analyseAnswers(q, [
      { answer: { text: "Lvova-Belova" }, count: 2 },
      { answer: { text: "lvova belova" }, count: 1 },
      { answer: { text: "Putin" }, count: 4 },
    ]);
    expect(summary.kind === "choices" && summary.rows).toEqual([
      { label: "putin", count: 4, keyed: false },
      { label: "lvova belova", count: 3, keyed: true },
    ]);
  });

  it("ordering: per place of the key, how many put the right item there", () => {
    const q: QuestionContent = { type: "ORDERING", options: { choices: abc }, key: { order: ["a", "b", "c"] } };
    const summary = analyseAnswers(q, [
      { answer: { order: ["a", "b", "c"] }, count: 2 },
      { answer: { order: ["a", "c", "b"] }, count: 3 },
      { answer: null, count: 1 },
    ]);
    expect(summary).toEqual({
      kind: "parts",
      answered: 5,
      unanswered: 1,
      rows: [
        { label: "1. Alpha", correct: 5 },
        { label: "2. Bravo", correct: 2 },
        { label: "3. Charlie", correct: 2 },
      ],
    });
  });

  it("matching: per prompt, how many paired it with its keyed answer", () => {
    const q: QuestionContent = {
      type: "MATCHING",
      options: { prompts: abc.slice(0, 2), answers: [{ id: "x", text: "X-ray" }, { id: "y", text: "Yankee" }] },
      key: { pairs: { a: "x", b: "y" } },
    };
    const summary = analyseAnswers(q, [
      { answer: { pairs: { a: "x", b: "y" } }, count: 1 },
      { answer: { pairs: { a: "x", b: "x" } }, count: 2 },
    ]);
    expect(summary.kind === "parts" && summary.rows).toEqual([
      { label: "Alpha → X-ray", correct: 3 },
      { label: "Bravo → Yankee", correct: 1 },
    ]);
  });
});
