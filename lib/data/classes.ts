import "server-only";
// Classes for the people who teach them: list, read, create, rename, archive, new join code,
// roster and co-teachers. Every query carries its access rule in its `where`
// (lib/data/teaching-access.ts): a teacher of another class finds nothing (404); a co-teacher
// finds the class but may not archive it or change its co-teachers (403). Every change is
// audited in its own transaction. Students joining by code: lib/data/class-joins.ts.
import { recordAudit } from "./audit";
import { classWhereOwnedBy, classWhereTaughtBy, teachingViewer } from "./teaching-access";
import { db } from "@/lib/db";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { generateJoinCode } from "@/lib/domain/join-code";
import { hasRole, type Viewer } from "@/lib/identity/viewer";
import { isId } from "@/lib/validation/ids";

type Tx = Prisma.TransactionClient;

/** Only the class's own teacher (or an admin) archives it or chooses its co-teachers. */
class OwnerOnlyError extends AppError {
  constructor() {
    super(403, "Only the class's teacher can do that; co-teachers cannot.");
  }
}

const notFound = () => new NotFoundError("That class");

export async function listTaughtClasses(actor: Viewer | null) {
  const viewer = teachingViewer(actor);
  const rows = await db().class.findMany({
    where: classWhereTaughtBy(viewer),
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      teacherId: true,
      teacher: { select: { name: true } },
      _count: { select: { enrollments: true, assignments: { where: { archivedAt: null } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    joinCode: row.joinCode,
    archivedAt: row.archivedAt,
    teacherName: row.teacher.name,
    coTeaching: row.teacherId !== viewer.id && !hasRole(viewer, "ADMIN"),
    studentCount: row._count.enrollments,
    assignmentCount: row._count.assignments,
  }));
}

export type TaughtClassSummary = Awaited<ReturnType<typeof listTaughtClasses>>[number];

/** One class with its roster, co-teachers and assignments; 404 unless the caller teaches it. */
export async function getTaughtClass(actor: Viewer | null, classId: string) {
  const viewer = teachingViewer(actor);
  if (!isId(classId)) throw notFound();
  const row = await db().class.findFirst({
    where: { id: classId, ...classWhereTaughtBy(viewer) },
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      createdAt: true,
      teacherId: true,
      teacher: { select: { id: true, name: true, email: true } },
      coTeachers: { orderBy: { createdAt: "asc" }, select: { createdAt: true, user: { select: { id: true, name: true, email: true } } } },
      enrollments: { orderBy: [{ user: { name: "asc" } }, { createdAt: "asc" }], select: { createdAt: true, user: { select: { id: true, name: true, email: true } } } },
      assignments: {
        orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
        select: { id: true, title: true, opensAt: true, dueAt: true, archivedAt: true },
      },
    },
  });
  if (!row) throw notFound();
  return {
    id: row.id,
    name: row.name,
    joinCode: row.joinCode,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    teacher: row.teacher,
    /** The caller may archive the class and choose its co-teachers. */
    canManage: row.teacherId === viewer.id || hasRole(viewer, "ADMIN"),
    coTeachers: row.coTeachers.map((c) => ({ ...c.user, addedAt: c.createdAt })),
    students: row.enrollments.map((e) => ({ ...e.user, joinedAt: e.createdAt })),
    assignments: row.assignments,
  };
}

export type TaughtClass = Awaited<ReturnType<typeof getTaughtClass>>;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Runs `write` with fresh codes until one is not taken (a collision is rare: 31⁸ codes). */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

export async function createClass(actor: Viewer | null, name: string) {
  const viewer = teachingViewer(actor);
  return withFreshCode((joinCode) =>
    db().$transaction(async (tx) => {
      const created = await tx.class.create({ data: { name, joinCode, teacherId: viewer.id }, select: { id: true, name: true, joinCode: true } });
      await recordAudit(tx, { actorId: viewer.id, action: "class.create", entity: { type: "Class", id: created.id }, after: { name } });
      return created;
    }),
  );
}

/** The class as the caller may change it: 404 when they do not teach it, 403 for owner-only changes by a co-teacher. */
async function lockedClass(tx: Tx, viewer: Viewer, classId: string, ownerOnly: boolean) {
  if (!isId(classId)) throw notFound();
  const row = await tx.class.findFirst({
    where: { id: classId, ...classWhereTaughtBy(viewer) },
    select: { id: true, name: true, joinCode: true, archivedAt: true, teacherId: true },
  });
  if (!row) throw notFound();
  if (ownerOnly && !(await tx.class.count({ where: { id: classId, ...classWhereOwnedBy(viewer) } }))) throw new OwnerOnlyError();
  return row;
}

export async function renameClass(actor: Viewer | null, classId: string, name: string) {
  const viewer = teachingViewer(actor);
  await db().$transaction(async (tx) => {
    const before = await lockedClass(tx, viewer, classId, false);
    if (before.name === name) return;
    await tx.class.update({ where: { id: classId }, data: { name } });
    await recordAudit(tx, { actorId: viewer.id, action: "class.rename", entity: { type: "Class", id: classId }, before: { name: before.name }, after: { name } });
  });
}

export async function setClassArchived(actor: Viewer | null, classId: string, archived: boolean) {
  const viewer = teachingViewer(actor);
  await db().$transaction(async (tx) => {
    const before = await lockedClass(tx, viewer, classId, true);
    if ((before.archivedAt !== null) === archived) return;
    await tx.class.update({ where: { id: classId }, data: { archivedAt: archived ? new Date() : null } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: archived ? "class.archive" : "class.unarchive",
      entity: { type: "Class", id: classId },
      before: { name: before.name, archived: !archived },
      after: { name: before.name, archived },
    });
  });
}

/** A new join code; the old one stops working at once. */
export async function regenerateJoinCode(actor: Viewer | null, classId: string): Promise<string> {
  const viewer = teachingViewer(actor);
  return withFreshCode((joinCode) =>
    db().$transaction(async (tx) => {
      const before = await lockedClass(tx, viewer, classId, false);
      await tx.class.update({ where: { id: classId }, data: { joinCode } });
      await recordAudit(tx, { actorId: viewer.id, action: "class.join-code", entity: { type: "Class", id: classId }, before: { joinCode: before.joinCode }, after: { joinCode } });
      return joinCode;
    }),
  );
}

/** Takes a student off the roster. Their attempts stay (the gradebook's history). */
export async function removeStudent(actor: Viewer | null, classId: string, studentId: string) {
  const viewer = teachingViewer(actor);
  await db().$transaction(async (tx) => {
    await lockedClass(tx, viewer, classId, false);
    if (!isId(studentId)) throw new NotFoundError("That student");
    const enrolment = await tx.enrollment.findUnique({ where: { classId_userId: { classId, userId: studentId } }, select: { user: { select: { email: true } } } });
    if (!enrolment) throw new NotFoundError("That student");
    await tx.enrollment.delete({ where: { classId_userId: { classId, userId: studentId } } });
    await recordAudit(tx, { actorId: viewer.id, action: "class.remove-student", entity: { type: "Class", id: classId }, before: { student: enrolment.user.email } });
  });
}

/** Adds an existing, enabled teacher as co-teacher. Returns their name. */
export async function addCoTeacher(actor: Viewer | null, classId: string, email: string): Promise<{ name: string; added: boolean }> {
  const viewer = teachingViewer(actor);
  return db().$transaction(async (tx) => {
    const klass = await lockedClass(tx, viewer, classId, true);
    const user = await tx.user.findFirst({ where: { email, disabledAt: null, roles: { has: "TEACHER" } }, select: { id: true, name: true } });
    if (!user) {
      throw new ValidationError("Check the email address.", {
        email: ["No teacher has an account with that email. They need an account with the teacher role first (an admin gives it)."],
      });
    }
    if (user.id === klass.teacherId) throw new ValidationError("Check the email address.", { email: ["That is the class's own teacher."] });
    const existing = await tx.coTeacher.findUnique({ where: { classId_userId: { classId, userId: user.id } } });
    if (existing) return { name: user.name, added: false };
    await tx.coTeacher.create({ data: { classId, userId: user.id } });
    await recordAudit(tx, { actorId: viewer.id, action: "class.add-co-teacher", entity: { type: "Class", id: classId }, after: { coTeacher: email } });
    return { name: user.name, added: true };
  });
}

export async function removeCoTeacher(actor: Viewer | null, classId: string, userId: string) {
  const viewer = teachingViewer(actor);
  await db().$transaction(async (tx) => {
    await lockedClass(tx, viewer, classId, true);
    if (!isId(userId)) throw new NotFoundError("That co-teacher");
    const row = await tx.coTeacher.findUnique({ where: { classId_userId: { classId, userId } }, select: { user: { select: { email: true } } } });
    if (!row) throw new NotFoundError("That co-teacher");
    await tx.coTeacher.delete({ where: { classId_userId: { classId, userId } } });
    await recordAudit(tx, { actorId: viewer.id, action: "class.remove-co-teacher", entity: { type: "Class", id: classId }, before: { coTeacher: row.user.email } });
  });
}
