// Teachers' quiz sets, assignments and extensions: every refusal, and the rules for attempts
// already made, against the real database. Each test makes its own rows.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actions } from "@/lib/actions/registry";
import type { ActionContext, ActionOutcome } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/auth/session";
import { startAttempt, submitAttempt } from "@/lib/data/attempts";
import { listQuizSets } from "@/lib/data/quiz-sets";
import { searchQuestionBank } from "@/lib/data/question-bank";
import { deleteAssignment, saveExtension, updateAssignment } from "@/lib/data/teacher-assignments";
import { addQuizSetItem, createTeacherQuizSet, getQuizSetForBuilder, moveQuizSetItem, removeQuizSetItem } from "@/lib/data/teacher-quiz-sets";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { studentWithAssignment } from "@/tests/helpers/attempts";
import { testPrisma } from "@/tests/helpers/database";
import { actorEmails, createUser, ensureCoTeacher, ensureOtherClass } from "@/tests/helpers/fixtures";

const prisma = testPrisma();
const users: Record<"student" | "teacher" | "coTeacher" | "otherTeacher" | "admin", CurrentUser> = {} as never;
let classId = "";
let adminSetId = "";
const madeSets: string[] = [];
const madeAssignments: string[] = [];

async function asUser(email: string): Promise<CurrentUser> {
  const u = await prisma.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, email: u.email, name: u.name, roles: u.roles };
}

beforeAll(async () => {
  await ensureOtherClass(prisma);
  await ensureCoTeacher(prisma);
  users.student = await asUser(actorEmails.student);
  users.teacher = await asUser(actorEmails.teacher);
  users.coTeacher = await asUser(actorEmails.coTeacher);
  users.otherTeacher = await asUser(actorEmails.teacherOfAnotherClass);
  users.admin = await asUser(actorEmails.admin);
  classId = (await prisma.class.findUniqueOrThrow({ where: { joinCode: "ALASKA25" } })).id;
  adminSetId = (await prisma.quizSet.findUniqueOrThrow({ where: { slug: "deportations-and-numbers" } })).id;
});

afterAll(async () => {
  await prisma.assignment.deleteMany({ where: { id: { in: madeAssignments }, attempts: { none: {} } } });
  await prisma.quizSet.deleteMany({ where: { id: { in: madeSets }, assignments: { none: {} } } });
  await prisma.$disconnect();
});

function context(user: CurrentUser | null): ActionContext {
  return { user, origin: "http://cited.test", host: "cited.test", ip: "198.51.100.9", deviceToken: null };
}

const settings = {
  title: "Integration assignment",
  opensAt: "2025-09-01T08:00",
  dueAt: "2025-09-08T08:00",
  timeZone: "Europe/Kyiv",
  maxAttempts: "2",
  timeLimitMinutes: "20",
  scorePolicy: "BEST",
  reviewPolicy: "AFTER_DUE",
  shuffleQuestions: "on",
};

async function create(user: CurrentUser | null, input: Record<string, unknown>): Promise<ActionOutcome> {
  const outcome = await actions.createAssignment.run(context(user), { ...settings, classId, quizSetId: adminSetId, ...input });
  const id = outcome.ok ? /\/teach\/assignments\/([a-z0-9]+)/.exec(outcome.effects?.redirectTo ?? "")?.[1] : undefined;
  if (id) madeAssignments.push(id);
  return outcome;
}

const idOf = (outcome: ActionOutcome) => /\/teach\/assignments\/([a-z0-9]+)/.exec(outcome.effects?.redirectTo ?? "")![1];

async function privateSet(owner: CurrentUser, questions = 1) {
  const id = await createTeacherQuizSet(owner, { title: `Private ${randomBytes(3).toString("hex")}`, description: "", shuffleQuestions: false, shuffleOptions: true });
  madeSets.push(id);
  const bank = await prisma.question.findMany({ where: { status: "PUBLISHED" }, orderBy: { code: "asc" }, take: questions });
  for (const q of bank) await addQuizSetItem(owner, id, q.id);
  return id;
}

