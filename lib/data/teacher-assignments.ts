import "server-only";
// Assignments as their teachers manage them: create, edit (saying first what a change means for
// attempts already made), archive, delete (only without attempts), and per-student extensions.
// Every query carries the teaching where-clauses, so a teacher of another class finds nothing.
// Attempts in progress follow one rule (lib/domain/assignment-changes.ts): a change never
// shortens one, and lengthens one when it gives more time.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { deadlineAfterChange, describeChanges, type AssignmentSettings } from "@/lib/domain/assignment-changes";
import { attemptDeadline, effectiveDue, effectiveTimeLimit, isPastDeadline } from "@/lib/domain/deadlines";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { isId } from "@/lib/validation/ids";
import { recordAudit } from "./audit";
import { assignableQuizSetWhere, assignmentWhereTaughtBy, classWhereTaughtBy, teachingViewer } from "./teaching-access";

type Tx = Prisma.TransactionClient;

const settingsSelect = {
  title: true,
  opensAt: true,
  dueAt: true,
  maxAttempts: true,
  timeLimitSeconds: true,
  scorePolicy: true,
  reviewPolicy: true,
  shuffleQuestions: true,
  shuffleOptions: true,
} as const;

/** Classes the caller may assign to (taught or co-taught, not archived), and the sets they may use. */
export async function assignmentChoices(actor: Viewer | null) {
  const viewer = teachingViewer(actor);
  const [classes, sets] = await Promise.all([
    db().class.findMany({ where: { AND: [classWhereTaughtBy(viewer), { archivedAt: null }] }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().quizSet.findMany({
      where: assignableQuizSetWhere(viewer),
      orderBy: [{ ownerId: { sort: "asc", nulls: "last" } }, { title: "asc" }],
      select: { id: true, title: true, ownerId: true, shuffleQuestions: true, shuffleOptions: true, _count: { select: { items: true } } },
    }),
  ]);
  return {
    classes,
    quizSets: sets.map((set) => ({
      id: set.id,
      title: set.title,
      mine: set.ownerId === viewer.id,
      questionCount: set._count.items,
      shuffleQuestions: set.shuffleQuestions,
      shuffleOptions: set.shuffleOptions,
    })),
  };
}

export type AssignmentInput = Omit<AssignmentSettings, "title"> & { title: string };

export async function createAssignment(actor: Viewer | null, input: AssignmentInput & { classId: string; quizSetId: string }): Promise<string> {
  const viewer = teachingViewer(actor);
  return db().$transaction(async (tx) => {
    const klass = await tx.class.findFirst({ where: { AND: [{ id: input.classId }, classWhereTaughtBy(viewer), { archivedAt: null }] }, select: { id: true } });
    if (!klass) throw new NotFoundError("That class");
    const set = await tx.quizSet.findFirst({ where: { AND: [{ id: input.quizSetId }, assignableQuizSetWhere(viewer)] }, select: { id: true, _count: { select: { items: true } } } });
    if (!set) throw new NotFoundError("That quiz set");
    if (set._count.items === 0) throw new ValidationError("Check the highlighted fields.", { quizSetId: ["That quiz set has no questions yet."] });
    const { classId, quizSetId, ...settings } = input;
    const created = await tx.assignment.create({ data: { classId, quizSetId, ...settings }, select: { id: true, ...settingsSelect } });
    await recordAudit(tx, { actorId: viewer.id, action: "assignment.create", entity: { type: "Assignment", id: created.id }, after: { classId, quizSetId, ...audited(created) } });
    return created.id;
  });
}

function audited(settings: AssignmentSettings) {
  return { ...settings, opensAt: settings.opensAt.toISOString(), dueAt: settings.dueAt.toISOString() };
}

async function findTaught(tx: Tx, viewer: Viewer, assignmentId: string) {
  if (!isId(assignmentId)) throw new NotFoundError("That assignment");
  const found = await tx.assignment.findFirst({ where: { AND: [{ id: assignmentId }, assignmentWhereTaughtBy(viewer)] }, select: { id: true, classId: true, archivedAt: true, ...settingsSelect } });
  if (!found) throw new NotFoundError("That assignment");
  return found;
}

async function attemptCounts(tx: Tx, assignmentId: string) {
  const groups = await tx.attempt.groupBy({ by: ["status"], where: { assignmentId }, _count: { _all: true } });
  const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
  return { inProgress: count("IN_PROGRESS"), submitted: count("SUBMITTED") };
}

/** The page of one assignment for its teachers: settings, counts, the class roster with extensions. */
export async function getAssignmentForTeacher(actor: Viewer | null, assignmentId: string) {
  const viewer = teachingViewer(actor);
  if (!isId(assignmentId)) throw new NotFoundError("That assignment");
  const row = await db().assignment.findFirst({
    where: { AND: [{ id: assignmentId }, assignmentWhereTaughtBy(viewer)] },
    select: {
      id: true,
      archivedAt: true,
      createdAt: true,
      ...settingsSelect,
      class: { select: { id: true, name: true, enrollments: { orderBy: { user: { name: "asc" } }, select: { user: { select: { id: true, name: true, email: true } } } } } },
      quizSet: { select: { id: true, title: true, ownerId: true } },
      _count: { select: { items: true } },
      extensions: { select: { userId: true, dueAt: true, extraAttempts: true, extraSeconds: true } },
    },
  });
  if (!row) throw new NotFoundError("That assignment");
  const counts = await attemptCounts(db(), row.id);
  const extensions = new Map(row.extensions.map((e) => [e.userId, e]));
  const { class: klass, quizSet, _count, extensions: _, ...settings } = row;
  return {
    ...settings,
    questionCount: _count.items,
    classId: klass.id,
    className: klass.name,
    quizSetId: quizSet.id,
    quizSetTitle: quizSet.title,
    counts,
    roster: klass.enrollments.map(({ user }) => ({ ...user, extension: extensions.get(user.id) ?? null })),
  };
}

/**
 * Applies the "never shorter, longer when given more time" rule to the attempts in progress of
 * an assignment (of one student when `userId` is given), after its settings or an extension changed.
 */
async function stretchOpenAttempts(tx: Tx, assignmentId: string, userId?: string) {
  const now = new Date();
  const assignment = await tx.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { dueAt: true, timeLimitSeconds: true, extensions: true } });
  const open = await tx.attempt.findMany({ where: { assignmentId, status: "IN_PROGRESS", ...(userId ? { userId } : {}) }, select: { id: true, userId: true, startedAt: true, deadlineAt: true } });
  for (const attempt of open) {
    const extension = assignment.extensions.find((e) => e.userId === attempt.userId) ?? null;
    const recomputed = attemptDeadline({ startedAt: attempt.startedAt, timeLimitSeconds: effectiveTimeLimit(assignment, extension), dueAt: effectiveDue(assignment, extension) });
    const next = deadlineAfterChange({ current: attempt.deadlineAt, recomputed, deadlinePassed: isPastDeadline(attempt.deadlineAt, now) });
    if (next?.getTime() !== attempt.deadlineAt?.getTime()) {
      await tx.attempt.update({ where: { id: attempt.id, status: "IN_PROGRESS" }, data: { deadlineAt: next } });
    }
  }
}

