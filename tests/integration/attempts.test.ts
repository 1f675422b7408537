// The attempt lifecycle and every refusal, against the real database.
import { afterAll, describe, expect, it } from "vitest";
import { getAttemptForTaking, startAttempt, submitAttempt } from "@/lib/data/attempts";
import { saveAnswer } from "@/lib/data/autosave";
import { sweepExpiredAttempts } from "@/lib/data/attempt-scoring";
import { getReview } from "@/lib/data/review";
import { keyAnswer } from "@/lib/domain/answers";
import { parseStoredQuestion } from "@/lib/domain/questions";
import { AppError, AttemptConflictError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { testPrisma } from "@/tests/helpers/database";
import { studentWithAssignment } from "@/tests/helpers/attempts";
import { createUser } from "@/tests/helpers/fixtures";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

async function keyOf(attemptId: string, position: number) {
  const response = await prisma.response.findUniqueOrThrow({
    where: { attemptId_position: { attemptId, position } },
    include: { questionVersion: true },
  });
  const v = response.questionVersion;
  const content = parseStoredQuestion(v);
  return keyAnswer(content.type, content);
}

describe("starting an attempt", () => {
  it("freezes the current question versions and computes the deadline", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma, { timeLimitSeconds: 600 });
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id }, include: { responses: true } });
    const items = await prisma.quizItem.count({ where: { quizSetId: assignment.quizSetId } });
    expect(attempt.responses).toHaveLength(items);
    expect(attempt.deadlineAt!.getTime() - attempt.startedAt.getTime()).toBe(600_000);
    expect(attempt.number).toBe(1);
  });

  it("resumes the attempt in progress instead of starting another", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma);
    const first = await startAttempt(viewer, { assignmentId: assignment.id });
    expect(await startAttempt(viewer, { assignmentId: assignment.id })).toBe(first);
  });

  it("closes, rather than resumes, an open attempt whose time ran out, with what was saved", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma);
    const first = await startAttempt(viewer, { assignmentId: assignment.id });
    await saveAnswer(viewer, { attemptId: first, position: 0, answer: await keyOf(first, 0), sequence: 0 });
    await prisma.attempt.update({ where: { id: first }, data: { deadlineAt: new Date(Date.now() - 60_000) } });
    expect(await startAttempt(viewer, { assignmentId: assignment.id })).toBe(first);
    const closed = await prisma.attempt.findUniqueOrThrow({ where: { id: first }, include: { responses: { where: { position: 0 } } } });
    expect(closed.status).toBe("SUBMITTED");
    expect(closed.responses[0].correct).toBe(true);
  });

  it("gives exactly one attempt for 50 concurrent starts", async () => {
    const { viewer, assignment, student } = await studentWithAssignment(prisma);
    const ids = await Promise.all(Array.from({ length: 50 }, () => startAttempt(viewer, { assignmentId: assignment.id })));
    expect(new Set(ids).size).toBe(1);
    expect(await prisma.attempt.count({ where: { userId: student.id } })).toBe(1);
  });

  it("ends the deadline at the due time when that comes first", async () => {
    const dueAt = new Date(Date.now() + 60_000);
    const { viewer, assignment } = await studentWithAssignment(prisma, { dueAt, timeLimitSeconds: 3600 });
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id } })).deadlineAt).toEqual(dueAt);
  });

  it("refuses a student who is not enrolled, and anonymous callers", async () => {
    const { assignment } = await studentWithAssignment(prisma);
    const outsider = await createUser(prisma);
    await expect(startAttempt({ id: outsider.id, roles: ["STUDENT"] }, { assignmentId: assignment.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(startAttempt(null, { assignmentId: assignment.id })).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("refuses outside the window", async () => {
    const later = await studentWithAssignment(prisma, { opensAt: new Date(Date.now() + 3600_000), dueAt: new Date(Date.now() + 7200_000) });
    await expect(startAttempt(later.viewer, { assignmentId: later.assignment.id })).rejects.toThrow("not open yet");
    const past = await studentWithAssignment(prisma, { opensAt: new Date(Date.now() - 7200_000), dueAt: new Date(Date.now() - 3600_000) });
    await expect(startAttempt(past.viewer, { assignmentId: past.assignment.id })).rejects.toThrow("closed");
  });

  it("refuses once the attempts are used, unless an extension adds one", async () => {
    const { viewer, assignment, student } = await studentWithAssignment(prisma, { maxAttempts: 1 });
    await submitAttempt(viewer, await startAttempt(viewer, { assignmentId: assignment.id }));
    const error = await startAttempt(viewer, { assignmentId: assignment.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(409);
    await prisma.extension.create({ data: { assignmentId: assignment.id, userId: student.id, extraAttempts: 1 } });
    const second = await startAttempt(viewer, { assignmentId: assignment.id });
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: second } })).number).toBe(2);
  });

  it("lets an extension's later due date open a closed assignment", async () => {
    const { viewer, assignment, student } = await studentWithAssignment(prisma, { opensAt: new Date(Date.now() - 7200_000), dueAt: new Date(Date.now() - 3600_000) });
    await prisma.extension.create({ data: { assignmentId: assignment.id, userId: student.id, dueAt: new Date(Date.now() + 3600_000) } });
    await expect(startAttempt(viewer, { assignmentId: assignment.id })).resolves.toBeTruthy();
  });
});

