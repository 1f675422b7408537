// Item analysis in SQL against the reference rules (lib/domain/item-analysis.ts) and against
// numbers worked out by hand, on a hand-made class of twelve; and who may see it.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAssignmentAnalysis, getQuizSetAnalysis } from "@/lib/data/item-analysis";
import { answerCountsSql, factMasterySql, itemStatisticsSql } from "@/lib/data/item-figures";
import { factMastery, itemStatistics, type AttemptScores } from "@/lib/domain/item-analysis";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { testPrisma } from "@/tests/helpers/database";
import { createUser } from "@/tests/helpers/fixtures";
import { assignmentOf, markedQuizSet } from "@/tests/helpers/marked-questions";

const prisma = testPrisma();
const suffix = randomBytes(3).toString("hex");

// Twelve students' first attempts: q1 short text, q2 single choice (key c), q3 numeric; 1 point each.
//   s   q1 q2     q3 total
//   01  1  c (1)  1  3
//   02  1  c (1)  1  3
//   03  1  c (1)  0  2
//   04  1  b (0)  1  2
//   05  0  c (1)  1  2
//   06  1  c (1)  0  2
//   07  1  b (0)  0  1
//   08  0  c (1)  0  1
//   09  1  a (0)  0  1
//   10  0  b (0)  1  1
//   11  0  b (0)  0  0
//   12  0  —      0  0   (no answer to q2)
const table: [number, string | null, number][] = [
  [1, "c", 1],
  [1, "c", 1],
  [1, "c", 0],
  [1, "b", 1],
  [0, "c", 1],
  [1, "c", 0],
  [1, "b", 0],
  [0, "c", 0],
  [1, "a", 0],
  [0, "b", 1],
  [0, "b", 0],
  [0, null, 0],
];

let marked: Awaited<ReturnType<typeof markedQuizSet>>;
let setup: Awaited<ReturnType<typeof assignmentOf>>;
let other: Awaited<ReturnType<typeof assignmentOf>>;
let versionIds: string[];
const as = (user: { id: string; roles: Viewer["roles"] }): Viewer => ({ id: user.id, roles: user.roles });
const attemptId = (n: number, extra = "") => `ia${suffix}${extra}${String(n).padStart(2, "0")}`;
const madeUsers: string[] = [];

async function submitted(assignmentId: string, userId: string, id: string, number: number, answers: [number, string | null, number]) {
  const [q1, q2, q3] = answers;
  const answer = [
    { text: q1 ? `${marked.marker}-KEY` : "nope" },
    q2 === null ? null : { choice: q2 },
    { value: q3 ? marked.numericKey : 5 },
  ];
  const scores = [q1, q2 === "c" ? 1 : 0, q3];
  await prisma.attempt.create({
    data: {
      id,
      userId,
      assignmentId,
      quizSetId: marked.quizSet.id,
      number,
      status: "SUBMITTED",
      submittedAt: new Date(),
      score: scores.reduce((a, b) => a + b, 0),
      maxScore: 3,
      responses: {
        create: versionIds.map((questionVersionId, position) => ({
          position,
          questionVersionId,
          answer: answer[position] ?? undefined,
          score: scores[position],
          correct: scores[position] === 1,
        })),
      },
    },
  });
}

beforeAll(async () => {
  marked = await markedQuizSet(prisma);
  setup = await assignmentOf(prisma, marked.quizSet.id);
  other = await assignmentOf(prisma, marked.quizSet.id);
  versionIds = (await prisma.assignmentItem.findMany({ where: { assignmentId: setup.assignment.id }, orderBy: { position: "asc" } })).map((i) => i.questionVersionId);
  for (const [i, row] of table.entries()) {
    const student = i === 0 ? setup.student : await createUser(prisma, { name: `Analysis student ${i + 1}` });
    madeUsers.push(student.id);
    await submitted(setup.assignment.id, student.id, attemptId(i + 1), 1, row);
    // Student 11 tries again and gets everything right: only the first attempt counts.
    if (i === 10) await submitted(setup.assignment.id, student.id, attemptId(i + 1, "r"), 2, [1, "c", 1]);
  }
  // Student 13 is still working: an attempt in progress does not count.
  const working = await createUser(prisma);
  madeUsers.push(working.id);
  await prisma.attempt.create({ data: { userId: working.id, assignmentId: setup.assignment.id, quizSetId: marked.quizSet.id, number: 1 } });
  // The other class (another teacher) has two attempts at the same set.
  await submitted(other.assignment.id, other.student.id, attemptId(1, "o"), 1, [1, "a", 1]);
  const second = await createUser(prisma);
  madeUsers.push(second.id);
  await submitted(other.assignment.id, second.id, attemptId(2, "o"), 1, [0, "a", 0]);
});

afterAll(async () => {
  await prisma.attempt.deleteMany({ where: { assignmentId: { in: [setup.assignment.id, other.assignment.id] } } });
  await prisma.$disconnect();
});