export type UpdateOutcome = { saved: boolean; consequences: string[] };

/**
 * Saves new settings. When attempts exist and the change means something for them, nothing is
 * saved until the teacher has seen the consequences and confirmed (`confirmed`).
 */
export async function updateAssignment(actor: Viewer | null, assignmentId: string, input: AssignmentInput, confirmed: boolean): Promise<UpdateOutcome> {
  const viewer = teachingViewer(actor);
  return db().$transaction(async (tx) => {
    const before = await findTaught(tx, viewer, assignmentId);
    await tx.$queryRaw`SELECT id FROM "Assignment" WHERE id = ${assignmentId} FOR UPDATE`;
    const consequences = describeChanges(before, input, await attemptCounts(tx, assignmentId));
    if (consequences.length > 0 && !confirmed) return { saved: false, consequences };
    const after = await tx.assignment.update({ where: { id: assignmentId }, data: input, select: settingsSelect });
    await stretchOpenAttempts(tx, assignmentId);
    const { id: _id, classId: _c, archivedAt: _a, ...beforeSettings } = before;
    await recordAudit(tx, { actorId: viewer.id, action: "assignment.update", entity: { type: "Assignment", id: assignmentId }, before: audited(beforeSettings), after: audited(after) });
    return { saved: true, consequences };
  });
}

