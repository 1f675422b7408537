// The gradebook, its CSV, the teacher's attempt view and score overrides, against the real
// database: the SQL's counted score agrees with lib/domain/score-policy on random data, and
// every refusal (students, other teachers, bad numbers, attempts in progress) is checked.
import { randomBytes } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actions } from "@/lib/actions/registry";
import type { ActionContext } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/auth/session";
import { ReviewItemCard } from "@/components/review/review-item-card";
import { getGradebook } from "@/lib/data/gradebook";
import { gradebookCsv } from "@/lib/data/gradebook-csv";
import { getReview } from "@/lib/data/review";
import { getStudentWork, getTeacherReview } from "@/lib/data/teacher-review";
import { startAttempt, submitAttempt } from "@/lib/data/attempts";
import { countedFraction, type ScoredAttempt, type ScorePolicy } from "@/lib/domain/score-policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { GradebookQuerySchema } from "@/lib/validation/gradebook";
import { testPrisma } from "@/tests/helpers/database";
import { actorEmails, ensureCoTeacher, ensureOtherClass } from "@/tests/helpers/fixtures";

const prisma = testPrisma();
const made = { users: [] as string[], classes: [] as string[] };
const query = (raw: Record<string, string> = {}) => GradebookQuerySchema.parse(raw);
const hour = 3600_000;

type Actor = CurrentUser;
const actors = {} as Record<"teacher" | "coTeacher" | "otherTeacher" | "admin" | "student", Actor>;

async function actor(email: string): Promise<Actor> {
  const u = await prisma.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, email: u.email, name: u.name, roles: u.roles };
}

/** A user without a password (nobody signs in as them here): fast to make in bulk. */
async function quickUser(name: string, roles: ("STUDENT" | "TEACHER")[] = ["STUDENT"]) {
  const user = await prisma.user.create({ data: { email: `gb-${randomBytes(6).toString("hex")}@cited.test`, name, roles } });
  made.users.push(user.id);
  return user;
}

/** A class of the seeded teacher (so the seeded co-teacher and other teacher apply) with its own students. */
async function classWith(students: number, names: string[] = []) {
  const klass = await prisma.class.create({ data: { name: "Gradebook class", joinCode: randomBytes(4).toString("hex").toUpperCase(), teacherId: actors.teacher.id } });
  made.classes.push(klass.id);
  await prisma.coTeacher.create({ data: { classId: klass.id, userId: actors.coTeacher.id } });
  const users = [];
  for (let i = 0; i < students; i++) {
    const user = await quickUser(names[i] ?? `Student ${String(i).padStart(3, "0")}`);
    await prisma.enrollment.create({ data: { classId: klass.id, userId: user.id } });
    users.push(user);
  }
  return { klass, students: users };
}

async function assignmentIn(classId: string, options: { title?: string; scorePolicy?: ScorePolicy; dueAt?: Date; quizSetSlug?: string } = {}) {
  const quizSet = await prisma.quizSet.findUniqueOrThrow({ where: { slug: options.quizSetSlug ?? "deportations-and-numbers" } });
  const dueAt = options.dueAt ?? new Date(Date.now() + 7 * 24 * hour);
  return prisma.assignment.create({
    data: {
      classId,
      quizSetId: quizSet.id,
      title: options.title ?? "Assignment",
      opensAt: new Date(dueAt.getTime() - 30 * 24 * hour),
      dueAt,
      scorePolicy: options.scorePolicy ?? "BEST",
      maxAttempts: null,
      timeLimitSeconds: null,
    },
    include: { items: { select: { questionVersionId: true }, orderBy: { position: "asc" } } },
  });
}

