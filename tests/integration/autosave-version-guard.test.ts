// Autosave checks an answer against the question version the attempt shows, cached per process.
// A regrade in another process or instance moves an open attempt to a corrected version and can
// only clear its own process's cache, so the save's write is guarded by the cached version:
// here the attempt is moved behind the cache's back (as another instance's regrade would), and
// the next save must be checked against the new version, not the cached one.
import { afterAll, describe, expect, it } from "vitest";
import { startAttempt } from "@/lib/data/attempts";
import { saveAnswer } from "@/lib/data/autosave";
import { ValidationError } from "@/lib/errors";
import { studentWithAssignment } from "@/tests/helpers/attempts";
import { testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

type Choice = { id: string; text: string };

describe("autosave after a regrade elsewhere", () => {
  it("checks the answer against the version the attempt shows now, not the cached one", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma);
    const attemptId = await startAttempt(viewer, { assignmentId: assignment.id });
    const response = await prisma.response.findFirstOrThrow({
      where: { attemptId, questionVersion: { type: "SINGLE_CHOICE" } },
      include: { questionVersion: true },
    });
    const { position, questionVersion: shown } = response;
    const oldChoices = (shown.options as { choices: Choice[] }).choices;

    // A save caches the version this process checks answers against.
    let { sequence } = await saveAnswer(viewer, { attemptId, position, answer: { choice: oldChoices[0].id }, sequence: 0 });

    // A corrected version with new option ids, and the attempt moved to it directly in the
    // database: this process's cache is not told.
    const newChoices = oldChoices.map((choice, n) => ({ id: `${choice.id}-corrected-${n}`, text: choice.text }));
    const latest = await prisma.questionVersion.findFirstOrThrow({ where: { questionId: shown.questionId }, orderBy: { version: "desc" } });
    const corrected = await prisma.questionVersion.create({
      data: {
        questionId: shown.questionId,
        version: latest.version + 1,
        type: shown.type,
        stem: shown.stem,
        options: { choices: newChoices },
        key: { correct: newChoices[0].id },
        explanation: shown.explanation,
        points: shown.points,
      },
    });
    await prisma.response.update({ where: { id: response.id }, data: { questionVersionId: corrected.id } });

    // An option of the corrected version is accepted and stored...
    ({ sequence } = await saveAnswer(viewer, { attemptId, position, answer: { choice: newChoices[1].id }, sequence }));
    const stored = await prisma.response.findUniqueOrThrow({ where: { id: response.id } });
    expect(stored.answer).toEqual({ choice: newChoices[1].id });
    expect(sequence).toBe(2);

    // ...and one only the old version had is refused, without moving the attempt's sequence.
    await expect(saveAnswer(viewer, { attemptId, position, answer: { choice: oldChoices[1].id }, sequence })).rejects.toBeInstanceOf(ValidationError);
    const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.sequence).toBe(2);
    expect((await prisma.response.findUniqueOrThrow({ where: { id: response.id } })).answer).toEqual({ choice: newChoices[1].id });
  });
});
