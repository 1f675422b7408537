// Regrading an assignment to a corrected version of a question, on a hand-made example: the
// preview, the scores, totals and notes written, a teacher's override kept, an open attempt
// moved, the audit row, idempotence, and every refusal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAttemptForTaking, startAttempt, submitAttempt } from "@/lib/data/attempts";
import { saveAnswer } from "@/lib/data/autosave";
import { previewRegrade, regradeAssignment } from "@/lib/data/regrade";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { testPrisma } from "@/tests/helpers/database";
import { actorEmails, createUser, ensureOtherClass } from "@/tests/helpers/fixtures";
import { assignmentOf, markedQuizSet } from "@/tests/helpers/marked-questions";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

const viewerOf = (user: { id: string; roles: Viewer["roles"] }): Viewer => ({ id: user.id, roles: user.roles });

let assignmentId = "";
let classId = "";
let questionId = "";
let oldVersionId = "";
let newVersionId = "";
let teacher: Viewer;
const students: Record<"right" | "wrong" | "overridden" | "open", { viewer: Viewer; attemptId: string }> = {} as never;

async function answerSingleChoice(viewer: Viewer, choice: string, submit: boolean) {
  const attemptId = await startAttempt(viewer, { assignmentId });
  const taking = await getAttemptForTaking(viewer, attemptId);
  const position = taking.questions.find((q) => q.type === "SINGLE_CHOICE")!.position;
  await saveAnswer(viewer, { attemptId, position, answer: { choice }, sequence: taking.sequence });
  if (submit) await submitAttempt(viewer, attemptId);
  return attemptId;
}

const responseOf = (attemptId: string) =>
  prisma.response.findFirstOrThrow({ where: { attemptId, questionVersion: { questionId } }, include: { questionVersion: true } });

beforeAll(async () => {
  await ensureOtherClass(prisma);
  const set = await markedQuizSet(prisma);
  questionId = set.questionIds[1]; // the single-choice question: options a, b, c; key c; 1 point
  const made = await assignmentOf(prisma, set.quizSet.id);
  assignmentId = made.assignment.id;
  classId = made.klass.id;
  teacher = viewerOf(made.teacher);
  const enrol = async (name: string) => {
    const user = await createUser(prisma, { name });
    await prisma.enrollment.create({ data: { classId, userId: user.id } });
    return viewerOf(user);
  };
  const right = viewerOf(made.student);
  const wrong = await enrol("Bo Wrong");
  const overridden = await enrol("Cy Overridden");
  const open = await enrol("Di Open");
  students.right = { viewer: right, attemptId: await answerSingleChoice(right, "c", true) };
  students.wrong = { viewer: wrong, attemptId: await answerSingleChoice(wrong, "b", true) };
  students.overridden = { viewer: overridden, attemptId: await answerSingleChoice(overridden, "a", true) };
  students.open = { viewer: open, attemptId: await answerSingleChoice(open, "c", false) };

  // The teacher gave "a" a point by hand (the response and the total in one transaction).
  const response = await responseOf(students.overridden.attemptId);
  await prisma.$transaction([
    prisma.response.update({ where: { id: response.id }, data: { score: 1, overrideReason: "Fair reading.", overriddenAt: new Date(), overriddenById: teacher.id } }),
    prisma.attempt.update({ where: { id: students.overridden.attemptId }, data: { score: { increment: 1 } } }),
  ]);

  // The correction: option c was wrong and is removed, b is right, and it is worth 2 points.
  const old = await prisma.questionVersion.findFirstOrThrow({ where: { questionId, version: 1 } });
  oldVersionId = old.id;
  const next = await prisma.questionVersion.create({
    data: {
      questionId,
      version: 2,
      type: "SINGLE_CHOICE",
      stem: "Pick one (corrected).",
      options: { choices: [{ id: "a", text: "First" }, { id: "b", text: "Second" }, { id: "d", text: "Fourth" }] },
      key: { correct: "b" },
      explanation: "Corrected.",
      points: 2,
    },
  });
  newVersionId = next.id;
  await prisma.question.update({ where: { id: questionId }, data: { currentVersionId: next.id } });
});