/** The same attempts as the reference rules take them. */
const reference = (): AttemptScores[] =>
  table.map(([q1, q2, q3], i) => ({
    id: attemptId(i + 1),
    items: [
      { item: versionIds[0], score: q1, points: 1 },
      { item: versionIds[1], score: q2 === "c" ? 1 : 0, points: 1 },
      { item: versionIds[2], score: q3, points: 1 },
    ],
  }));

describe("item statistics in SQL", () => {
  it("equal the reference rules", async () => {
    const { attempts, items } = await itemStatisticsSql([setup.assignment.id]);
    expect(attempts).toBe(12);
    for (const expected of itemStatistics(reference())) {
      const got = items.find((i) => i.questionVersionId === expected.item)!;
      expect(got.n).toBe(expected.n);
      expect(got.facility).toBeCloseTo(expected.facility!, 10);
      expect(got.discrimination).toBeCloseTo(expected.discrimination!, 10);
      expect(got.pointBiserial).toBeCloseTo(expected.pointBiserial!, 10);
    }
  });

  it("equal the numbers worked out by hand", async () => {
    const { items } = await itemStatisticsSql([setup.assignment.id]);
    const [q1, q2, q3] = versionIds.map((id) => items.find((i) => i.questionVersionId === id)!);
    // Ranked: 01 02 (3), 03 04 05 06 (2), 07 08 09 10 (1), 11 12 (0); groups of ceil(0.27 × 12) = 4:
    // upper 01–04, lower 09–12.
    expect(q1.facility).toBeCloseTo(7 / 12, 12);
    expect(q1.discrimination).toBeCloseTo(1 - 0.25, 12); // upper 1,1,1,1; lower 1,0,0,0
    expect(q2.facility).toBeCloseTo(0.5, 12);
    expect(q2.discrimination).toBeCloseTo(0.75, 12); // upper 1,1,1,0; lower 0,0,0,0
    expect(q3.facility).toBeCloseTo(5 / 12, 12);
    expect(q3.discrimination).toBeCloseTo(0.5, 12); // upper 1,1,0,1; lower 0,1,0,0
    // q2: x = 1,1,1,0,1,1,0,1,0,0,0,0; rest = total − x = 2,2,1,2,1,1,1,0,1,1,0,0
    //   means 0.5 and 1; Σdx·dy = 0.5 × (1+1+0+0+0−1) − 0.5 × (1+0+0+0−1−1) = 1;
    //   Σdx² = 12 × 0.25 = 3; Σdy² = 6; r = 1/√18 = 0.2357…
    expect(q2.pointBiserial).toBeCloseTo(1 / Math.sqrt(18), 12);
  });

  it("count each distinct answer once per first attempt", async () => {
    const counts = (await answerCountsSql([setup.assignment.id])).filter((c) => c.questionVersionId === versionIds[1]);
    const byChoice = Object.fromEntries(counts.map((c) => [c.answer === null ? "none" : (c.answer as { choice: string }).choice, c.count]));
    expect(byChoice).toEqual({ a: 1, b: 4, c: 6, none: 1 });
  });

  it("give each fact's mastery as the reference does", async () => {
    const [fact] = await factMasterySql([setup.assignment.id]);
    const factId = (await prisma.citation.findFirstOrThrow({ where: { questionVersionId: versionIds[0] }, include: { evidence: true } })).evidence.factId;
    const expected = factMastery(reference(), Object.fromEntries(versionIds.map((v) => [v, [factId]])));
    expect(fact).toEqual({ factId, n: 12, mastery: expect.closeTo(expected[0].mastery, 12) });
    // Every question cites the same fact: (3+3+2+2+2+2+1+1+1+1+0+0) / 3 / 12 = 18 / 36
    expect(fact.mastery).toBeCloseTo(0.5, 12);
  });
});

