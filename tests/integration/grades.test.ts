// The "Grade" table is kept by the database (triggers on Attempt and on an assignment's score
// policy): whatever code writes attempts, a student's counted share follows the score policy
// (lib/domain/score-policy.ts), and autosaves do not touch it.
import { afterAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/lib/data/autosave";
import { startAttempt, submitAttempt } from "@/lib/data/attempts";
import { countedFraction } from "@/lib/domain/score-policy";
import { studentWithAssignment } from "@/tests/helpers/attempts";
import { testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

const gradeOf = (assignmentId: string, userId: string) => prisma.grade.findUnique({ where: { assignmentId_userId: { assignmentId, userId } } });
const attemptsOf = async (assignmentId: string, userId: string) =>
  (await prisma.attempt.findMany({ where: { assignmentId, userId } })).map((a) => ({ status: a.status, score: a.score === null ? null : Number(a.score), maxScore: a.maxScore === null ? null : Number(a.maxScore), submittedAt: a.submittedAt }));

describe("grades kept by the database", () => {
  it("follows starts, submits, score changes and the score policy", async () => {
    const { viewer, student, assignment } = await studentWithAssignment(prisma, { maxAttempts: 3 });
    expect(await gradeOf(assignment.id, student.id)).toBeNull();

    const first = await startAttempt(viewer, { assignmentId: assignment.id });
    expect(await gradeOf(assignment.id, student.id)).toMatchObject({ working: true, submitted: 0, fraction: null });
    const { sequence } = await saveAnswer(viewer, { attemptId: first, position: 0, answer: null, sequence: 0 });
    expect(sequence).toBe(1);
    await submitAttempt(viewer, first);
    // A second attempt scored higher by hand (as an override would), then a third lower.
    const second = await startAttempt(viewer, { assignmentId: assignment.id });
    await submitAttempt(viewer, second);
    const max = Number((await prisma.attempt.findUniqueOrThrow({ where: { id: second } })).maxScore);
    await prisma.$transaction(async (tx) => {
      const response = await tx.response.findFirstOrThrow({ where: { attemptId: second }, orderBy: { position: "asc" } });
      const points = (await tx.questionVersion.findUniqueOrThrow({ where: { id: response.questionVersionId } })).points;
      await tx.response.update({ where: { id: response.id }, data: { score: points } });
      await tx.attempt.update({ where: { id: second }, data: { score: points } });
    });

    for (const policy of ["BEST", "LAST", "AVERAGE"] as const) {
      await prisma.assignment.update({ where: { id: assignment.id }, data: { scorePolicy: policy } });
      const grade = await gradeOf(assignment.id, student.id);
      expect(grade).toMatchObject({ working: false, submitted: 2 });
      expect(grade!.fraction).toBeCloseTo(countedFraction(policy, await attemptsOf(assignment.id, student.id))!, 10);
    }
    expect(max).toBeGreaterThan(0);
  });

  it("an autosave leaves the grade row alone; deleting the student removes it", async () => {
    const { viewer, student, assignment } = await studentWithAssignment(prisma);
    const attempt = await startAttempt(viewer, { assignmentId: assignment.id });
    const before = await prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM "Grade" WHERE "assignmentId" = ${assignment.id} AND "userId" = ${student.id}`;
    await saveAnswer(viewer, { attemptId: attempt, position: 0, answer: null, sequence: 0 });
    const after = await prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM "Grade" WHERE "assignmentId" = ${assignment.id} AND "userId" = ${student.id}`;
    // The row version did not change: the trigger did not fire for sequence and lastSaveId.
    expect(after).toEqual(before);

    await prisma.user.delete({ where: { id: student.id } });
    expect(await gradeOf(assignment.id, student.id)).toBeNull();
  });
});