describe("creating an assignment", () => {
  it("lets the class's teacher and its co-teacher assign, converting the window from the chosen zone to UTC", async () => {
    for (const user of [users.teacher, users.coTeacher]) {
      const outcome = await create(user, {});
      expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
      const row = await prisma.assignment.findUniqueOrThrow({ where: { id: idOf(outcome) } });
      expect(row.opensAt.toISOString()).toBe("2025-09-01T05:00:00.000Z"); // Kyiv is UTC+3 in September
      expect(row.dueAt.toISOString()).toBe("2025-09-08T05:00:00.000Z");
      expect(row).toMatchObject({ maxAttempts: 2, timeLimitSeconds: 1200, scorePolicy: "BEST", reviewPolicy: "AFTER_DUE", shuffleQuestions: true, shuffleOptions: false });
      const audit = await prisma.auditEntry.findFirst({ where: { entityType: "Assignment", entityId: row.id, action: "assignment.create" } });
      expect(audit?.actorId).toBe(user.id);
    }
  });

  it("refuses students (403) and anonymous callers (401)", async () => {
    expect(await create(users.student, {})).toMatchObject({ ok: false, status: 403 });
    expect(await create(null, {})).toMatchObject({ ok: false, status: 401 });
  });

  it("refuses a teacher assigning to a class they do not teach, revealing nothing (404)", async () => {
    const before = await prisma.assignment.count({ where: { classId } });
    expect(await create(users.otherTeacher, {})).toMatchObject({ ok: false, status: 404, message: "That class was not found." });
    expect(await prisma.assignment.count({ where: { classId } })).toBe(before);
  });

  it("refuses another teacher's private set (404), and a set with no questions", async () => {
    const theirs = await privateSet(users.otherTeacher);
    expect(await create(users.teacher, { quizSetId: theirs })).toMatchObject({ ok: false, status: 404, message: "That quiz set was not found." });
    const empty = await createTeacherQuizSet(users.teacher, { title: "Empty", description: "", shuffleQuestions: false, shuffleOptions: true });
    madeSets.push(empty);
    expect(await create(users.teacher, { quizSetId: empty })).toMatchObject({ ok: false, status: 404 });
    const mine = await privateSet(users.teacher, 2);
    const outcome = await create(users.teacher, { quizSetId: mine });
    expect(outcome).toMatchObject({ ok: true });
    expect(await prisma.assignmentItem.count({ where: { assignmentId: idOf(outcome) } })).toBe(2);
  });

  it("refuses a window that closes before it opens", async () => {
    const outcome = await create(users.teacher, { opensAt: "2025-09-08T08:00", dueAt: "2025-09-01T08:00" });
    expect(outcome).toMatchObject({ ok: false, status: 422, fieldErrors: { dueAt: ["The due time must be after the opening time."] } });
    expect(await create(users.teacher, { dueAt: settings.opensAt })).toMatchObject({ ok: false, status: 422 });
  });

  it("refuses huge, negative, fractional and non-numbers with field errors, never a 500", async () => {
    for (const maxAttempts of ["1e12", "1000000000000", "-1", "0", "101", "NaN", "2.5", "Infinity", " "]) {
      const outcome = await create(users.teacher, { maxAttempts });
      if (maxAttempts === " ") expect(outcome, "blank is unlimited").toMatchObject({ ok: true });
      else expect(outcome, maxAttempts).toMatchObject({ ok: false, status: 422, fieldErrors: { maxAttempts: [expect.stringMatching(/whole number/)] } });
    }
    for (const timeLimitMinutes of ["99999999", "601", "-5", "NaN", "1e3"]) {
      expect(await create(users.teacher, { timeLimitMinutes }), timeLimitMinutes).toMatchObject({ ok: false, status: 422, fieldErrors: { timeLimitMinutes: [expect.any(String)] } });
    }
  });

  it("refuses an unknown time zone, an impossible date, and forged ids", async () => {
    expect(await create(users.teacher, { timeZone: "Mars/Olympus_Mons" })).toMatchObject({ ok: false, status: 422, fieldErrors: { timeZone: ["Choose a time zone from the list."] } });
    expect(await create(users.teacher, { opensAt: "2025-02-30T08:00" })).toMatchObject({ ok: false, status: 422, fieldErrors: { opensAt: [expect.any(String)] } });
    expect(await create(users.teacher, { classId: "../../etc/passwd" })).toMatchObject({ ok: false, status: 422, fieldErrors: { classId: [expect.any(String)] } });
    expect(await create(users.teacher, { quizSetId: "x\u0000y" })).toMatchObject({ ok: false, status: 422 });
  });

  it("keeps a pasted script tag as text (React escapes it where it is shown)", async () => {
    const title = "<script>alert('x')</script> Quiz";
    const outcome = await create(users.teacher, { title });
    expect(outcome).toMatchObject({ ok: true });
    expect((await prisma.assignment.findUniqueOrThrow({ where: { id: idOf(outcome) } })).title).toBe(title);
  });
});