describe("saving answers", () => {
  it("saves, bumps the sequence, and refuses a stale tab without overwriting", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma);
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    const taking = await getAttemptForTaking(viewer, id);
    const q = taking.questions.find((x) => x.type === "SHORT_TEXT")!;
    const first = await saveAnswer(viewer, { attemptId: id, position: q.position, answer: { text: "first" }, sequence: taking.sequence });
    expect(first.sequence).toBe(taking.sequence + 1);
    const stale = await saveAnswer(viewer, { attemptId: id, position: q.position, answer: { text: "stale" }, sequence: taking.sequence }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(AttemptConflictError);
    expect(stale).toMatchObject({ reason: "stale", sequence: first.sequence });
    const stored = await prisma.response.findUniqueOrThrow({ where: { attemptId_position: { attemptId: id, position: q.position } } });
    expect(stored.answer).toEqual({ text: "first" });
  });

  it("answers a retried save (its reply lost) as the first time, and names its own save in a conflict", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma);
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    const taking = await getAttemptForTaking(viewer, id);
    const q = taking.questions.find((x) => x.type === "SHORT_TEXT")!;
    const save = { attemptId: id, position: q.position, answer: { text: "landed" }, sequence: taking.sequence, saveId: "save-one-aaaa" };
    const first = await saveAnswer(viewer, save);
    // The same save again (same id, same sequence): the original answer, nothing written twice.
    expect(await saveAnswer(viewer, save)).toEqual(first);
    // Without an id, the same answer at the same slot and sequence is recognised too.
    expect(await saveAnswer(viewer, { ...save, saveId: undefined })).toEqual(first);
    const after = await prisma.attempt.findUniqueOrThrow({ where: { id } });
    expect(after.sequence).toBe(first.sequence);

    // The tab changed the answer before retrying: a conflict, but one that names its own save.
    const changed = await saveAnswer(viewer, { ...save, answer: { text: "typed more" }, saveId: "save-two-bbbb" }).catch((e: unknown) => e);
    expect(changed).toMatchObject({ reason: "stale", sequence: first.sequence, lastSaveId: "save-one-aaaa" });

    // Another tab's save in between: the retry is a real conflict, naming the other save.
    await saveAnswer(viewer, { ...save, answer: { text: "other tab" }, sequence: first.sequence, saveId: "other-tab-cccc" });
    const replay = await saveAnswer(viewer, save).catch((e: unknown) => e);
    expect(replay).toMatchObject({ reason: "stale", lastSaveId: "other-tab-cccc" });
    const stored = await prisma.response.findUniqueOrThrow({ where: { attemptId_position: { attemptId: id, position: q.position } } });
    expect(stored.answer).toEqual({ text: "other tab" });
  });

  it("clears an answer when null is saved", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma);
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    const q = (await getAttemptForTaking(viewer, id)).questions[0];
    const first = await saveAnswer(viewer, { attemptId: id, position: q.position, answer: await keyOf(id, q.position), sequence: 0 });
    await saveAnswer(viewer, { attemptId: id, position: q.position, answer: null, sequence: first.sequence });
    const stored = await prisma.response.findUniqueOrThrow({ where: { attemptId_position: { attemptId: id, position: q.position } } });
    expect(stored.answer).toBeNull();
  });

  it("refuses another user's attempt as not found, and an answer that does not fit", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma);
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    const taking = await getAttemptForTaking(viewer, id);
    const other = await createUser(prisma);
    await expect(saveAnswer({ id: other.id, roles: ["STUDENT"] }, { attemptId: id, position: 0, answer: {}, sequence: 0 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAttemptForTaking({ id: other.id, roles: ["STUDENT"] }, id)).rejects.toBeInstanceOf(NotFoundError);
    const single = taking.questions.find((x) => x.type === "SINGLE_CHOICE")!;
    await expect(saveAnswer(viewer, { attemptId: id, position: single.position, answer: { choice: "zzz" }, sequence: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(saveAnswer(viewer, { attemptId: id, position: 999, answer: { choice: "a" }, sequence: 0 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses saves to a submitted attempt", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma);
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    await submitAttempt(viewer, id);
    const { sequence } = await prisma.attempt.findUniqueOrThrow({ where: { id } });
    const answer = await keyOf(id, 0);
    await expect(saveAnswer(viewer, { attemptId: id, position: 0, answer, sequence })).rejects.toMatchObject({ reason: "submitted" });
    expect((await prisma.response.findFirstOrThrow({ where: { attemptId: id, position: 0 } })).answer).toBeNull();
  });

  it("refuses saves past the deadline and closes the attempt with what was saved before it", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma);
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    const taking = await getAttemptForTaking(viewer, id);
    const q = taking.questions[0];
    const answer = await keyOf(id, q.position);
    const { sequence } = await saveAnswer(viewer, { attemptId: id, position: q.position, answer, sequence: 0 });
    const deadline = new Date(Date.now() - 10_000);
    await prisma.attempt.update({ where: { id }, data: { deadlineAt: deadline } });
    await expect(saveAnswer(viewer, { attemptId: id, position: 1, answer: await keyOf(id, 1), sequence })).rejects.toMatchObject({ reason: "time-up" });
    const closed = await prisma.attempt.findUniqueOrThrow({ where: { id } });
    expect(closed).toMatchObject({ status: "SUBMITTED", submittedAt: deadline });
    expect(Number(closed.score)).toBe(q.points);
  });
});

describe("submitting", () => {
  it("scores every answer with its key, once, under 20 parallel submits", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma);
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    const taking = await getAttemptForTaking(viewer, id);
    let sequence = taking.sequence;
    for (const q of taking.questions) {
      ({ sequence } = await saveAnswer(viewer, { attemptId: id, position: q.position, answer: await keyOf(id, q.position), sequence }));
    }
    await Promise.all(Array.from({ length: 20 }, () => submitAttempt(viewer, id)));
    const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id }, include: { responses: true } });
    const maxScore = taking.questions.reduce((sum, q) => sum + q.points, 0);
    expect(attempt.status).toBe("SUBMITTED");
    expect({ score: Number(attempt.score), maxScore: Number(attempt.maxScore) }).toEqual({ score: maxScore, maxScore });
    expect(attempt.responses.every((r) => r.correct)).toBe(true);
    const submittedAt = attempt.submittedAt;
    await submitAttempt(viewer, id);
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id } })).submittedAt).toEqual(submittedAt);
  });

  it("is done by the sweep for attempts whose time ran out", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma);
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    await prisma.attempt.update({ where: { id }, data: { deadlineAt: new Date(Date.now() - 60_000) } });
    expect(await sweepExpiredAttempts()).toContain(id);
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("keeps old attempts on the version they saw when a question is edited", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma);
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    const response = await prisma.response.findFirstOrThrow({ where: { attemptId: id, position: 0 }, include: { questionVersion: true } });
    const v = response.questionVersion;
    const next = await prisma.questionVersion.create({
      data: { questionId: v.questionId, version: v.version + 100, type: v.type, stem: `${v.stem} (edited)`, options: v.options!, key: v.key!, explanation: v.explanation },
    });
    await prisma.question.update({ where: { id: v.questionId }, data: { currentVersionId: next.id } });
    try {
      const taking = await getAttemptForTaking(viewer, id);
      expect(taking.questions[0].stem).toBe(v.stem);
    } finally {
      await prisma.question.update({ where: { id: v.questionId }, data: { currentVersionId: v.id } });
    }
  });
});

