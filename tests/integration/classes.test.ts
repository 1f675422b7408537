// Classes: creating and changing them, co-teachers, joining with a code, and every refusal,
// against the real database. Each test makes its own teachers, students and classes.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actions } from "@/lib/actions/registry";
import type { ActionContext, ActionOutcome } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/auth/session";
import { archivedClassMessage, joinLimits, listMyClasses, ownClassMessage, previewJoin, wrongCodeMessage } from "@/lib/data/class-joins";
import { getTaughtClass, listTaughtClasses } from "@/lib/data/classes";
import { listMyAssignments } from "@/lib/data/assignments";
import { startAttempt, submitAttempt } from "@/lib/data/attempts";
import { countedFraction } from "@/lib/domain/score-policy";
import { joinCodeAlphabet } from "@/lib/domain/join-code";
import { NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/identity/viewer";
import { studentWithAssignment } from "@/tests/helpers/attempts";
import { testPrisma } from "@/tests/helpers/database";
import { createUser } from "@/tests/helpers/fixtures";

const prisma = testPrisma();
let admin: CurrentUser;

beforeAll(async () => {
  const row = await prisma.user.findUniqueOrThrow({ where: { email: "admin@cited.test" } });
  admin = { id: row.id, email: row.email, name: row.name, roles: row.roles };
});
afterAll(() => prisma.$disconnect());

async function person(roles: Role[] = ["STUDENT"], name = "Test Person"): Promise<CurrentUser> {
  const user = await createUser(prisma, { roles, name });
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}

/** A fresh address per test, so that the per-address join limit is the test's own. */
const freshIp = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomBytes(3).toString("hex")}`;

function run(name: string, user: CurrentUser | null, input: Record<string, unknown>, ip = freshIp()): Promise<ActionOutcome> {
  const context: ActionContext = { user, origin: "http://cited.test", host: "cited.test", ip, deviceToken: null };
  return actions[name].run(context, input);
}

/** A class made through the action, by a fresh teacher, with a fresh co-teacher. */
async function classWithTeachers(name = "Integration class") {
  const teacher = await person(["TEACHER"], "Tess Teacher");
  const coTeacher = await person(["TEACHER"], "Cal Co-Teacher");
  const created = await run("createClass", teacher, { name });
  expect(created).toMatchObject({ ok: true });
  const klass = created.ok ? (created.data as { id: string; joinCode: string }) : { id: "", joinCode: "" };
  expect(await run("addCoTeacher", teacher, { classId: klass.id, email: coTeacher.email })).toMatchObject({ ok: true });
  return { teacher, coTeacher, classId: klass.id, joinCode: klass.joinCode };
}

const expectRefused = (outcome: ActionOutcome, status: number, message?: string) =>
  expect(outcome).toMatchObject({ ok: false, status, ...(message ? { message } : {}) });

describe("creating a class", () => {
  it("gives a teacher a class with an 8-character code of the unambiguous alphabet, and audits it", async () => {
    const { teacher, classId, joinCode } = await classWithTeachers("Year 10 Current Events");
    expect(joinCode).toMatch(new RegExp(`^[${joinCodeAlphabet}]{8}$`));
    const row = await prisma.class.findUniqueOrThrow({ where: { id: classId } });
    expect(row).toMatchObject({ name: "Year 10 Current Events", teacherId: teacher.id, archivedAt: null });
    const audit = await prisma.auditEntry.findFirst({ where: { entityType: "Class", entityId: classId, action: "class.create" } });
    expect(audit).toMatchObject({ actorId: teacher.id });
  });

  it("refuses a student (403) and a visitor (401)", async () => {
    expectRefused(await run("createClass", await person(), { name: "Sneaky" }), 403);
    expectRefused(await run("createClass", null, { name: "Sneaky" }), 401);
  });

  it("refuses an empty, a too long or a control-character name with a 422 field error", async () => {
    const teacher = await person(["TEACHER"]);
    for (const name of ["", "   ", "x".repeat(101), "Bad\u0000name", "Bad\u0007name"]) {
      const outcome = await run("createClass", teacher, { name });
      expect(outcome, JSON.stringify(name)).toMatchObject({ ok: false, status: 422 });
      expect(outcome.ok ? undefined : outcome.fieldErrors?.name).toBeDefined();
    }
    expect(await prisma.class.count({ where: { teacherId: teacher.id } })).toBe(0);
  });

  it("stores a pasted script in a name as plain text, trimmed", async () => {
    const teacher = await person(["TEACHER"]);
    const script = `<script>alert("x")</script> & <img src=x onerror=alert(1)>`;
    const outcome = await run("createClass", teacher, { name: `  ${script}  ` });
    expect(outcome).toMatchObject({ ok: true });
    const [row] = await listTaughtClasses(teacher);
    expect(row.name).toBe(script);
  });
});

describe("who sees and changes a class", () => {
  it("shows teachers only the classes they teach or co-teach; admins see all", async () => {
    const { teacher, coTeacher, classId } = await classWithTeachers();
    const other = await person(["TEACHER"]);
    expect((await listTaughtClasses(teacher)).map((c) => c.id)).toContain(classId);
    expect((await listTaughtClasses(coTeacher)).find((c) => c.id === classId)).toMatchObject({ coTeaching: true });
    expect((await listTaughtClasses(other)).map((c) => c.id)).not.toContain(classId);
    expect((await listTaughtClasses(admin)).map((c) => c.id)).toContain(classId);
    await expect(listTaughtClasses(await person())).rejects.toMatchObject({ status: 403 });
  });

  it("answers a teacher of another class with 404 for reading, renaming, archiving, new codes and the roster", async () => {
    const { classId } = await classWithTeachers();
    const other = await person(["TEACHER"]);
    const student = await person();
    await expect(getTaughtClass(other, classId)).rejects.toBeInstanceOf(NotFoundError);
    const notFound = "That class was not found.";
    expectRefused(await run("renameClass", other, { classId, name: "Mine now" }), 404, notFound);
    expectRefused(await run("setClassArchived", other, { classId, archived: "true" }), 404, notFound);
    expectRefused(await run("regenerateJoinCode", other, { classId }), 404, notFound);
    expectRefused(await run("removeStudentFromClass", other, { classId, studentId: student.id }), 404, notFound);
    expectRefused(await run("addCoTeacher", other, { classId, email: other.email }), 404, notFound);
    const row = await prisma.class.findUniqueOrThrow({ where: { id: classId } });
    expect(row).toMatchObject({ name: "Integration class", archivedAt: null });
  });

  it("answers forged and malformed ids with 404 or 422, never a 500", async () => {
    const { teacher } = await classWithTeachers();
    expectRefused(await run("renameClass", teacher, { classId: "clnoclass000000000000000", name: "X" }), 404);
    expectRefused(await run("renameClass", teacher, { classId: "'; DROP TABLE \"Class\"; --", name: "X" }), 422);
    expectRefused(await run("renameClass", teacher, { classId: "9".repeat(400), name: "X" }), 422);
    await expect(getTaughtClass(teacher, "\u0000")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets a co-teacher rename and make a new code, but not archive or choose co-teachers", async () => {
    const { teacher, coTeacher, classId } = await classWithTeachers();
    expect(await run("renameClass", coTeacher, { classId, name: "Renamed by co" })).toMatchObject({ ok: true });
    expect(await run("regenerateJoinCode", coTeacher, { classId })).toMatchObject({ ok: true });
    const ownerOnly = "Only the class's teacher can do that; co-teachers cannot.";
    expectRefused(await run("setClassArchived", coTeacher, { classId, archived: "true" }), 403, ownerOnly);
    const third = await person(["TEACHER"]);
    expectRefused(await run("addCoTeacher", coTeacher, { classId, email: third.email }), 403, ownerOnly);
    expectRefused(await run("removeCoTeacher", coTeacher, { classId, userId: coTeacher.id }), 403, ownerOnly);
    const klass = await getTaughtClass(teacher, classId);
    expect(klass).toMatchObject({ name: "Renamed by co", archivedAt: null, canManage: true });
    expect(klass.coTeachers.map((c) => c.id)).toEqual([coTeacher.id]);
    expect((await getTaughtClass(coTeacher, classId)).canManage).toBe(false);
  });

  it("lets the teacher and an admin archive and restore, each change audited", async () => {
    const { teacher, classId } = await classWithTeachers();
    expect(await run("setClassArchived", teacher, { classId, archived: "true" })).toMatchObject({ ok: true });
    expect((await prisma.class.findUniqueOrThrow({ where: { id: classId } })).archivedAt).not.toBeNull();
    expect(await run("setClassArchived", admin, { classId, archived: "false" })).toMatchObject({ ok: true });
    expect((await prisma.class.findUniqueOrThrow({ where: { id: classId } })).archivedAt).toBeNull();
    const actions = await prisma.auditEntry.findMany({ where: { entityType: "Class", entityId: classId }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(actions.map((a) => a.action)).toEqual(["class.create", "class.add-co-teacher", "class.archive", "class.unarchive"]);
    expect(actions.at(-1)?.actorId).toBe(admin.id);
  });

  it("adds only existing, enabled teachers as co-teachers, and removes them", async () => {
    const { teacher, coTeacher, classId } = await classWithTeachers();
    const student = await person();
    const disabled = await person(["TEACHER"]);
    await prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    for (const email of [student.email, disabled.email, "nobody-at-all@cited.test", teacher.email]) {
      const outcome = await run("addCoTeacher", teacher, { classId, email });
      expect(outcome, email).toMatchObject({ ok: false, status: 422 });
      expect(outcome.ok ? undefined : outcome.fieldErrors?.email).toBeDefined();
    }
    expectRefused(await run("addCoTeacher", teacher, { classId, email: "not an email" }), 422);
    expect(await run("removeCoTeacher", teacher, { classId, userId: coTeacher.id })).toMatchObject({ ok: true });
    await expect(getTaughtClass(coTeacher, classId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("joining a class", () => {
  it("joins with the code however it is typed, once; a second join is a friendly no-op", async () => {
    const { teacher, classId, joinCode } = await classWithTeachers("Joinable");
    const student = await person();
    const typed = ` ${joinCode.slice(0, 4).toLowerCase()}-${joinCode.slice(4)} `;
    expect(await run("joinClass", student, { code: typed })).toMatchObject({ ok: true, message: "You joined “Joinable”. Its assignments are on your Quizzes page." });
    expect(await run("joinClass", student, { code: joinCode })).toMatchObject({ ok: true, message: "You are already in “Joinable”." });
    expect(await prisma.enrollment.count({ where: { classId } })).toBe(1);
    expect((await listMyClasses(student)).map((c) => c.id)).toEqual([classId]);
    expect((await getTaughtClass(teacher, classId)).students.map((s) => s.id)).toEqual([student.id]);
    expect(await prisma.auditEntry.count({ where: { entityType: "Class", entityId: classId, action: "class.join" } })).toBe(1);
  });

  it("still accepts the seed's codes exactly (ALASKA25 has an L and a 5 that new codes never use)", async () => {
    const student = await person();
    const preview = await previewJoin(student, "alaska25", freshIp());
    expect(preview).toMatchObject({ name: "Current Events 101", archived: false, member: false, teaches: false });
  });

  it("refuses a wrong code with the one message, and a visitor with 401", async () => {
    const student = await person();
    for (const code of ["ZZZZZZZZ", "<script>alert(1)</script>", "🙂🙂🙂🙂"]) expectRefused(await run("joinClass", student, { code }), 404, wrongCodeMessage);
    expectRefused(await run("joinClass", student, { code: "" }), 422);
    expectRefused(await run("joinClass", student, { code: "A".repeat(101) }), 422);
    expectRefused(await run("joinClass", null, { code: "ALASKA25" }), 401);
    expect(await prisma.enrollment.count({ where: { userId: student.id } })).toBe(0);
  });

  it("refuses an archived class with its own message", async () => {
    const { teacher, classId, joinCode } = await classWithTeachers();
    await run("setClassArchived", teacher, { classId, archived: "true" });
    const student = await person();
    expectRefused(await run("joinClass", student, { code: joinCode }), 409, archivedClassMessage);
    expect(await prisma.enrollment.count({ where: { classId } })).toBe(0);
  });

  it("refuses the class's own teacher and co-teacher", async () => {
    const { teacher, coTeacher, classId, joinCode } = await classWithTeachers();
    expectRefused(await run("joinClass", teacher, { code: joinCode }), 409, ownClassMessage);
    expectRefused(await run("joinClass", coTeacher, { code: joinCode }), 409, ownClassMessage);
    expect(await prisma.enrollment.count({ where: { classId } })).toBe(0);
  });

  it("makes the old code stop working when the teacher makes a new one", async () => {
    const { teacher, joinCode, classId } = await classWithTeachers();
    const outcome = await run("regenerateJoinCode", teacher, { classId });
    const fresh = outcome.ok ? (outcome.data as { code: string }).code : "";
    expect(fresh).toMatch(new RegExp(`^[${joinCodeAlphabet}]{8}$`));
    expect(fresh).not.toBe(joinCode);
    const student = await person();
    expectRefused(await run("joinClass", student, { code: joinCode }), 404, wrongCodeMessage);
    expect(await run("joinClass", student, { code: fresh })).toMatchObject({ ok: true });
  });

  it("limits wrong codes per account: the 11th try is a 429, even with the right code", async () => {
    const { joinCode } = await classWithTeachers();
    const student = await person();
    for (let i = 0; i < joinLimits.perUser.max; i++) expectRefused(await run("joinClass", student, { code: `WRONG${i}XX` }), 404);
    const limited = await run("joinClass", student, { code: joinCode });
    expect(limited).toMatchObject({ ok: false, status: 429 });
    expect(limited.ok ? "" : limited.message).toMatch(/^Too many attempts/);
    expect(limited.ok ? 0 : limited.retryAfter).toBeGreaterThan(0);
    await expect(previewJoin(student, joinCode, freshIp())).rejects.toMatchObject({ status: 429 });
  });

  it("limits wrong codes per address, across accounts", async () => {
    const ip = freshIp();
    for (let i = 0; i < joinLimits.perAddress.max; i++) {
      const someone = { id: `clfake${String(i).padStart(18, "0")}`, email: "", name: "", roles: ["STUDENT" as const] };
      expectRefused(await run("joinClass", someone, { code: `WRONG${i}XX` }, ip), 404);
    }
    expectRefused(await run("joinClass", await person(), { code: "ALASKA25" }, ip), 429);
  });
});

describe("the roster", () => {
  it("removes a student and keeps their attempts", async () => {
    const { teacher, student, klass, assignment } = await studentWithAssignment(prisma);
    const viewer: CurrentUser = { id: teacher.id, email: teacher.email, name: teacher.name, roles: teacher.roles };
    await prisma.attempt.create({ data: { userId: student.id, assignmentId: assignment.id, quizSetId: assignment.quizSetId, number: 1 } });
    expectRefused(await run("removeStudentFromClass", await person(["TEACHER"]), { classId: klass.id, studentId: student.id }), 404);
    expect(await run("removeStudentFromClass", viewer, { classId: klass.id, studentId: student.id })).toMatchObject({ ok: true });
    expect(await prisma.enrollment.count({ where: { classId: klass.id } })).toBe(0);
    expect(await prisma.attempt.count({ where: { userId: student.id, assignmentId: assignment.id } })).toBe(1);
    expectRefused(await run("removeStudentFromClass", viewer, { classId: klass.id, studentId: student.id }), 404, "That student was not found.");
    expect(await listMyAssignments({ id: student.id, roles: student.roles })).toEqual([]);
  });
});

describe("a student's assignments", () => {
  it("sorts them into buckets with the counted score, and leaves out archived assignments and classes", async () => {
    const { viewer, klass, assignment } = await studentWithAssignment(prisma);
    await prisma.assignment.update({ where: { id: assignment.id }, data: { scorePolicy: "LAST" } });
    const [todo] = await listMyAssignments(viewer);
    expect(todo).toMatchObject({ classId: klass.id, bucket: "to-do", countedFraction: null, scorePolicy: "LAST" });
    const attemptId = await startAttempt(viewer, { assignmentId: assignment.id });
    expect((await listMyAssignments(viewer))[0]).toMatchObject({ bucket: "in-progress" });
    await submitAttempt(viewer, attemptId);
    const [done] = await listMyAssignments(viewer);
    expect(done).toMatchObject({ bucket: "done", countedFraction: countedFraction("LAST", done.attempts) });
    expect(done.countedFraction).not.toBeNull();

    const overdue = await prisma.assignment.create({
      data: { classId: klass.id, quizSetId: assignment.quizSetId, title: "Past due", opensAt: new Date(Date.now() - 7200_000), dueAt: new Date(Date.now() - 3600_000) },
    });
    expect((await listMyAssignments(viewer)).find((a) => a.id === overdue.id)).toMatchObject({ bucket: "overdue" });

    await prisma.assignment.update({ where: { id: overdue.id }, data: { archivedAt: new Date() } });
    expect((await listMyAssignments(viewer)).map((a) => a.id)).toEqual([assignment.id]);
    await prisma.class.update({ where: { id: klass.id }, data: { archivedAt: new Date() } });
    expect(await listMyAssignments(viewer)).toEqual([]);
    expect(await listMyClasses(viewer)).toEqual([]);
  });
});