describe("editing, archiving and deleting", () => {
  const input = (a: { opensAt: Date; dueAt: Date }, change: Record<string, unknown> = {}) => ({
    title: "Fixture assignment",
    opensAt: a.opensAt,
    dueAt: a.dueAt,
    maxAttempts: 2,
    timeLimitSeconds: 1200,
    scorePolicy: "BEST" as const,
    reviewPolicy: "IMMEDIATELY" as const,
    shuffleQuestions: false,
    shuffleOptions: true,
    ...change,
  });

  it("says what a change means before saving it, then gives attempts in progress more time, never less", async () => {
    const { viewer, assignment, teacher } = await studentWithAssignment(prisma, { timeLimitSeconds: 1200 });
    const teacherViewer = { id: teacher.id, roles: teacher.roles };
    const attemptId = await startAttempt(viewer, { assignmentId: assignment.id });
    const started = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });

    const preview = await updateAssignment(teacherViewer, assignment.id, input(assignment, { timeLimitSeconds: 1800 }), false);
    expect(preview).toEqual({ saved: false, consequences: ["1 attempt in progress get the extra time: their deadlines move later, never earlier."] });
    expect((await prisma.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).timeLimitSeconds).toBe(1200);

    expect(await updateAssignment(teacherViewer, assignment.id, input(assignment, { timeLimitSeconds: 1800 }), true)).toMatchObject({ saved: true });
    const longer = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(longer.deadlineAt!.getTime() - started.startedAt.getTime()).toBe(1800_000);

    await updateAssignment(teacherViewer, assignment.id, input(assignment, { timeLimitSeconds: 300, maxAttempts: 1 }), true);
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).deadlineAt).toEqual(longer.deadlineAt);
    expect(await prisma.attempt.count({ where: { assignmentId: assignment.id } })).toBe(1);
    const audits = await prisma.auditEntry.count({ where: { entityType: "Assignment", entityId: assignment.id, action: "assignment.update" } });
    expect(audits).toBe(2);
  });

  it("refuses to delete an assignment with attempts (409: archive it instead), and deletes one without", async () => {
    const { viewer, assignment, teacher } = await studentWithAssignment(prisma);
    const teacherUser = { id: teacher.id, email: teacher.email, name: teacher.name, roles: teacher.roles };
    await startAttempt(viewer, { assignmentId: assignment.id });
    const refused = await actions.deleteAssignment.run(context(teacherUser), { assignmentId: assignment.id });
    expect(refused).toMatchObject({ ok: false, status: 409, message: "This assignment has attempts, so it cannot be deleted: archive it instead." });
    await expect(deleteAssignment(teacherUser, assignment.id)).rejects.toBeInstanceOf(ConflictError);

    const archived = await actions.archiveAssignment.run(context(teacherUser), { assignmentId: assignment.id, archived: "true" });
    expect(archived).toMatchObject({ ok: true });
    expect((await prisma.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).archivedAt).not.toBeNull();
    // Archived: the open attempt is still resumed and can be submitted, but none starts afresh.
    const resumed = await startAttempt(viewer, { assignmentId: assignment.id });
    await submitAttempt(viewer, resumed);
    await expect(startAttempt(viewer, { assignmentId: assignment.id })).rejects.toMatchObject({ status: 409, message: /archived/ });
    await actions.archiveAssignment.run(context(teacherUser), { assignmentId: assignment.id, archived: "false" });
    expect((await prisma.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).archivedAt).toBeNull();

    const empty = await create(users.teacher, {});
    const deleted = await actions.deleteAssignment.run(context(users.teacher), { assignmentId: idOf(empty) });
    expect(deleted).toMatchObject({ ok: true, effects: { redirectTo: `/teach/classes/${classId}` } });
    expect(await prisma.assignment.count({ where: { id: idOf(empty) } })).toBe(0);
    expect(await prisma.auditEntry.count({ where: { entityId: idOf(empty), action: "assignment.delete" } })).toBe(1);
  });

  it("refuses a teacher of another class every change, with a 404", async () => {
    const { assignment } = await studentWithAssignment(prisma);
    for (const [name, extra] of [
      ["updateAssignment", { ...settings, assignmentId: assignment.id, confirmed: "1" }],
      ["archiveAssignment", { assignmentId: assignment.id, archived: "true" }],
      ["deleteAssignment", { assignmentId: assignment.id }],
    ] as const) {
      expect(await actions[name].run(context(users.otherTeacher), extra), name).toMatchObject({ ok: false, status: 404 });
    }
    expect(await prisma.assignment.count({ where: { id: assignment.id } })).toBe(1);
  });
});

