import { describe, expect, it } from "vitest";
import { seedQuestions } from "@/tests/helpers/seed-bundle";
import { keyAnswer, validateAnswer } from "@/lib/domain/answers";
import { parseQuestionContent, type QuestionContent, type QuestionType } from "@/lib/domain/question-types";
import { scoreAnswer, scoreAttempt } from "@/lib/domain/scoring";

type SeedQuestion = { code: string; type: QuestionType; options: unknown; key: unknown; feedback?: unknown; points: number };

const seed = (seedQuestions() as SeedQuestion[]).map((q) => {
  const parsed = parseQuestionContent(q.type, q);
  if (!parsed.ok) throw new Error(`${q.code}: ${parsed.errors.join("; ")}`);
  return { ...q, content: parsed.content };
});
const byCode = (code: string) => seed.find((q) => q.code === code)!;
const score = (code: string, answer: unknown) => scoreAnswer(byCode(code).type, byCode(code).content, answer, 1).fraction;

describe("the seed questions", () => {
  it.each(seed.map((q) => [q.code, q] as const))("%s scores full points for its own key and 0 for no answer", (_code, q) => {
    const answer = keyAnswer(q.type, q.content);
    expect(validateAnswer(q.type, q.content as QuestionContent<typeof q.type>, answer)).toEqual({ ok: true, answer });
    expect(scoreAnswer(q.type, q.content, answer, q.points)).toEqual({ fraction: 1, points: q.points, correct: true });
    expect(scoreAnswer(q.type, q.content, null, q.points)).toEqual({ fraction: 0, points: 0, correct: false });
  });

  it("score the whole bank as one attempt", () => {
    const total = seed.reduce((sum, q) => sum + q.points, 0);
    const items = seed.map((q) => ({ type: q.type, content: q.content, points: q.points }));
    expect(scoreAttempt(items.map((i) => ({ ...i, answer: keyAnswer(i.type, i.content) })))).toMatchObject({ score: total, maxScore: total });
    expect(scoreAttempt(items.map((i) => ({ ...i, answer: null })))).toMatchObject({ score: 0, maxScore: total });
  });

  it("accept the spellings a student would type", () => {
    expect(score("Q29", { text: "lvova belova" })).toBe(1);
    expect(score("Q29", { text: "Maria Lvova–Belova" })).toBe(1);
    expect(score("Q28", { text: "anchorage (alaska)" })).toBe(1);
    expect(score("Q32", { text: "The Council of Europe." })).toBe(1);
    expect(score("Q30", { text: "AP" })).toBe(0);
  });

  it("apply the numeric tolerances the figures need", () => {
    // "Nearly 600" is the figure: a key of 600 ± 5% accepted 630, which the article rules out.
    expect([600, 630, 570, 599].map((value) => score("Q22", { value }))).toEqual([1, 0, 0, 0]);
    expect([2.75, 3.25, 3.5].map((value) => score("Q27", { value }))).toEqual([1, 1, 0]);
    expect([19000, 19500].map((value) => score("Q23", { value }))).toEqual([1, 0]);
  });
});
