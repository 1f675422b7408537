import "server-only";
// What a teacher sees of their students' work: one student's attempts at every assignment of a
// class (the gradebook's drill-down), and one submitted attempt reviewed with its keys, with
// each question's override. Only assignments' attempts: a practice attempt belongs to its
// student alone, so it matches no teacher's `where`.
import { db } from "@/lib/db";
import { parseShownQuestion, withAnswer, withKey } from "@/lib/domain/questions";
import { shownInOrder } from "@/lib/domain/option-order";
import { NotFoundError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { isId } from "@/lib/validation/ids";
import { points, withPoints } from "./points";
import { explainVersions, type Explanation, type ReviewItem } from "./review";
import { assignmentWhereTaughtBy, classWhereTaughtBy } from "./teaching-access";

/** The drill-down: a student of the class, and their attempts at each of its assignments. */
export async function getStudentWork(actor: Viewer | null, classId: string, studentId: string) {
  const where = classWhereTaughtBy(actor);
  if (!isId(classId) || !isId(studentId)) throw new NotFoundError("That student");
  const klass = await db().class.findFirst({
    where: { id: classId, ...where, enrollments: { some: { userId: studentId } } },
    select: {
      id: true,
      name: true,
      enrollments: { where: { userId: studentId }, select: { user: { select: { id: true, name: true, email: true } } } },
      assignments: {
        orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { dueAt: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          title: true,
          dueAt: true,
          scorePolicy: true,
          archivedAt: true,
          extensions: { where: { userId: studentId }, select: { dueAt: true } },
          attempts: {
            where: { userId: studentId },
            orderBy: { number: "asc" },
            select: { id: true, number: true, status: true, startedAt: true, submittedAt: true, score: true, maxScore: true },
          },
        },
      },
    },
  });
  if (!klass) throw new NotFoundError("That student");
  return {
    class: { id: klass.id, name: klass.name },
    student: klass.enrollments[0].user,
    assignments: klass.assignments.map(({ extensions, attempts, archivedAt, ...a }) => ({
      ...a,
      archived: archivedAt !== null,
      extendedDueAt: extensions[0]?.dueAt ?? null,
      attempts: attempts.map(withPoints),
    })),
  };
}

export type StudentWork = Awaited<ReturnType<typeof getStudentWork>>;

export type TeacherReviewItem = ReviewItem & {
  /** The question version's points: an override may give 0…this. */
  maxPoints: number;
  overriddenAt: Date | null;
  overriddenBy: string | null;
};

/**
 * One attempt of a student of the caller's classes. Submitted: every question with the
 * student's answer, the key, feedback and explanation, and any override. In progress: only its
 * state (its answers are still being written; a teacher reads them once submitted).
 */
export async function getTeacherReview(actor: Viewer | null, attemptId: string) {
  const where = assignmentWhereTaughtBy(actor);
  if (!isId(attemptId)) throw new NotFoundError("That attempt");
  const attempt = await db().attempt.findFirst({
    where: { id: attemptId, assignment: where },
    select: {
      id: true,
      number: true,
      status: true,
      startedAt: true,
      submittedAt: true,
      deadlineAt: true,
      score: true,
      maxScore: true,
      user: { select: { id: true, name: true, email: true } },
      assignment: { select: { id: true, title: true, class: { select: { id: true, name: true } } } },
    },
  });
  if (!attempt || !attempt.assignment) throw new NotFoundError("That attempt");
  const base = {
    id: attempt.id,
    number: attempt.number,
    status: attempt.status,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    deadlineAt: attempt.deadlineAt,
    score: points(attempt.score),
    maxScore: points(attempt.maxScore),
    student: attempt.user,
    assignment: { id: attempt.assignment.id, title: attempt.assignment.title },
    class: attempt.assignment.class,
  };
  if (attempt.status !== "SUBMITTED") return { ...base, items: [] as TeacherReviewItem[] };

  const responses = await db().response.findMany({
    where: { attemptId: attempt.id },
    orderBy: { position: "asc" },
    select: {
      position: true,
      answer: true,
      score: true,
      correct: true,
      optionOrder: true,
      questionVersionId: true,
      overrideReason: true,
      overriddenAt: true,
      overriddenBy: { select: { name: true } },
      regradeNote: true,
      regradedAt: true,
      questionVersion: { select: { type: true, stem: true, options: true, points: true } },
    },
  });
  const explained: Map<string, Explanation> = await explainVersions(responses.map((r) => r.questionVersionId));
  const items: TeacherReviewItem[] = responses.map((r) => {
    const extra = explained.get(r.questionVersionId);
    const answered = withAnswer(parseShownQuestion(shownInOrder(r.questionVersion, r.optionOrder)), r.answer);
    return {
      ...withKey(answered, extra?.key ?? null, extra?.feedback ?? null),
      position: r.position,
      stem: r.questionVersion.stem,
      points: r.questionVersion.points,
      maxPoints: r.questionVersion.points,
      score: points(r.score) ?? 0,
      correct: r.correct ?? false,
      heldBack: false,
      explanationHtml: extra?.explanationHtml ?? null,
      citations: extra?.citations ?? [],
      related: extra?.related ?? [],
      overrideReason: r.overrideReason,
      overriddenAt: r.overriddenAt,
      overriddenBy: r.overriddenBy?.name ?? null,
      regradeNote: r.regradeNote,
      regradedAt: r.regradedAt,
    };
  });
  return { ...base, items };
}

export type TeacherReview = Awaited<ReturnType<typeof getTeacherReview>>;