describe("extensions", () => {
  it("lengthen a started attempt's deadline by the extra time, and the next attempt's too", async () => {
    const { viewer, assignment, student, teacher } = await studentWithAssignment(prisma, { timeLimitSeconds: 600, maxAttempts: 1 });
    const teacherUser = { id: teacher.id, email: teacher.email, name: teacher.name, roles: teacher.roles };
    const first = await startAttempt(viewer, { assignmentId: assignment.id });
    const before = await prisma.attempt.findUniqueOrThrow({ where: { id: first } });
    expect(before.deadlineAt!.getTime() - before.startedAt.getTime()).toBe(600_000);

    const saved = await actions.saveExtension.run(context(teacherUser), { assignmentId: assignment.id, userId: student.id, extraMinutes: "15", extraAttempts: "1", timeZone: "UTC" });
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    const after = await prisma.attempt.findUniqueOrThrow({ where: { id: first } });
    expect(after.deadlineAt!.getTime() - after.startedAt.getTime()).toBe(600_000 + 900_000);

    // The extra attempt is usable, and its deadline has the extra time from the start.
    await submitAttempt(viewer, first);
    const second = await startAttempt(viewer, { assignmentId: assignment.id });
    const next = await prisma.attempt.findUniqueOrThrow({ where: { id: second } });
    expect(next.number).toBe(2);
    expect(next.deadlineAt!.getTime() - next.startedAt.getTime()).toBe(1_500_000);
    expect(await prisma.auditEntry.count({ where: { entityType: "Extension", entityId: `${assignment.id}:${student.id}` } })).toBe(1);

    // Removing it leaves the attempt under way with its deadline.
    expect(await actions.removeExtension.run(context(teacherUser), { assignmentId: assignment.id, userId: student.id })).toMatchObject({ ok: true });
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: second } })).deadlineAt).toEqual(next.deadlineAt);
  });

  it("refuses a student outside the class, another class's teacher, bad numbers and an earlier due time", async () => {
    const { assignment, teacher, student } = await studentWithAssignment(prisma);
    const teacherUser = { id: teacher.id, email: teacher.email, name: teacher.name, roles: teacher.roles };
    const outsider = await createUser(prisma);
    const run = (user: CurrentUser, input: Record<string, unknown>) =>
      actions.saveExtension.run(context(user), { assignmentId: assignment.id, userId: student.id, timeZone: "UTC", extraMinutes: "10", ...input });
    expect(await run(teacherUser, { userId: outsider.id })).toMatchObject({ ok: false, status: 404, message: "That student was not found." });
    expect(await run(users.otherTeacher, {})).toMatchObject({ ok: false, status: 404, message: "That assignment was not found." });
    expect(await run(users.student, {})).toMatchObject({ ok: false, status: 403 });
    expect(await run(teacherUser, { extraMinutes: "99999999" })).toMatchObject({ ok: false, status: 422, fieldErrors: { extraMinutes: [expect.any(String)] } });
    expect(await run(teacherUser, { extraAttempts: "-1" })).toMatchObject({ ok: false, status: 422, fieldErrors: { extraAttempts: [expect.any(String)] } });
    expect(await run(teacherUser, { extraMinutes: "" })).toMatchObject({ ok: false, status: 422, fieldErrors: { form: [expect.any(String)] } });
    expect(await run(teacherUser, { dueAt: "2000-01-01T00:00" })).toMatchObject({ ok: false, status: 422, fieldErrors: { dueAt: [expect.any(String)] } });
    expect(await run(teacherUser, { timeZone: "Nowhere/Land" })).toMatchObject({ ok: false, status: 422, fieldErrors: { timeZone: [expect.any(String)] } });
    expect(await prisma.extension.count({ where: { assignmentId: assignment.id } })).toBe(0);
  });

  it("gives the admin the same powers, directly", async () => {
    const { assignment, student } = await studentWithAssignment(prisma);
    await saveExtension(users.admin, { assignmentId: assignment.id, userId: student.id, dueAt: null, extraSeconds: 0, extraAttempts: 2 });
    expect((await prisma.extension.findFirstOrThrow({ where: { assignmentId: assignment.id } })).extraAttempts).toBe(2);
  });
});