/** A submitted attempt scored `score` of `maxScore` (one response carries the score, so the total is its sum). */
async function attemptRow(
  db: PrismaClient,
  assignment: { id: string; quizSetId: string; items: { questionVersionId: string }[] },
  userId: string,
  a: { number: number; status: "SUBMITTED" | "IN_PROGRESS"; score: number; maxScore: number; submittedAt: Date },
) {
  const submitted = a.status === "SUBMITTED";
  return db.attempt.create({
    data: {
      userId,
      assignmentId: assignment.id,
      quizSetId: assignment.quizSetId,
      number: a.number,
      status: a.status,
      submittedAt: submitted ? a.submittedAt : null,
      score: submitted ? a.score : null,
      maxScore: submitted ? a.maxScore : null,
      responses: { create: [{ position: 0, questionVersionId: assignment.items[0].questionVersionId, score: submitted ? a.score : null }] },
    },
  });
}

function context(user: Actor | null): ActionContext {
  return { user, origin: "http://cited.test", host: "cited.test", ip: "198.51.100.9", deviceToken: null };
}

beforeAll(async () => {
  await ensureOtherClass(prisma);
  await ensureCoTeacher(prisma);
  actors.teacher = await actor(actorEmails.teacher);
  actors.coTeacher = await actor(actorEmails.coTeacher);
  actors.otherTeacher = await actor(actorEmails.teacherOfAnotherClass);
  actors.admin = await actor(actorEmails.admin);
  actors.student = await actor(actorEmails.student);
});

afterAll(async () => {
  await prisma.attempt.deleteMany({ where: { userId: { in: made.users } } });
  await prisma.auditEntry.deleteMany({ where: { entityType: "Response", actorId: { in: [actors.teacher.id, actors.coTeacher.id, actors.admin.id] }, createdAt: { gte: new Date(Date.now() - 3600_000) } } });
  await prisma.class.deleteMany({ where: { id: { in: made.classes } } });
  await prisma.user.deleteMany({ where: { id: { in: made.users } } });
  await prisma.$disconnect();
});

describe("the gradebook's counted score", () => {
  const attemptArb = fc.record({
    status: fc.constantFrom("SUBMITTED" as const, "SUBMITTED" as const, "IN_PROGRESS" as const),
    maxScore: fc.integer({ min: 1, max: 2000 }).map((n) => n / 100),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    minute: fc.integer({ min: 0, max: 10_000 }),
  });

  it("is countedFraction's, for every score policy, on random attempts", async () => {
    const { klass, students } = await classWith(6);
    const policies: ScorePolicy[] = ["BEST", "LAST", "AVERAGE"];
    const assignments: Awaited<ReturnType<typeof assignmentIn>>[] = [];
    for (const scorePolicy of policies) assignments.push(await assignmentIn(klass.id, { title: scorePolicy, scorePolicy }));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.array(attemptArb, { maxLength: 4 }), { minLength: 3, maxLength: 3 }), { minLength: 6, maxLength: 6 }), async (plan) => {
        run++;
        await prisma.attempt.deleteMany({ where: { userId: { in: students.map((s) => s.id) } } });
        const expected = new Map<string, (number | null)[]>();
        for (const [s, student] of students.entries()) {
          const row: (number | null)[] = [];
          for (const [i, assignment] of assignments.entries()) {
            const scored: ScoredAttempt[] = [];
            let open = false;
            for (const [n, a] of plan[s][i].entries()) {
              // At most one attempt in progress per student and assignment (a unique index).
              const status: "SUBMITTED" | "IN_PROGRESS" = a.status === "IN_PROGRESS" && open ? "SUBMITTED" : a.status;
              open ||= status === "IN_PROGRESS";
              const score = Math.floor(a.share * a.maxScore * 100) / 100;
              // Distinct submission times: "last" is then unambiguous in both.
              const submittedAt = new Date(Date.UTC(2025, 0, 1) + (a.minute * 10 + n) * 60_000 + run);
              await attemptRow(prisma, assignment, student.id, { number: n + 1, status, score, maxScore: a.maxScore, submittedAt });
              scored.push({ status, score, maxScore: a.maxScore, submittedAt });
            }
            row.push(countedFraction(policies[i], scored));
          }
          expected.set(student.id, row);
        }
        const book = await getGradebook(actors.teacher, klass.id, query(), 100);
        expect(book.rows).toHaveLength(students.length);
        for (const row of book.rows) {
          const want = expected.get(row.id)!;
          row.cells.forEach((cell, i) => {
            if (want[i] === null) expect(cell.fraction).toBeNull();
            else expect(cell.fraction).toBeCloseTo(want[i]!, 9);
          });
          const scoredOnes = want.filter((f): f is number => f !== null);
          if (scoredOnes.length === 0) expect(row.average).toBeNull();
          else expect(row.average).toBeCloseTo(scoredOnes.reduce((a, b) => a + b, 0) / scoredOnes.length, 9);
        }
        // The column statistics are over every student.
        assignments.forEach((_, i) => {
          const values = [...expected.values()].map((r) => r[i]).filter((f): f is number => f !== null);
          expect(book.columns[i].scored).toBe(values.length);
          expect(book.columns[i].bins.reduce((a, b) => a + b, 0)).toBe(values.length);
          const bins = Array.from({ length: 10 }, () => 0);
          for (const v of values) bins[Math.min(9, Math.floor(v * 10 + 1e-9))]++;
          expect(book.columns[i].bins).toEqual(bins);
        });
      }),
      { numRuns: 6 },
    );
  });
});

