import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkSet } from "@/lib/domain/set-checker";
import type { CheckedQuestion, CheckedSet } from "@/lib/domain/set-check-types";

const cite = (evidenceId: string, quote: string, factId = "F1", resolves = true) => ({ evidenceId, factId, sourceId: "S1", quote, resolves });

function q(id: string, part: Partial<CheckedQuestion>): CheckedQuestion {
  return { questionId: id, code: id, position: 0, type: "TRUE_FALSE", stem: `Statement ${id}`, options: {}, key: { correct: true }, explanation: "", citations: [cite(`e-${id}`, "a quote")], ...part };
}
const choice = (id: string, texts: string[], correct: number, stem = `Which one (${id})?`) =>
  q(id, { type: "SINGLE_CHOICE", stem, options: { choices: texts.map((text, i) => ({ id: `c${i}`, text })) }, key: { correct: `c${correct}` } });

function set(questions: CheckedQuestion[], extra: Partial<CheckedSet> = {}): CheckedSet {
  return { id: "set", title: "A set", description: "", shuffleQuestions: false, shuffleOptions: true, questions: questions.map((x, position) => ({ ...x, position })), sourceFacts: [], ...extra };
}
const rules = (s: CheckedSet, rule: string) => checkSet(s).filter((f) => f.rule === rule);

describe("answer-leak", () => {
  const city = q("Q28", { type: "SHORT_TEXT", stem: "In which city?", key: { accepted: ["Anchorage", "Anchorage, AK"] } });
  it("finds a short answer in another stem, and in the title", () => {
    const leaks = rules(set([city, q("Q33", { stem: "True or false: the Anchorage summit came first." })], { title: "The Anchorage summit" }), "answer-leak");
    expect(leaks.map((f) => f.questionIds)).toEqual([["Q28"], ["Q33", "Q28"]]);
    expect(leaks.every((f) => f.severity === "warning")).toBe(true);
  });
  it("reads numbers in their usual forms and small ones only with their unit", () => {
    const figure = q("Q23", { type: "NUMERIC", options: { unit: "children" }, key: { value: 19000 } });
    expect(rules(set([figure, q("Q04", { stem: "Whose is the count of over 19,000?" })]), "answer-leak")).toHaveLength(1);
    const hours = q("Q27", { type: "NUMERIC", options: { unit: "hours" }, key: { value: 3 } });
    expect(rules(set([hours, q("Q36", { stem: "Three hours of talks came first." })]), "answer-leak")).toHaveLength(1);
    expect(rules(set([hours, q("Q36", { stem: "The 3 leaders met." })]), "answer-leak")).toHaveLength(0);
  });
  it("finds a long answer repeated in other words around it", () => {
    const position = choice("Q05", ["It says it protects vulnerable children from war zones", "It admits it"], 0);
    const tf = q("Q17", { stem: "True or false: Moscow “protects vulnerable children from war zones”, it says." });
    expect(rules(set([position, tf]), "answer-leak").map((f) => f.questionIds)).toEqual([["Q17", "Q05"]]);
  });
  it("finds a true/false verdict given away by the evidence it rests on, not by context it also cites", () => {
    const alone = q("Q16", {
      stem: "True or false: Trump and Putin met alone, as initial reports had suggested.",
      key: { correct: false },
      citations: [cite("e11", "Initial reports suggested a private conversation between the two leaders. Instead, both sides brought backup."), cite("e12", "Trump’s team: Secretary of State Marco Rubio and Special Envoy Steve Witkoff.")],
    });
    const order = q("Q36", { type: "ORDERING", stem: "Order these.", options: { choices: [{ id: "a", text: "Initial reports suggest a private conversation between the two leaders" }, { id: "b", text: "Both sides bring backup" }] }, key: { order: ["a", "b"] } });
    expect(rules(set([alone, order]), "answer-leak").map((f) => f.questionIds)).toEqual([["Q36", "Q16"]]);
    // Rubio's team is cited as context: naming him elsewhere settles nothing about "met alone".
    const team = q("Q37", { type: "MATCHING", stem: "Match.", options: { prompts: [{ id: "r", text: "Secretary of State Marco Rubio and Special Envoy Steve Witkoff" }], answers: [{ id: "us", text: "US" }] }, key: { pairs: { r: "us" } } });
    expect(rules(set([alone, team]), "answer-leak")).toEqual([]);
  });
  it("ignores very short or common answers, and a name offered as one choice among others", () => {
    const yes = q("A", { type: "SHORT_TEXT", key: { accepted: ["Yes", "no"] } });
    expect(rules(set([yes, q("B", { stem: "Yes or no: is it?" })]), "answer-leak")).toHaveLength(0);
    const people = choice("Q01", ["Melania Trump", "Marco Rubio"], 0);
    const team = q("Q09", { type: "MULTIPLE_SELECT", options: { choices: [{ id: "r", text: "Marco Rubio" }, { id: "l", text: "Sergey Lavrov" }] }, key: { correct: ["r"] } });
    expect(rules(set([people, team]), "answer-leak")).toHaveLength(0);
  });
});