describe("quiz sets built from the bank", () => {
  it("adds, reorders and removes questions; publishes with one; never lists it for practice", async () => {
    const id = await createTeacherQuizSet(users.teacher, { title: "Builder test", description: "", shuffleQuestions: false, shuffleOptions: true });
    madeSets.push(id);
    expect((await getQuizSetForBuilder(users.teacher, id)).status).toBe("DRAFT");
    const bank = await prisma.question.findMany({ where: { status: "PUBLISHED" }, orderBy: { code: "asc" }, take: 3 });
    for (const q of bank) await addQuizSetItem(users.teacher, id, q.id);
    await expect(addQuizSetItem(users.teacher, id, bank[0].id)).rejects.toBeInstanceOf(ConflictError);
    await moveQuizSetItem(users.teacher, id, bank[2].id, "up");
    await moveQuizSetItem(users.teacher, id, bank[0].id, "up"); // already first: nothing
    let set = await getQuizSetForBuilder(users.teacher, id);
    expect(set.items.map((i) => i.questionId)).toEqual([bank[0].id, bank[2].id, bank[1].id]);
    expect(set.status).toBe("PUBLISHED");
    expect((await listQuizSets(users.student)).map((s) => s.title)).not.toContain("Builder test");
    for (const q of bank) await removeQuizSetItem(users.teacher, id, q.id);
    set = await getQuizSetForBuilder(users.teacher, id);
    expect(set.items).toEqual([]);
    expect(set.status).toBe("DRAFT");
    expect(await prisma.auditEntry.count({ where: { entityType: "QuizSet", entityId: id } })).toBe(1 + 3 + 1 + 3);
  });

  it("lets only the owner (or an admin) edit; the co-teacher and other teachers find nothing", async () => {
    const id = await privateSet(users.teacher, 1);
    const question = await prisma.question.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { code: "desc" } });
    await expect(addQuizSetItem(users.otherTeacher, id, question.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getQuizSetForBuilder(users.otherTeacher, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addQuizSetItem(users.coTeacher, id, question.id)).rejects.toBeInstanceOf(NotFoundError);
    await addQuizSetItem(users.admin, id, question.id);
    // The editors' sets are visible to every teacher, but read-only.
    expect((await getQuizSetForBuilder(users.otherTeacher, adminSetId)).canEdit).toBe(false);
    await expect(addQuizSetItem(users.teacher, adminSetId, question.id)).rejects.toBeInstanceOf(NotFoundError);
    const student = await actions.addQuizSetItem.run(context(users.student), { quizSetId: id, questionId: question.id });
    expect(student).toMatchObject({ ok: false, status: 403 });
  });

  it("adds only published questions with a current version", async () => {
    const id = await privateSet(users.teacher, 0);
    const draft = await prisma.question.create({ data: { status: "DRAFT" } });
    try {
      await expect(addQuizSetItem(users.teacher, id, draft.id)).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      await prisma.question.delete({ where: { id: draft.id } });
    }
  });

  it("keeps the questions of assignments already made when a used set changes", async () => {
    const id = await privateSet(users.teacher, 2);
    const made = await create(users.teacher, { quizSetId: id });
    const frozen = await prisma.assignmentItem.findMany({ where: { assignmentId: idOf(made) }, orderBy: { position: "asc" } });
    const items = await prisma.quizItem.findMany({ where: { quizSetId: id } });
    await removeQuizSetItem(users.teacher, id, items[0].questionId);
    expect(await prisma.assignmentItem.findMany({ where: { assignmentId: idOf(made) }, orderBy: { position: "asc" } })).toEqual(frozen);
  });
});

describe("the bank's search", () => {
  it("filters by words, type, fact and source, taking % and _ literally", async () => {
    const all = await searchQuestionBank(users.teacher, {}, 500);
    expect(all.length).toBeGreaterThan(10);
    for (const q of await searchQuestionBank(users.teacher, { type: "TRUE_FALSE" })) expect(q.type).toBe("TRUE_FALSE");
    const word = all[0].stem.split(/\s+/).find((w) => w.length > 5)!;
    const byWord = await searchQuestionBank(users.teacher, { q: word.toUpperCase() });
    expect(byWord.length).toBeGreaterThan(0);
    for (const q of byWord) expect(q.stem.toLowerCase()).toContain(word.toLowerCase());
    for (const wildcard of ["%", "_", "\\"]) {
      const found = await searchQuestionBank(users.teacher, { q: wildcard }, 500);
      expect(found.length, `${wildcard} is not a wildcard`).toBeLessThan(all.length);
      for (const q of found) expect(q.stem).toContain(wildcard);
    }
    const fact = all.find((q) => q.facts.length > 0)!.facts[0];
    const byFact = await searchQuestionBank(users.teacher, { fact });
    expect(byFact.length).toBeGreaterThan(0);
    for (const q of byFact) expect(q.facts.some((f) => f.toLowerCase().includes(fact.toLowerCase()))).toBe(true);
    const source = all.find((q) => q.sources.length > 0)!.sources[0];
    expect((await searchQuestionBank(users.teacher, { source: source.slice(0, 12) })).length).toBeGreaterThan(0);
    await expect(searchQuestionBank(users.student, {})).rejects.toMatchObject({ status: 403 });
  });
});
