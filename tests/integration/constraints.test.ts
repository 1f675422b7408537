// The integrity rules that live in the database itself: they hold whatever code writes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
let studentId: string;
let assignment: { id: string; quizSetId: string };
let sourceId: string;

beforeAll(async () => {
  studentId = (await prisma.user.findUniqueOrThrow({ where: { email: "ben@cited.test" } })).id;
  assignment = await prisma.assignment.findFirstOrThrow({ select: { id: true, quizSetId: true } });
  sourceId = (await prisma.source.findUniqueOrThrow({ where: { slug: "ukraine-children-letter" } })).id;
});

afterAll(async () => {
  await prisma.attempt.deleteMany({ where: { userId: studentId } });
  await prisma.$disconnect();
});

describe("database constraints", () => {
  it("allow one attempt in progress per student and assignment, even under 50 concurrent inserts", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        prisma.attempt.create({ data: { userId: studentId, quizSetId: assignment.quizSetId, assignmentId: assignment.id, number: i + 1 } }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const open = await prisma.attempt.count({ where: { userId: studentId, assignmentId: assignment.id, status: "IN_PROGRESS" } });
    expect(open).toBe(1);
  });

  it("allow a new attempt once the previous one is submitted", async () => {
    const open = await prisma.attempt.findFirstOrThrow({ where: { userId: studentId, status: "IN_PROGRESS" } });
    await prisma.attempt.update({ where: { id: open.id }, data: { status: "SUBMITTED", submittedAt: new Date(), score: 0, maxScore: 2 } });
    await expect(
      prisma.attempt.create({ data: { userId: studentId, quizSetId: assignment.quizSetId, assignmentId: assignment.id, number: open.number + 1 } }),
    ).resolves.toBeTruthy();
  });

  it("allow one practice attempt in progress per student and quiz set", async () => {
    const data = { userId: studentId, quizSetId: assignment.quizSetId };
    await prisma.attempt.create({ data });
    await expect(prisma.attempt.create({ data: { ...data, number: 2 } })).rejects.toThrow();
  });

  it("refuse a score above the maximum, or a submitted attempt without its time", async () => {
    const attempt = await prisma.attempt.findFirstOrThrow({ where: { userId: studentId, status: "IN_PROGRESS", assignmentId: null } });
    await expect(
      prisma.attempt.update({ where: { id: attempt.id }, data: { status: "SUBMITTED", submittedAt: new Date(), score: 5, maxScore: 3 } }),
    ).rejects.toThrow();
    await expect(prisma.attempt.update({ where: { id: attempt.id }, data: { status: "SUBMITTED" } })).rejects.toThrow();
    const unchanged = await prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(unchanged.status).toBe("IN_PROGRESS");
  });

  it("refuse an assignment due before it opens, and zero attempts", async () => {
    const klass = await prisma.class.findFirstOrThrow();
    const base = { classId: klass.id, quizSetId: assignment.quizSetId, title: "bad" };
    await expect(prisma.assignment.create({ data: { ...base, opensAt: new Date("2025-09-02"), dueAt: new Date("2025-09-01") } })).rejects.toThrow();
    await expect(
      prisma.assignment.create({ data: { ...base, opensAt: new Date("2025-09-01"), dueAt: new Date("2025-09-02"), maxAttempts: 0 } }),
    ).rejects.toThrow();
  });

  it("refuse evidence with a half-open or inverted span", async () => {
    const fact = await prisma.fact.findFirstOrThrow();
    await expect(prisma.evidence.create({ data: { factId: fact.id, sourceId, quote: "x", start: 10, end: null } })).rejects.toThrow();
    await expect(prisma.evidence.create({ data: { factId: fact.id, sourceId, quote: "y", start: 10, end: 5 } })).rejects.toThrow();
  });

  it("refuse a question version with zero points or difficulty out of 1-5", async () => {
    const question = await prisma.question.findFirstOrThrow();
    const base = { questionId: question.id, type: "TRUE_FALSE" as const, stem: "s", options: {}, key: { correct: true }, explanation: "e" };
    await expect(prisma.questionVersion.create({ data: { ...base, version: 90, points: 0 } })).rejects.toThrow();
    await expect(prisma.questionVersion.create({ data: { ...base, version: 91, difficulty: 6 } })).rejects.toThrow();
  });

  it("refuse two users with the same email and a duplicate join code", async () => {
    await expect(prisma.user.create({ data: { email: "ben@cited.test", name: "Other Ben" } })).rejects.toThrow();
    const teacher = await prisma.user.findUniqueOrThrow({ where: { email: "teacher@cited.test" } });
    await expect(prisma.class.create({ data: { name: "Copy", joinCode: "ALASKA25", teacherId: teacher.id } })).rejects.toThrow();
  });
});