describe("the analysis pages' data", () => {
  it("puts it together: flags, option counts, evidence links", async () => {
    const analysis = await getAssignmentAnalysis(as(setup.teacher), setup.assignment.id);
    expect(analysis.attempts).toBe(12);
    const q2 = analysis.questions[1];
    expect(q2).toMatchObject({ number: 2, anchor: "q2", n: 12, facility: 0.5, flags: ["popular-wrong-option"] }); // b: 4/12 ≥ 30%
    expect(q2.summary).toEqual({
      kind: "choices",
      answered: 11,
      unanswered: 1,
      others: 0,
      rows: [
        { label: "First", count: 1, keyed: false },
        { label: "Second", count: 4, keyed: false },
        { label: "Third", count: 6, keyed: true },
      ],
    });
    expect(analysis.questions[2].summary).toMatchObject({ rows: [{ label: "5", count: 7, keyed: false }, { label: String(marked.numericKey), count: 5, keyed: true }] });
    expect(q2.keyLines).toEqual(["- First", "- Second", "* Third"]);
    expect(analysis.facts).toHaveLength(1);
    expect(analysis.facts[0]).toMatchObject({ n: 12, questions: [{ number: 1 }, { number: 2 }, { number: 3 }] });
    expect(analysis.facts[0].evidence[0].readerHref).toMatch(/^\/sources\/[a-z0-9-]+#s-\d+$/);
  });

  it("over a quiz set counts only the caller's classes; an admin sees all", async () => {
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@cited.test" } });
    expect((await getQuizSetAnalysis(as(setup.teacher), marked.quizSet.id)).attempts).toBe(12);
    expect((await getQuizSetAnalysis(as(other.teacher), marked.quizSet.id)).attempts).toBe(2);
    const all = await getQuizSetAnalysis(as(admin), marked.quizSet.id);
    expect(all.attempts).toBe(14);
    expect(all.assignments).toHaveLength(2);
  });

  it("is empty before any attempt", async () => {
    const fresh = await assignmentOf(prisma, marked.quizSet.id);
    const analysis = await getAssignmentAnalysis(as(fresh.teacher), fresh.assignment.id);
    expect(analysis).toMatchObject({ attempts: 0, facts: [] });
    expect(analysis.questions.map((q) => q.facility)).toEqual([null, null, null]);
  });
});

describe("who may see it", () => {
  it("a co-teacher and an admin may", async () => {
    const coTeacher = await createUser(prisma, { roles: ["TEACHER"] });
    await prisma.coTeacher.create({ data: { classId: setup.klass.id, userId: coTeacher.id } });
    expect((await getAssignmentAnalysis(as(coTeacher), setup.assignment.id)).attempts).toBe(12);
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@cited.test" } });
    expect((await getAssignmentAnalysis(as(admin), setup.assignment.id)).attempts).toBe(12);
  });

  it("a teacher of another class finds nothing (404), a student is refused (403), a visitor must sign in", async () => {
    await expect(getAssignmentAnalysis(as(other.teacher), setup.assignment.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAssignmentAnalysis(as(setup.student), setup.assignment.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getQuizSetAnalysis(as(setup.student), marked.quizSet.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getAssignmentAnalysis(null, setup.assignment.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    const stranger = await createUser(prisma, { roles: ["TEACHER"] });
    await expect(getQuizSetAnalysis(as(stranger), marked.quizSet.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("forged, huge and scripted ids are a 404, never a 500", async () => {
    for (const id of ["x", "' OR 1=1 --", "<script>alert(1)</script>", "a".repeat(10_000), "9".repeat(400), `${setup.assignment.id} `]) {
      await expect(getAssignmentAnalysis(as(setup.teacher), id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getQuizSetAnalysis(as(setup.teacher), id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("a class of 1,000", () => {
  it("is analysed in a few queries, quickly", async () => {
    const big = await assignmentOf(prisma, marked.quizSet.id);
    const ids = Array.from({ length: 1000 }, (_, i) => `ib${suffix}${String(i).padStart(4, "0")}`);
    await prisma.user.createMany({ data: ids.map((id) => ({ id, email: `${id}@cited.test`, name: "Bulk student" })) });
    await prisma.attempt.createMany({
      data: ids.map((id) => ({ id, userId: id, assignmentId: big.assignment.id, quizSetId: marked.quizSet.id, status: "SUBMITTED", submittedAt: new Date(), maxScore: 3 })),
    });
    await prisma.response.createMany({
      data: ids.flatMap((id, i) =>
        versionIds.map((questionVersionId, position) => {
          const right = (i * (position + 3)) % 7 < 4;
          const answer = [{ text: right ? `${marked.marker}-KEY` : `w${i % 9}` }, { choice: right ? "c" : i % 2 ? "a" : "b" }, { value: right ? marked.numericKey : i % 13 }][position];
          return { attemptId: id, position, questionVersionId, answer, score: right ? 1 : 0, correct: right };
        }),
      ),
    });
    await prisma.$executeRaw`UPDATE "Attempt" a SET score = (SELECT sum(r.score) FROM "Response" r WHERE r."attemptId" = a.id) WHERE a."assignmentId" = ${big.assignment.id}`;
    try {
      await getAssignmentAnalysis(as(big.teacher), big.assignment.id); // warm
      const started = performance.now();
      const analysis = await getAssignmentAnalysis(as(big.teacher), big.assignment.id);
      const ms = performance.now() - started;
      console.info(`item analysis of 1,000 attempts: ${ms.toFixed(0)} ms`);
      expect(analysis.attempts).toBe(1000);
      // The benchmark (item_analysis_ms) holds it to 300 ms on a quiet machine; here, a loose bound.
      expect(ms).toBeLessThan(2000);
    } finally {
      await prisma.attempt.deleteMany({ where: { assignmentId: big.assignment.id } });
      await prisma.user.deleteMany({ where: { id: { in: ids } } });
    }
  });
});
