// Every path that can show a key goes through one rule (lib/domain/key-visibility.ts): these
// tests take each path in the data layer while an assignment holds the same questions.
import { afterAll, describe, expect, it } from "vitest";
import { startAttempt, submitAttempt } from "@/lib/data/attempts";
import { saveAnswer } from "@/lib/data/autosave";
import { getPublicQuiz, scorePublicQuiz } from "@/lib/data/public-quiz";
import { getReview } from "@/lib/data/review";
import type { Viewer } from "@/lib/identity/viewer";
import { AppError } from "@/lib/errors";
import { testPrisma } from "@/tests/helpers/database";
import { createUser } from "@/tests/helpers/fixtures";
import { assignmentOf, markedQuizSet } from "@/tests/helpers/marked-questions";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

const hour = 3600_000;
const viewerOf = (user: { id: string; roles: Viewer["roles"] }): Viewer => ({ id: user.id, roles: user.roles });
const freshViewer = async () => viewerOf(await createUser(prisma));

/** A published set with the given questions plus Q01, which no assignment in these tests holds. */
async function setWithFreeQuestion(questionIds: string[], isPublic = false) {
  const free = await prisma.question.findFirstOrThrow({ where: { code: "Q01" } });
  const slug = `mixed-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  await prisma.quizSet.create({
    data: { slug, title: slug, status: "PUBLISHED", isPublic, items: { create: [...questionIds, free.id].map((questionId, position) => ({ questionId, position })) } },
  });
  return { slug, freeId: free.id };
}

async function questionIdsOf(attemptId: string) {
  const responses = await prisma.response.findMany({ where: { attemptId }, orderBy: { position: "asc" }, select: { questionVersion: { select: { questionId: true } } } });
  return responses.map((r) => r.questionVersion.questionId);
}

describe("practice while an assignment holds the questions", () => {
  it("leaves the held questions out, and refuses a set whose every question is held", async () => {
    const { questionIds, quizSet } = await markedQuizSet(prisma);
    await assignmentOf(prisma, quizSet.id, { reviewPolicy: "NEVER" });
    const stranger = await freshViewer(); // a fresh account, in no class
    await expect(startAttempt(stranger, { quizSetSlug: quizSet.slug })).rejects.toMatchObject({ status: 409 });
    const { slug, freeId } = await setWithFreeQuestion(questionIds);
    const id = await startAttempt(stranger, { quizSetSlug: slug });
    expect(await questionIdsOf(id)).toEqual([freeId]);
  });

  it("holds back, in a practice review, a question that an assignment took up after the practice began", async () => {
    const { quizSet } = await markedQuizSet(prisma);
    const viewer = await freshViewer();
    const id = await startAttempt(viewer, { quizSetSlug: quizSet.slug });
    await saveAnswer(viewer, { attemptId: id, position: 1, answer: { choice: "c" }, sequence: 0 });
    await submitAttempt(viewer, id);
    const before = await getReview(viewer, id);
    expect(before.items.map((i) => i.heldBack)).toEqual([false, false, false]);
    expect(before.items[1]).toMatchObject({ correct: true, key: { correct: "c" } });

    const { assignment, klass } = await assignmentOf(prisma, quizSet.id, { reviewPolicy: "IMMEDIATELY" });
    const held = await getReview(viewer, id);
    expect(held.heldBackCount).toBe(3);
    for (const item of held.items) {
      expect(item).toMatchObject({ heldBack: true, correct: false, score: 0, key: null, feedback: null, explanationHtml: null, citations: [], related: [] });
    }
    expect({ score: held.score, maxScore: held.maxScore }).toEqual({ score: 0, maxScore: 0 });

    // Past its due date it lets go, unless a classmate's extension still runs.
    await prisma.assignment.update({ where: { id: assignment.id }, data: { opensAt: new Date(Date.now() - 2 * hour), dueAt: new Date(Date.now() - hour) } });
    expect((await getReview(viewer, id)).items[1]).toMatchObject({ heldBack: false, correct: true, key: { correct: "c" } });
    const classmate = await createUser(prisma);
    await prisma.enrollment.create({ data: { classId: klass.id, userId: classmate.id } });
    await prisma.extension.create({ data: { assignmentId: assignment.id, userId: classmate.id, dueAt: new Date(Date.now() + hour) } });
    expect((await getReview(viewer, id)).heldBackCount).toBe(3);

    // "Never" holds for good; archiving the class lets go.
    await prisma.extension.deleteMany({ where: { assignmentId: assignment.id } });
    await prisma.assignment.update({ where: { id: assignment.id }, data: { reviewPolicy: "NEVER" } });
    expect((await getReview(viewer, id)).heldBackCount).toBe(3);
    await prisma.class.update({ where: { id: klass.id }, data: { archivedAt: new Date() } });
    expect((await getReview(viewer, id)).heldBackCount).toBe(0);
  });

  it("leaves held questions out of practising what was missed", async () => {
    const { questionIds, quizSet } = await markedQuizSet(prisma);
    const { student, assignment } = await assignmentOf(prisma, quizSet.id, { reviewPolicy: "NEVER" });
    const viewer = viewerOf(student);
    const taken = await startAttempt(viewer, { assignmentId: assignment.id });
    await saveAnswer(viewer, { attemptId: taken, position: 1, answer: { choice: "a" }, sequence: 0 });
    await submitAttempt(viewer, taken);
    const missed = await startAttempt(viewer, { missed: true }).catch((error: unknown) => error);
    if (missed instanceof AppError) expect(missed.message).toContain("Nothing to practise yet");
    else expect((await questionIdsOf(missed as string)).filter((id) => questionIds.includes(id))).toEqual([]);
  });
});

describe("an assignment's review", () => {
  it("holds back a question that is also in another of the student's assignments still open", async () => {
    const { questionIds, quizSet } = await markedQuizSet(prisma);
    const { student, klass, assignment } = await assignmentOf(prisma, quizSet.id, { reviewPolicy: "IMMEDIATELY" });
    const other = await prisma.quizSet.create({
      data: { slug: `${quizSet.slug}-other`, title: "Other", status: "PUBLISHED", items: { create: { questionId: questionIds[0], position: 0 } } },
    });
    await prisma.assignment.create({
      data: { classId: klass.id, quizSetId: other.id, title: "Later test", opensAt: new Date(Date.now() + hour), dueAt: new Date(Date.now() + 48 * hour), reviewPolicy: "AFTER_DUE" },
    });
    const viewer = viewerOf(student);
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    await submitAttempt(viewer, id);
    const review = await getReview(viewer, id);
    expect(review.items.map((i) => i.heldBack)).toEqual([true, false, false]);
    expect(review.items[0]).toMatchObject({ key: null, explanationHtml: null });
    expect(review.items[1].key).toEqual({ correct: "c" });
  });

  it("is not held back by another class's assignment: the teacher's own policy decides", async () => {
    const { quizSet } = await markedQuizSet(prisma);
    const { student, assignment } = await assignmentOf(prisma, quizSet.id, { reviewPolicy: "IMMEDIATELY" });
    await assignmentOf(prisma, quizSet.id, { reviewPolicy: "NEVER" });
    const viewer = viewerOf(student);
    const id = await startAttempt(viewer, { assignmentId: assignment.id });
    await submitAttempt(viewer, id);
    const review = await getReview(viewer, id);
    expect(review.heldBackCount).toBe(0);
    expect(review.items[1].key).toEqual({ correct: "c" });
  });
});

describe("the public try page", () => {
  it("leaves out, and never scores or explains, the questions an open assignment holds", async () => {
    const { questionIds, quizSet } = await markedQuizSet(prisma, { isPublic: true });
    expect((await getPublicQuiz(quizSet.slug)).questions).toHaveLength(3);
    await assignmentOf(prisma, quizSet.id, { reviewPolicy: "NEVER" });
    const quiz = await getPublicQuiz(quizSet.slug);
    expect({ shown: quiz.questions.length, heldBack: quiz.heldBackCount }).toEqual({ shown: 0, heldBack: 3 });
    expect((await scorePublicQuiz(quizSet.slug, { 0: { choice: "c" } })).items).toEqual([]);

    const { slug } = await setWithFreeQuestion(questionIds, true);
    const mixed = await scorePublicQuiz(slug, {});
    expect(mixed.items).toHaveLength(1);
    expect(mixed.items[0].stem).toMatch(/letter/);
  });
});