describe("the gradebook page's data", () => {
  let klass: { id: string; name: string };
  let students: { id: string; name: string; email: string }[];
  let open: Awaited<ReturnType<typeof assignmentIn>>;
  let past: Awaited<ReturnType<typeof assignmentIn>>;

  beforeAll(async () => {
    ({ klass, students } = await classWith(5, ["Ana 100%", "Bo_b", "Cleo", "Dan", "Eve"]));
    open = await assignmentIn(klass.id, { title: "Open one" });
    past = await assignmentIn(klass.id, { title: "Past one", dueAt: new Date(Date.now() - hour) });
    const at = (m: number) => new Date(Date.UTC(2025, 0, 1, 0, m));
    // Ana 90 % on both, Bo 40 % on the open one, Cleo working on the open one, Dan extended past the due date.
    await attemptRow(prisma, open, students[0].id, { number: 1, status: "SUBMITTED", score: 9, maxScore: 10, submittedAt: at(1) });
    await attemptRow(prisma, past, students[0].id, { number: 1, status: "SUBMITTED", score: 9, maxScore: 10, submittedAt: at(2) });
    await attemptRow(prisma, open, students[1].id, { number: 1, status: "SUBMITTED", score: 4, maxScore: 10, submittedAt: at(3) });
    await attemptRow(prisma, open, students[2].id, { number: 1, status: "IN_PROGRESS", score: 0, maxScore: 10, submittedAt: at(4) });
    await prisma.extension.create({ data: { assignmentId: past.id, userId: students[3].id, dueAt: new Date(Date.now() + 24 * hour) } });
    await prisma.assignment.create({
      data: { classId: klass.id, quizSetId: open.quizSetId, title: "Archived one", opensAt: at(0), dueAt: at(100), archivedAt: new Date() },
    });
  });

  it("gives each cell its state, the extension's due date included", async () => {
    const book = await getGradebook(actors.teacher, klass.id, query());
    expect(book.columns.map((c) => c.title)).toEqual(["Past one", "Open one"]);
    const states = Object.fromEntries(book.rows.map((r) => [r.name, r.cells.map((c) => c.state)]));
    expect(states).toEqual({
      "Ana 100%": ["submitted", "submitted"],
      Bo_b: ["overdue", "submitted"],
      Cleo: ["overdue", "in-progress"],
      Dan: ["not-started", "not-started"],
      Eve: ["overdue", "not-started"],
    });
    expect(book.columns[1].average).toBeCloseTo(0.65, 9);
    expect(book.columns[1].bins).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
    expect(book.columns[0].overdue).toBe(3);
  });

  it("counts only the class's current students in the column statistics, and an extension already past is still overdue", async () => {
    const { klass: own, students: [kept, removed, extendedPast, extendedFuture] } = await classWith(4);
    const past = await assignmentIn(own.id, { title: "Past", dueAt: new Date(Date.now() - 2 * hour) });
    const at = new Date(Date.UTC(2025, 0, 1));
    await attemptRow(prisma, past, kept.id, { number: 1, status: "SUBMITTED", score: 2, maxScore: 10, submittedAt: at });
    await attemptRow(prisma, past, removed.id, { number: 1, status: "SUBMITTED", score: 10, maxScore: 10, submittedAt: at });
    await prisma.enrollment.delete({ where: { classId_userId: { classId: own.id, userId: removed.id } } });
    await prisma.extension.create({ data: { assignmentId: past.id, userId: extendedPast.id, dueAt: new Date(Date.now() - hour) } });
    await prisma.extension.create({ data: { assignmentId: past.id, userId: extendedFuture.id, dueAt: new Date(Date.now() + hour) } });

    const book = await getGradebook(actors.teacher, own.id, query({ sort: "average", dir: "desc" }));
    expect(book.students).toBe(3);
    expect(book.rows.map((r) => r.id)).toEqual([kept.id, ...[extendedFuture, extendedPast].sort((a, b) => a.name.localeCompare(b.name)).map((u) => u.id)]);
    expect(book.rows[0].average).toBeCloseTo(0.2, 9);
    expect(book.columns[0]).toMatchObject({ scored: 1, overdue: 1 });
    expect(book.columns[0].average).toBeCloseTo(0.2, 9);
    expect(book.columns[0].bins).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    const missing = await getGradebook(actors.teacher, own.id, query({ state: "missing" }));
    expect(missing.rows.map((r) => r.id)).toEqual([extendedPast.id]);
  });

  it("shows archived assignments only when asked", async () => {
    const book = await getGradebook(actors.teacher, klass.id, query({ archived: "1" }));
    expect(book.columns.map((c) => c.title)).toEqual(["Past one", "Open one", "Archived one"]);
    expect(book.columns[2].archived).toBe(true);
  });

  it("sorts by an assignment's score, nulls last both ways, and by average", async () => {
    const desc = await getGradebook(actors.teacher, klass.id, query({ sort: open.id, dir: "desc" }));
    expect(desc.rows.map((r) => r.name)).toEqual(["Ana 100%", "Bo_b", "Cleo", "Dan", "Eve"]);
    const asc = await getGradebook(actors.teacher, klass.id, query({ sort: open.id, dir: "asc" }));
    expect(asc.rows.map((r) => r.name)).toEqual(["Bo_b", "Ana 100%", "Cleo", "Dan", "Eve"]);
    const byName = await getGradebook(actors.teacher, klass.id, query({ sort: "name", dir: "desc" }));
    expect(byName.rows.map((r) => r.name)).toEqual(["Eve", "Dan", "Cleo", "Bo_b", "Ana 100%"]);
    const average = await getGradebook(actors.teacher, klass.id, query({ sort: "average", dir: "asc" }));
    expect(average.rows.slice(0, 2).map((r) => r.name)).toEqual(["Bo_b", "Ana 100%"]);
  });

  it("sorting by an assignment of another class falls back to names", async () => {
    const other = await prisma.assignment.findFirstOrThrow({ where: { class: { joinCode: "ALASKA25" } } });
    const book = await getGradebook(actors.teacher, klass.id, query({ sort: other.id, dir: "desc" }));
    expect(book.query.sort).toBe("name");
    expect(book.rows[0].name).toBe("Ana 100%");
  });

  it("searches names and emails with % and _ taken literally", async () => {
    expect((await getGradebook(actors.teacher, klass.id, query({ q: "%" }))).rows.map((r) => r.name)).toEqual(["Ana 100%"]);
    expect((await getGradebook(actors.teacher, klass.id, query({ q: "o_b" }))).rows.map((r) => r.name)).toEqual(["Bo_b"]);
    expect((await getGradebook(actors.teacher, klass.id, query({ q: "_" }))).rows.map((r) => r.name)).toEqual(["Bo_b"]);
    expect((await getGradebook(actors.teacher, klass.id, query({ q: "CLEO" }))).rows.map((r) => r.name)).toEqual(["Cleo"]);
  });

  it("filters students with something missing, and pages", async () => {
    const missing = await getGradebook(actors.teacher, klass.id, query({ state: "missing" }));
    expect(missing.rows.map((r) => r.name)).toEqual(["Bo_b", "Cleo", "Eve"]);
    expect(missing.total).toBe(3);
    const page2 = await getGradebook(actors.teacher, klass.id, query({ page: "2" }), 2);
    expect(page2.rows.map((r) => r.name)).toEqual(["Cleo", "Dan"]);
    expect(page2.pageCount).toBe(3);
    expect(page2.total).toBe(5);
  });

  it("is open to the class's teacher, co-teacher and admins, a 404 for another teacher, a 403 for students", async () => {
    for (const who of [actors.teacher, actors.coTeacher, actors.admin]) {
      expect((await getGradebook(who, klass.id, query())).rows).toHaveLength(5);
    }
    await expect(getGradebook(actors.otherTeacher, klass.id, query())).rejects.toBeInstanceOf(NotFoundError);
    await expect(getGradebook(actors.student, klass.id, query())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getGradebook(null, klass.id, query())).rejects.toMatchObject({ status: 401 });
    await expect(getGradebook(actors.teacher, "x'; DROP TABLE \"User\";--", query())).rejects.toBeInstanceOf(NotFoundError);
    await expect(gradebookCsv(actors.otherTeacher, klass.id, query())).rejects.toBeInstanceOf(NotFoundError);
    await expect(gradebookCsv(actors.student, klass.id, query())).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("drills down into one student's attempts, only in a class of theirs", async () => {
    const work = await getStudentWork(actors.coTeacher, klass.id, students[0].id);
    expect(work.student.name).toBe("Ana 100%");
    expect(work.assignments.find((a) => a.title === "Open one")!.attempts).toMatchObject([{ number: 1, status: "SUBMITTED", score: 9, maxScore: 10 }]);
    await expect(getStudentWork(actors.otherTeacher, klass.id, students[0].id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getStudentWork(actors.teacher, klass.id, actors.student.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getStudentWork(actors.student, klass.id, students[0].id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the CSV export", () => {
  it("has a BOM, one row per student, percentages, blanks, and no cell a spreadsheet would run", async () => {
    const { klass, students } = await classWith(3, ["=HYPERLINK(\"http://evil.example\",\"x\")", "+Plus", "Zoë \"Quote\", Jr"]);
    await prisma.class.update({ where: { id: klass.id }, data: { name: "Période 3 / \"Évian\"" } });
    const assignment = await assignmentIn(klass.id, { title: "@Week 1" });
    await attemptRow(prisma, assignment, students[2].id, { number: 1, status: "SUBMITTED", score: 2, maxScore: 3, submittedAt: new Date() });
    const { fileName, body } = await gradebookCsv(actors.teacher, klass.id, query());
    expect(fileName).toBe("periode-3-evian-grades.csv");
    expect(body.startsWith("\uFEFF")).toBe(true);
    const rows = parse(body.slice(1), { relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual(["Name", "Email", "'@Week 1 (%)"]);
    const byName = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
    expect(Object.keys(byName).sort()).toEqual(["'+Plus", "'=HYPERLINK(\"http://evil.example\",\"x\")", "Zoë \"Quote\", Jr"]);
    expect(byName["Zoë \"Quote\", Jr"][2]).toBe("66.67");
    expect(byName["'+Plus"][2]).toBe("");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe("overriding a score", () => {
  let attemptId: string;
  let studentViewer: Actor;
  let klassId: string;
  let points0: number;

  beforeAll(async () => {
    const { klass, students } = await classWith(1, ["Olive Override"]);
    klassId = klass.id;
    const assignment = await assignmentIn(klass.id, { title: "Override me" });
    studentViewer = { id: students[0].id, email: students[0].email, name: students[0].name, roles: ["STUDENT"] };
    attemptId = await startAttempt(studentViewer, { assignmentId: assignment.id });
    await submitAttempt(studentViewer, attemptId);
    const first = await prisma.response.findFirstOrThrow({ where: { attemptId, position: 0 }, include: { questionVersion: true } });
    points0 = first.questionVersion.points;
  });

  const run = (name: "overrideResponseScore" | "removeResponseOverride", user: Actor | null, input: Record<string, unknown>) => actions[name].run(context(user), input);

  it("lets the class's teacher change a score with a reason, in one transaction with the total and an audit entry", async () => {
    const outcome = await run("overrideResponseScore", actors.teacher, { attemptId, position: "0", score: "0.5", reason: "Half credit: the reasoning was right." });
    expect(outcome).toMatchObject({ ok: true });
    const response = await prisma.response.findFirstOrThrow({ where: { attemptId, position: 0 } });
    expect(response.score?.toString()).toBe("0.5");
    expect(response.overrideReason).toBe("Half credit: the reasoning was right.");
    expect(response.overriddenById).toBe(actors.teacher.id);
    const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { responses: true } });
    expect(attempt.score!.toString()).toBe(attempt.responses.reduce((sum, r) => sum + Number(r.score ?? 0), 0).toFixed(2).replace(/\.?0+$/, ""));
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityType: "Response", entityId: response.id }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ action: "response.override", after: { score: 0.5, reason: "Half credit: the reasoning was right." } });
  });

  it("lets the co-teacher and an admin do it too", async () => {
    expect(await run("overrideResponseScore", actors.coTeacher, { attemptId, position: "1", score: "0", reason: "Co-teacher." })).toMatchObject({ ok: true });
    expect(await run("overrideResponseScore", actors.admin, { attemptId, position: "1", score: "0.25", reason: "Admin." })).toMatchObject({ ok: true });
  });

  it("shows the reason to the student, escaped", async () => {
    const script = "<script>alert(1)</script> & more";
    expect(await run("overrideResponseScore", actors.teacher, { attemptId, position: "2", score: "0", reason: script })).toMatchObject({ ok: true });
    const review = await getReview(studentViewer, attemptId);
    const item = review.items.find((i) => i.position === 2)!;
    expect(item.overrideReason).toBe(script);
    const html = renderToStaticMarkup(createElement(ReviewItemCard, { item, total: review.items.length, answersVisible: true }));
    expect(html).toContain("Score changed by your teacher: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    expect(html).not.toContain("<script>");
  });

  it("refuses scores above the points, negative, huge, not numbers, or finer than hundredths, with a 422", async () => {
    for (const score of [String(points0 + 0.01), "-1", "1e309", "NaN", "Infinity", "0.001", "", " ", "1,5", "0x1"]) {
      const outcome = await run("overrideResponseScore", actors.teacher, { attemptId, position: "0", score, reason: "Why not." });
      expect(outcome, score).toMatchObject({ ok: false, status: 422, fieldErrors: { score: expect.any(Array) } });
    }
    const response = await prisma.response.findFirstOrThrow({ where: { attemptId, position: 0 } });
    expect(response.score?.toString()).toBe("0.5");
  });

  it("refuses a missing or too long reason", async () => {
    for (const reason of ["", "   ", "x".repeat(501), "nul\u0000"]) {
      const outcome = await run("overrideResponseScore", actors.teacher, { attemptId, position: "0", score: "1", reason });
      expect(outcome).toMatchObject({ ok: false, status: 422, fieldErrors: { reason: expect.any(Array) } });
    }
  });

  it("refuses students (403), another class's teacher and unknown attempts or questions (404)", async () => {
    const input = { attemptId, position: "0", score: "1", reason: "Mine now." };
    expect(await run("overrideResponseScore", actors.student, input)).toMatchObject({ ok: false, status: 403 });
    expect(await run("overrideResponseScore", studentViewer, input)).toMatchObject({ ok: false, status: 403 });
    expect(await run("overrideResponseScore", null, input)).toMatchObject({ ok: false, status: 401 });
    expect(await run("overrideResponseScore", actors.otherTeacher, input)).toMatchObject({ ok: false, status: 404 });
    expect(await run("removeResponseOverride", actors.otherTeacher, { attemptId, position: "0" })).toMatchObject({ ok: false, status: 404 });
    expect(await run("overrideResponseScore", actors.teacher, { ...input, attemptId: "clnoattempt0000000000000" })).toMatchObject({ ok: false, status: 404 });
    expect(await run("overrideResponseScore", actors.teacher, { ...input, position: "998" })).toMatchObject({ ok: false, status: 404 });
    await expect(getTeacherReview(actors.otherTeacher, attemptId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTeacherReview(actors.student, attemptId)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("404s another class's attempt and a practice attempt", async () => {
    const other = await prisma.class.findUniqueOrThrow({ where: { joinCode: "OTHER001" } });
    const otherAssignment = await assignmentIn(other.id, { title: "Theirs" });
    const theirs = await attemptRow(prisma, otherAssignment, made.users[0], { number: 1, status: "SUBMITTED", score: 0, maxScore: 1, submittedAt: new Date() });
    expect(await run("overrideResponseScore", actors.teacher, { attemptId: theirs.id, position: "0", score: "0", reason: "No." })).toMatchObject({ ok: false, status: 404 });
    await prisma.attempt.delete({ where: { id: theirs.id } });
    await prisma.assignment.delete({ where: { id: otherAssignment.id } });
    const practiceId = await startAttempt(studentViewer, { quizSetSlug: "anchorage-summit" });
    await submitAttempt(studentViewer, practiceId);
    expect(await run("overrideResponseScore", actors.admin, { attemptId: practiceId, position: "0", score: "0", reason: "No." })).toMatchObject({ ok: false, status: 404 });
    await expect(getTeacherReview(actors.admin, practiceId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses an attempt in progress (409) and shows it as its state only", async () => {
    const assignment = await assignmentIn(klassId, { title: "Still working" });
    const working = await startAttempt(studentViewer, { assignmentId: assignment.id });
    expect(await run("overrideResponseScore", actors.teacher, { attemptId: working, position: "0", score: "0", reason: "Too soon." })).toMatchObject({
      ok: false,
      status: 409,
    });
    const view = await getTeacherReview(actors.teacher, working);
    expect(view).toMatchObject({ status: "IN_PROGRESS", items: [] });
  });

  it("shows the teacher the keys and the override", async () => {
    const view = await getTeacherReview(actors.coTeacher, attemptId);
    expect(view.items.length).toBeGreaterThan(2);
    expect(view.items.every((i) => i.key !== null)).toBe(true);
    expect(view.items[0]).toMatchObject({ score: 0.5, overrideReason: "Half credit: the reasoning was right.", overriddenBy: expect.any(String) });
  });

  it("takes an override back to the computed score", async () => {
    const before = await prisma.response.findFirstOrThrow({ where: { attemptId, position: 0 } });
    expect(before.overrideReason).not.toBeNull();
    expect(await run("removeResponseOverride", actors.teacher, { attemptId, position: "0" })).toMatchObject({ ok: true });
    const after = await prisma.response.findFirstOrThrow({ where: { attemptId, position: 0 } });
    expect(after).toMatchObject({ overrideReason: null, overriddenById: null, overriddenAt: null });
    // The student submitted without answering: the computed score is 0.
    expect(after.score?.toString()).toBe("0");
    const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { responses: true } });
    expect(Number(attempt.score)).toBeCloseTo(attempt.responses.reduce((sum, r) => sum + Number(r.score ?? 0), 0), 6);
    expect(await run("removeResponseOverride", actors.teacher, { attemptId, position: "0" })).toMatchObject({ ok: false, status: 409 });
  });

  it("keeps the total equal to the sum: the database refuses anything else", async () => {
    await expect(prisma.attempt.update({ where: { id: attemptId }, data: { score: 99 } })).rejects.toThrow();
  });
});