describe("key patterns", () => {
  const keysOnA = ["Q1", "Q2", "Q3", "Q4"].map((id, i) => choice(id, ["right", "wrong", "other"], i < 3 ? 0 : 1));
  it("key-position-cluster: more than half of 4+ single-choice keys on one position, options not shuffled", () => {
    expect(rules(set(keysOnA, { shuffleOptions: false }), "key-position-cluster")).toHaveLength(1);
    expect(rules(set(keysOnA, { shuffleOptions: true }), "key-position-cluster")).toHaveLength(0);
    expect(rules(set(keysOnA.slice(0, 3), { shuffleOptions: false }), "key-position-cluster")).toHaveLength(0);
  });
  it("true-false-one-way: three or more true/false keys all one way", () => {
    const falses = ["A", "B", "C"].map((id) => q(id, { key: { correct: false } }));
    expect(rules(set(falses), "true-false-one-way")).toHaveLength(1);
    expect(rules(set([...falses.slice(0, 2), q("C", { key: { correct: true } })]), "true-false-one-way")).toHaveLength(0);
    expect(rules(set(falses.slice(0, 2)), "true-false-one-way")).toHaveLength(0);
  });
});

describe("facts", () => {
  it("same-fact-same-way: same type and same evidence; another type is another way", () => {
    const a = q("A", { citations: [cite("e1", "q1")] });
    expect(rules(set([a, q("B", { citations: [cite("e1", "q1")] })]), "same-fact-same-way")).toHaveLength(1);
    expect(rules(set([a, choice("B", ["x", "y"], 0)].map((x) => ({ ...x, citations: [cite("e1", "q1")] }))), "same-fact-same-way")).toHaveLength(0);
  });
  it("untested-fact: a fact of a cited source that no question cites", () => {
    const s = set([q("A", { citations: [cite("e1", "q1", "F1")] })], { sourceFacts: [{ factId: "F1", code: "F1", statement: "one" }, { factId: "F2", code: "F2", statement: "two" }] });
    expect(rules(s, "untested-fact").map((f) => f.factId)).toEqual(["F2"]);
  });
});

describe("uncited-claim", () => {
  const facts = { sourceFacts: [{ factId: "F14", code: "F14", statement: "About three hours of talks." }] };
  it("flags a figure and a quoted phrase no citation contains", () => {
    const q27 = q("Q27", { type: "NUMERIC", options: { unit: "hours" }, key: { value: 3, tolerance: 0.25 }, explanation: "Three hours; other reports said about 2 h 45 min. Answers from 2.75 to 3.25.", citations: [cite("e", "Three hours behind closed doors", "F14")] });
    const [finding] = rules(set([q27], facts), "uncited-claim");
    expect(finding.message).toContain("2, 45");
    expect(finding.message).not.toContain("2.75");
  });
  it("accepts what the quotes, the fact or the citation's dates say", () => {
    const ok = q("Q15", { stem: "True or false: the talks lasted \"three hours\" on 15 August 2025.", citations: [{ ...cite("e", "Three hours behind closed doors", "F14"), dates: ["2025-08-15"] }] });
    expect(rules(set([ok], facts), "uncited-claim")).toHaveLength(0);
  });
});

describe("unresolved-quote", () => {
  it("blocks a question with no citation or with a quote that does not resolve", () => {
    const findings = rules(set([q("A", { citations: [] }), q("B", { citations: [cite("e", "gone", "F1", false)] }), q("C", {})]), "unresolved-quote");
    expect(findings.map((f) => [f.questionIds[0], f.severity])).toEqual([["A", "blocking"], ["B", "blocking"]]);
  });
});

describe("properties", () => {
  const pool = [
    q("Q28", { type: "SHORT_TEXT", stem: "Which city?", key: { accepted: ["Anchorage"] } }),
    q("Q33", { stem: "The Anchorage summit was in August.", key: { correct: false } }),
    q("Q23", { type: "NUMERIC", options: { unit: "children" }, key: { value: 19000 }, citations: [cite("e1", "over 19,000")] }),
    q("Q12", { stem: "Over 19,000 were taken.", citations: [cite("e1", "over 19,000")], key: { correct: false } }),
    choice("Q01", ["Melania Trump", "Marco Rubio"], 0),
    q("Q16", { key: { correct: false }, citations: [] }),
  ];
  it("findings do not depend on the order of the questions", () => {
    fc.assert(fc.property(fc.shuffledSubarray(pool, { minLength: pool.length }), (shuffled) => {
      expect(checkSet(set(shuffled))).toEqual(checkSet(set(pool)));
    }));
  });
  it("a set with no leaks never reports answer-leak, whatever the order", () => {
    const clean = pool.filter((x) => !["Q33", "Q12"].includes(x.code!));
    fc.assert(fc.property(fc.shuffledSubarray(clean, { minLength: clean.length }), (shuffled) => {
      expect(rules(set(shuffled), "answer-leak")).toEqual([]);
    }));
  });
});