describe("review", () => {
  it("shows key, explanation and citations with sentence anchors when the policy allows", async () => {
    const { viewer, assignment } = await studentWithAssignment(prisma);
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    await expect(getReview(viewer, id)).rejects.toBeInstanceOf(NotFoundError);
    await submitAttempt(viewer, id);
    const review = await getReview(viewer, id);
    expect(review.visible).toMatchObject({ key: true, explanations: true });
    const item = review.items[0];
    expect(item.key).not.toBeNull();
    expect(item.explanationHtml).toMatch(/<p>/);
    expect(item.citations.length).toBeGreaterThan(0);
    expect(item.citations.some((c) => /^\/sources\/ukraine-children-letter#s-\d+$/.test(c.readerHref ?? ""))).toBe(true);
    const other = await createUser(prisma);
    await expect(getReview({ id: other.id, roles: ["STUDENT"] }, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("hides the key and explanations until the due date under AFTER_DUE, and for good under NEVER", async () => {
    for (const reviewPolicy of ["AFTER_DUE", "NEVER"] as const) {
      const { viewer, assignment } = await studentWithAssignment(prisma, { reviewPolicy });
      const id = await startAttempt(viewer, { assignmentId: assignment.id });
      await submitAttempt(viewer, id);
      const review = await getReview(viewer, id);
      expect(review.visible.key).toBe(false);
      for (const item of review.items) {
        expect(item).toMatchObject({ key: null, feedback: null, explanationHtml: null, citations: [], related: [] });
      }
    }
  });
});

describe("review after the due date", () => {
  it("waits for the last due date in the class, a classmate's extension included", async () => {
    const { viewer, assignment, klass } = await studentWithAssignment(prisma, { reviewPolicy: "AFTER_DUE" });
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    await submitAttempt(viewer, id);
    await prisma.assignment.update({ where: { id: assignment.id }, data: { opensAt: new Date(Date.now() - 7200_000), dueAt: new Date(Date.now() - 60_000) } });
    expect((await getReview(viewer, id)).visible.key).toBe(true);

    const classmate = await createUser(prisma);
    await prisma.enrollment.create({ data: { classId: klass.id, userId: classmate.id } });
    await prisma.extension.create({ data: { assignmentId: assignment.id, userId: classmate.id, dueAt: new Date(Date.now() + 3600_000) } });
    const review = await getReview(viewer, id);
    expect(review.visible.key).toBe(false);
    expect(review.items.every((item) => item.key === null && item.explanationHtml === null)).toBe(true);
    expect(review.dueAt!.getTime()).toBeGreaterThan(Date.now());
  });
});

describe("practice", () => {
  it("starts one open practice attempt per set, and a practice of missed facts after a wrong answer", async () => {
    const user = await createUser(prisma);
    const viewer = { id: user.id, roles: user.roles };
    await expect(startAttempt(viewer, { missed: true })).rejects.toThrow("Nothing to practise yet");
    const id = await startAttempt(viewer, { quizSetSlug: "anchorage-summit" });
    expect(await startAttempt(viewer, { quizSetSlug: "anchorage-summit" })).toBe(id);
    await submitAttempt(viewer, id);
    const missed = await startAttempt(viewer, { missed: true });
    const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: missed }, include: { responses: true } });
    expect(attempt.quizSetId).toBeNull();
    expect(attempt.responses.length).toBeGreaterThan(0);
    expect(attempt.responses.length).toBeLessThanOrEqual(10);
    await expect(startAttempt(viewer, { quizSetSlug: "no-such-set" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
