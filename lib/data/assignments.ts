import "server-only";
import { withPoints } from "./points";
import { isId, isSlug } from "@/lib/validation/ids";
// What a student sees of their classes' assignments and of the practice sets.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/identity/viewer";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { bestFraction, studentBucket, studentStanding } from "@/lib/domain/assignment-state";
import { countedFraction } from "@/lib/domain/score-policy";

export type { AssignmentState } from "@/lib/domain/assignment-state";

const assignmentSelect = (userId: string) =>
  ({
    id: true,
    title: true,
    opensAt: true,
    dueAt: true,
    maxAttempts: true,
    timeLimitSeconds: true,
    reviewPolicy: true,
    scorePolicy: true,
    class: { select: { id: true, name: true } },
    quizSet: { select: { title: true, description: true, _count: { select: { items: true } } } },
    extensions: { where: { userId }, select: { dueAt: true, extraAttempts: true } },
    attempts: {
      where: { userId },
      orderBy: { number: "asc" },
      select: { id: true, number: true, status: true, score: true, maxScore: true, startedAt: true, submittedAt: true, deadlineAt: true },
    },
  }) as const;

type Row = Awaited<ReturnType<typeof rows>>[number];

function rows(userId: string, where: object) {
  return db().assignment.findMany({
    where: { ...where, class: { archivedAt: null, enrollments: { some: { userId } } } },
    orderBy: { dueAt: "asc" },
    select: assignmentSelect(userId),
  });
}

function describe(row: Row, now: Date) {
  const extension = row.extensions[0] ?? null;
  const { state, dueAt } = studentStanding({ now, assignment: row, extension, attempts: row.attempts });
  const open = row.attempts.find((a) => a.status === "IN_PROGRESS") ?? null;
  const attempts = row.attempts.map(withPoints);
  const best = bestFraction(attempts);
  return {
    id: row.id,
    title: row.title,
    classId: row.class.id,
    className: row.class.name,
    quizSetTitle: row.quizSet.title,
    quizSetDescription: row.quizSet.description,
    questionCount: row.quizSet._count.items,
    opensAt: row.opensAt,
    dueAt,
    timeLimitSeconds: row.timeLimitSeconds,
    maxAttempts: row.maxAttempts === null ? null : row.maxAttempts + (extension?.extraAttempts ?? 0),
    attemptsUsed: row.attempts.length,
    reviewPolicy: row.reviewPolicy,
    state,
    bucket: studentBucket({ now, dueAt, attempts: row.attempts }),
    openAttemptId: open?.id ?? null,
    bestFraction: best,
    scorePolicy: row.scorePolicy,
    /** The score that counts, per the assignment's score policy (best, last or average). */
    countedFraction: countedFraction(row.scorePolicy, attempts),
    attempts,
  };
}

export type StudentAssignment = ReturnType<typeof describe>;

export async function listMyAssignments(actor: Viewer | null): Promise<StudentAssignment[]> {
  if (!actor) throw new UnauthenticatedError();
  const now = new Date();
  // Archived assignments leave the to-do list; their page and reviews stay reachable.
  return (await rows(actor.id, { archivedAt: null })).map((row) => describe(row, now));
}

export async function getMyAssignment(actor: Viewer | null, assignmentId: string): Promise<StudentAssignment> {
  if (!actor) throw new UnauthenticatedError();
  if (!isId(assignmentId)) throw new NotFoundError("That assignment");
  const [row] = await rows(actor.id, { id: assignmentId });
  if (!row) throw new NotFoundError("That assignment");
  return describe(row, new Date());
}

/** A published quiz set, with the viewer's open practice attempt and past practice scores. */
export async function getQuizSetForViewer(viewer: Viewer | null, slug: string) {
  if (!isSlug(slug)) throw new NotFoundError("That quiz");
  const set = await db().quizSet.findFirst({
    where: { slug, status: "PUBLISHED", ownerId: null },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      isPublic: true,
      _count: { select: { items: true } },
      attempts: viewer
        ? {
            where: { userId: viewer.id, assignmentId: null },
            orderBy: { startedAt: "desc" },
            take: 10,
            select: { id: true, status: true, score: true, maxScore: true, submittedAt: true },
          }
        : false,
    },
  });
  if (!set) throw new NotFoundError("That quiz");
  const attempts = set.attempts ?? [];
  return {
    slug: set.slug,
    title: set.title,
    description: set.description,
    isPublic: set.isPublic,
    questionCount: set._count.items,
    openAttemptId: attempts.find((a) => a.status === "IN_PROGRESS")?.id ?? null,
    pastAttempts: attempts.filter((a) => a.status === "SUBMITTED").map(withPoints),
  };
}