export async function setAssignmentArchived(actor: Viewer | null, assignmentId: string, archived: boolean) {
  const viewer = teachingViewer(actor);
  await db().$transaction(async (tx) => {
    const before = await findTaught(tx, viewer, assignmentId);
    const archivedAt = archived ? (before.archivedAt ?? new Date()) : null;
    await tx.assignment.update({ where: { id: assignmentId }, data: { archivedAt } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: archived ? "assignment.archive" : "assignment.unarchive",
      entity: { type: "Assignment", id: assignmentId },
      before: { archivedAt: before.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
  });
}

const hasAttemptsMessage = "This assignment has attempts, so it cannot be deleted: archive it instead.";

/** Deletes an assignment nobody has attempted; one with attempts is refused (409: archive it). */
export async function deleteAssignment(actor: Viewer | null, assignmentId: string): Promise<{ classId: string }> {
  const viewer = teachingViewer(actor);
  try {
    return await db().$transaction(async (tx) => {
      const before = await findTaught(tx, viewer, assignmentId);
      if ((await tx.attempt.count({ where: { assignmentId } })) > 0) throw new ConflictError(hasAttemptsMessage);
      await tx.assignment.delete({ where: { id: assignmentId } });
      const { id: _id, classId, archivedAt: _a, ...settings } = before;
      await recordAudit(tx, { actorId: viewer.id, action: "assignment.delete", entity: { type: "Assignment", id: assignmentId }, before: { classId, ...audited(settings) } });
      return { classId };
    });
  } catch (error) {
    // An attempt started between the count and the delete: its foreign key refuses the delete.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") throw new ConflictError(hasAttemptsMessage);
    throw error;
  }
}

const extensionId = (assignmentId: string, userId: string) => `${assignmentId}:${userId}`;

function auditedExtension(e: { dueAt: Date | null; extraSeconds: number; extraAttempts: number } | null) {
  return e ? { dueAt: e.dueAt?.toISOString() ?? null, extraSeconds: e.extraSeconds, extraAttempts: e.extraAttempts } : undefined;
}

/** Gives one student of the class a later due time, extra time per attempt and/or extra attempts. */
export async function saveExtension(
  actor: Viewer | null,
  input: { assignmentId: string; userId: string; dueAt: Date | null; extraSeconds: number; extraAttempts: number },
) {
  const viewer = teachingViewer(actor);
  await db().$transaction(async (tx) => {
    const assignment = await findTaught(tx, viewer, input.assignmentId);
    const enrolled = await tx.enrollment.findUnique({ where: { classId_userId: { classId: assignment.classId, userId: input.userId } } });
    if (!enrolled) throw new NotFoundError("That student");
    if (input.dueAt && input.dueAt.getTime() <= assignment.dueAt.getTime()) {
      throw new ValidationError("Check the highlighted fields.", { dueAt: ["A later due time must be after the assignment's due time."] });
    }
    const key = { assignmentId_userId: { assignmentId: input.assignmentId, userId: input.userId } };
    const before = await tx.extension.findUnique({ where: key });
    const data = { dueAt: input.dueAt, extraSeconds: input.extraSeconds, extraAttempts: input.extraAttempts };
    await tx.extension.upsert({ where: key, update: data, create: { assignmentId: input.assignmentId, userId: input.userId, ...data } });
    await stretchOpenAttempts(tx, input.assignmentId, input.userId);
    await recordAudit(tx, {
      actorId: viewer.id,
      action: before ? "extension.update" : "extension.create",
      entity: { type: "Extension", id: extensionId(input.assignmentId, input.userId) },
      before: auditedExtension(before),
      after: auditedExtension(data),
    });
  });
}

/** Removes a student's extension. An attempt already under way keeps its deadline (never shortened). */
export async function removeExtension(actor: Viewer | null, assignmentId: string, userId: string) {
  const viewer = teachingViewer(actor);
  await db().$transaction(async (tx) => {
    await findTaught(tx, viewer, assignmentId);
    const key = { assignmentId_userId: { assignmentId, userId } };
    const before = await tx.extension.findUnique({ where: key });
    if (!before) throw new NotFoundError("That extension");
    await tx.extension.delete({ where: key });
    await recordAudit(tx, { actorId: viewer.id, action: "extension.delete", entity: { type: "Extension", id: extensionId(assignmentId, userId) }, before: auditedExtension(before) });
  });
}