describe("who may regrade", () => {
  it("refuses anonymous callers, students, and teachers of other classes", async () => {
    await expect(previewRegrade(null, assignmentId)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(regradeAssignment(null, assignmentId)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(previewRegrade(students.right.viewer, assignmentId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(regradeAssignment(students.right.viewer, assignmentId)).rejects.toBeInstanceOf(ForbiddenError);
    const other = viewerOf(await prisma.user.findUniqueOrThrow({ where: { email: actorEmails.teacherOfAnotherClass } }));
    await expect(previewRegrade(other, assignmentId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(regradeAssignment(other, assignmentId)).rejects.toBeInstanceOf(NotFoundError);
    for (const id of ["x'; DROP TABLE \"Response\"; --", "<script>alert(1)</script>", "z".repeat(10_000)]) {
      await expect(regradeAssignment(teacher, id)).rejects.toBeInstanceOf(NotFoundError);
    }
    // Nothing moved.
    expect((await responseOf(students.right.attemptId)).questionVersionId).toBe(oldVersionId);
  });

  it("lets a co-teacher preview", async () => {
    const coTeacher = await createUser(prisma, { roles: ["TEACHER"] });
    await prisma.coTeacher.create({ data: { classId, userId: coTeacher.id } });
    expect((await previewRegrade(viewerOf(coTeacher), assignmentId)).questions).toHaveLength(1);
  });
});

describe("regrading to a corrected version", () => {
  it("previews old and new scores, what no longer fits, and the totals", async () => {
    const preview = await previewRegrade(teacher, assignmentId);
    expect(preview.skipped).toEqual([]);
    expect(preview.questions).toHaveLength(1);
    const [question] = preview.questions;
    expect(question.from).toMatchObject({ id: oldVersionId, version: 1, points: 1 });
    expect(question.to).toMatchObject({ id: newVersionId, version: 2, points: 2 });
    expect(question.from.text).toContain("* Third");
    expect(question.to.text).toContain("* Second");
    const row = (attemptId: string) => question.rows.find((r) => r.attemptId === attemptId)!;
    expect(row(students.right.attemptId)).toMatchObject({ oldScore: 1, newScore: 0, unparseable: true, overridden: false });
    expect(row(students.wrong.attemptId)).toMatchObject({ oldScore: 0, newScore: 2, unparseable: false, correct: true });
    expect(row(students.overridden.attemptId)).toMatchObject({ oldScore: 1, newScore: 1, overridden: true });
    expect(row(students.open.attemptId)).toMatchObject({ submitted: false, oldScore: null, newScore: null });
    expect(question.changed).toBe(2);
    expect(question.unparseable).toBe(2); // the submitted "c" and the open attempt's "c"
    const total = (attemptId: string) => preview.totals.find((t) => t.attemptId === attemptId)!;
    expect(total(students.right.attemptId)).toMatchObject({ before: 1, after: 0, maxBefore: 3, maxAfter: 4 });
    expect(total(students.wrong.attemptId)).toMatchObject({ before: 0, after: 2, maxBefore: 3, maxAfter: 4 });
    expect(total(students.overridden.attemptId)).toMatchObject({ before: 1, after: 1 });
    expect(preview.totals.some((t) => t.attemptId === students.open.attemptId)).toBe(false);
  });

  it("applies it in one transaction: item, responses, notes, totals, an audit row; overrides stand", async () => {
    const result = await regradeAssignment(teacher, assignmentId);
    expect(result).toEqual({ questions: 1, responses: 4, changed: 2 });

    const items = await prisma.assignmentItem.findMany({ where: { assignmentId } });
    expect(items.map((i) => i.questionVersionId)).toContain(newVersionId);
    expect(items.map((i) => i.questionVersionId)).not.toContain(oldVersionId);

    const right = await responseOf(students.right.attemptId);
    expect(right).toMatchObject({ questionVersionId: newVersionId, correct: false });
    expect(Number(right.score)).toBe(0);
    expect(right.regradedAt).not.toBeNull();
    expect(right.regradeNote).toBe("The question was corrected (version 2); your answer no longer fits its options, so it was rescored: 1 → 0 points.");

    const wrong = await responseOf(students.wrong.attemptId);
    expect(Number(wrong.score)).toBe(2);
    expect(wrong.correct).toBe(true);
    expect(wrong.regradeNote).toBe("The question was corrected (version 2); your answer was rescored: 0 → 2 points.");

    const overridden = await responseOf(students.overridden.attemptId);
    expect(Number(overridden.score)).toBe(1);
    expect(overridden.overriddenAt).not.toBeNull();
    expect(overridden.regradeNote).toBe("The question was corrected (version 2); your teacher's score of 1 point stands.");

    const open = await responseOf(students.open.attemptId);
    expect(open).toMatchObject({ questionVersionId: newVersionId, score: null, regradeNote: null });

    for (const [name, score] of [["right", 0], ["wrong", 2], ["overridden", 1]] as const) {
      const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: students[name].attemptId }, include: { responses: true } });
      expect(Number(attempt.score), name).toBe(score);
      expect(Number(attempt.maxScore), name).toBe(4);
      expect(attempt.responses.reduce((sum, r) => sum + Number(r.score ?? 0), 0)).toBe(score);
    }

    const audit = await prisma.auditEntry.findMany({ where: { entityType: "Assignment", entityId: assignmentId, action: "assignment.regrade" } });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(teacher.id);
    expect(audit[0].before).toMatchObject({ responses: 4, totalScore: 2, versions: [{ questionId, version: 1 }] });
    expect(audit[0].after).toMatchObject({ responses: 4, changed: 2, totalScore: 3, versions: [{ questionId, version: 2 }] });
  });

  it("scores the open attempt under the new version when it is submitted", async () => {
    await submitAttempt(students.open.viewer, students.open.attemptId);
    const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: students.open.attemptId } });
    expect(Number(attempt.score)).toBe(0);
    expect(Number(attempt.maxScore)).toBe(4);
  });

  it("changes nothing the second time: nothing is pending", async () => {
    const before = await prisma.response.findMany({ where: { attempt: { assignmentId } }, orderBy: { id: "asc" } });
    expect((await previewRegrade(teacher, assignmentId)).questions).toEqual([]);
    expect(await regradeAssignment(teacher, assignmentId)).toEqual({ questions: 0, responses: 0, changed: 0 });
    expect(await prisma.response.findMany({ where: { attempt: { assignmentId } }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await prisma.auditEntry.count({ where: { entityType: "Assignment", entityId: assignmentId, action: "assignment.regrade" } })).toBe(1);
  });

  it("skips a new version of another type, and a draft question, saying why", async () => {
    const textQuestion = await prisma.quizItem.findFirstOrThrow({ where: { quizSet: { assignments: { some: { id: assignmentId } } }, position: 0 } });
    const retyped = await prisma.questionVersion.create({
      data: { questionId: textQuestion.questionId, version: 2, type: "NUMERIC", stem: "Now a number.", options: {}, key: { value: 1, tolerance: 0, toleranceKind: "absolute" }, explanation: "." },
    });
    await prisma.question.update({ where: { id: textQuestion.questionId }, data: { currentVersionId: retyped.id } });
    const preview = await previewRegrade(teacher, assignmentId);
    expect(preview.questions).toEqual([]);
    expect(preview.skipped).toEqual([{ position: 0, code: expect.any(String), reason: expect.stringContaining("another type") }]);
  });
});
