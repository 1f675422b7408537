// The attempt sweep runs in one worker per machine, and on every machine: two sweeps at once
// over the same expired attempts must close each exactly once, with its score and its grade
// written once.
import { afterAll, describe, expect, it } from "vitest";
import { getAttemptForTaking, startAttempt } from "@/lib/data/attempts";
import { saveAnswer } from "@/lib/data/autosave";
import { sweepExpiredAttempts } from "@/lib/data/attempt-scoring";
import { keyAnswer } from "@/lib/domain/answers";
import { parseStoredQuestion } from "@/lib/domain/questions";
import { testPrisma } from "@/tests/helpers/database";
import { studentWithAssignment } from "@/tests/helpers/attempts";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

/** A student's attempt with the first question answered correctly, then its time run out. */
async function expiredAttempt() {
  const { viewer, assignment } = await studentWithAssignment(prisma);
  const id = await startAttempt(viewer, { assignmentId: assignment.id });
  const [first] = (await getAttemptForTaking(viewer, id)).questions;
  const version = (await prisma.response.findUniqueOrThrow({ where: { attemptId_position: { attemptId: id, position: first.position } }, include: { questionVersion: true } })).questionVersion;
  const content = parseStoredQuestion(version);
  await saveAnswer(viewer, { attemptId: id, position: first.position, answer: keyAnswer(content.type, content), sequence: 0 });
  const deadlineAt = new Date(Date.now() - 60_000);
  await prisma.attempt.update({ where: { id }, data: { deadlineAt } });
  return { id, deadlineAt, points: first.points, userId: viewer.id, assignmentId: assignment.id };
}

describe("sweeping expired attempts", () => {
  it("closes each attempt exactly once when two sweeps run at the same time", { timeout: 120_000 }, async () => {
    const attempts = await Promise.all(Array.from({ length: 8 }, expiredAttempt));
    const ours = new Set(attempts.map((a) => a.id));

    const [first, second] = await Promise.all([sweepExpiredAttempts(), sweepExpiredAttempts()]);
    const closedOfOurs = [...first, ...second].filter((id) => ours.has(id));
    expect(closedOfOurs.sort()).toEqual([...ours].sort()); // each once, none twice, none missed

    for (const expected of attempts) {
      const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: expected.id }, include: { responses: true } });
      expect(attempt.status).toBe("SUBMITTED");
      expect(attempt.submittedAt).toEqual(expected.deadlineAt);
      expect(Number(attempt.score)).toBe(expected.points); // one correct answer, counted once
      expect(attempt.responses.reduce((sum, r) => sum + Number(r.score ?? 0), 0)).toBe(expected.points);
      const grades = await prisma.grade.findMany({ where: { userId: expected.userId, assignmentId: expected.assignmentId } });
      expect(grades).toHaveLength(1);
      expect(grades[0].submitted).toBe(1);
    }
    // A third sweep finds none of them left.
    expect((await sweepExpiredAttempts()).filter((id) => ours.has(id))).toEqual([]);
  });
});
