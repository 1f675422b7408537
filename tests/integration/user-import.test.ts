// Bulk accounts against the real database: all rows or none, races with other writers, the
// links, the audit, who may import, and the preview → confirm round trip through the action.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importUsersFromCsv, type UserImportResult } from "@/lib/actions/user-import";
import type { ActionContext } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/auth/session";
import { setPasswordWithToken } from "@/lib/data/password-tokens";
import { importUsers, previewUserImport } from "@/lib/data/user-import";
import { ConflictError, ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { hashPasswordToken } from "@/lib/identity/password-token";
import { verifyPassword } from "@/lib/identity/password";
import type { Viewer } from "@/lib/identity/viewer";
import { actorEmails } from "@/tests/helpers/fixtures";
import { testDatabaseUrl, testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
const tag = `imp${randomBytes(3).toString("hex")}`;
let admin: CurrentUser;
let teacher: Viewer;
let run = 0;

beforeAll(async () => {
  const a = await prisma.user.findUniqueOrThrow({ where: { email: actorEmails.admin } });
  const t = await prisma.user.findUniqueOrThrow({ where: { email: actorEmails.teacher } });
  admin = { id: a.id, email: a.email, name: a.name, roles: a.roles };
  teacher = { id: t.id, roles: t.roles };
});
afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: { startsWith: tag } } });
  await prisma.$disconnect();
});

/** A fresh prefix per test, so each counts only its own rows. */
const prefix = () => `${tag}-${++run}`;
const csv = (rows: string[]) => `name,email,role,class code\n${rows.join("\n")}\n`;
const people = (p: string, n: number) => Array.from({ length: n }, (_, i) => `Person ${i},${p}-${i}@school.example,student,`);
const countMine = (p: string) => prisma.user.count({ where: { email: { startsWith: `${p}-` } } });

async function digestOf(text: string) {
  return (await previewUserImport(admin, text)).digest;
}

describe("importUsers", () => {
  it("creates the new accounts with their role, class and a hashed one-time link; leaves existing ones alone; audits each and the whole", async () => {
    const p = prefix();
    await prisma.user.create({ data: { email: `${p}-old@school.example`, name: "Old Timer", roles: ["STUDENT"] } });
    const text = csv([`Amira,${p}-amira@school.example,student,ALASKA25`, `Dana,${p}-dana@school.example,teacher,`, `Old Timer,${p}-old@school.example,admin,`]);
    const outcome = await importUsers(admin, text, await digestOf(text));
    if (!outcome.imported) throw new Error("expected an import");
    expect(outcome.accounts.map((a) => a.email).sort()).toEqual([`${p}-amira@school.example`, `${p}-dana@school.example`]);
    expect(outcome.skipped).toBe(1);

    const amira = await prisma.user.findUniqueOrThrow({ where: { email: `${p}-amira@school.example` }, include: { enrollments: { include: { class: true } }, passwordTokens: true } });
    expect(amira).toMatchObject({ roles: ["STUDENT"], passwordHash: null });
    expect(amira.enrollments.map((e) => e.class.joinCode)).toEqual(["ALASKA25"]);
    const token = outcome.accounts.find((a) => a.email === amira.email)!.token;
    expect(amira.passwordTokens).toEqual([expect.objectContaining({ purpose: "SETUP", tokenHash: hashPasswordToken(token), createdById: admin.id, usedAt: null })]);
    expect(amira.passwordTokens[0].tokenHash).not.toContain(token);
    expect((await prisma.user.findUniqueOrThrow({ where: { email: `${p}-dana@school.example` } })).roles).toEqual(["TEACHER"]);
    expect((await prisma.user.findUniqueOrThrow({ where: { email: `${p}-old@school.example` } })).roles).toEqual(["STUDENT"]);

    const audit = await prisma.auditEntry.findMany({ where: { entityId: { in: [amira.id, outcome.importId] } }, orderBy: { action: "asc" } });
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([
      ["user.import", admin.id],
      ["users.import", admin.id],
    ]);
    expect(audit[1].after).toEqual({ created: 2, skipped: 1 });

    // The link works once: the password is set, and the same link is refused after.
    await setPasswordWithToken(token, "a perfectly fine passphrase");
    const after = await prisma.user.findUniqueOrThrow({ where: { id: amira.id } });
    expect(await verifyPassword(after.passwordHash!, "a perfectly fine passphrase")).toBe(true);
    await expect(setPasswordWithToken(token, "another fine passphrase")).rejects.toThrow(/not valid any more/);
  });

  it("a bad row at 500 of 1,000 leaves no new user", async () => {
    const p = prefix();
    const rows = people(p, 1000);
    rows[499] = `Person 499,${p}-499@school.example,student,NOSUCH99`;
    const text = csv(rows);
    const outcome = await importUsers(admin, text, await digestOf(text));
    expect(outcome).toMatchObject({ imported: false, reason: "invalid", plan: { errors: 1, creates: 999 } });
    expect(await countMine(p)).toBe(0);
  });

  it("a database failure at row 500 of 1,000 (someone else's insert of that email commits mid-import) leaves no new user of the import", async () => {
    const p = prefix();
    const text = csv(people(p, 1000));
    const digest = await digestOf(text);
    // Another writer inserts row 500's email and holds its transaction open.
    const other = new pg.Client({ connectionString: testDatabaseUrl() });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, 'Someone Else', now())`, [`${p}x`.slice(0, 25), `${p}-499@school.example`]);
      const importing = importUsers(admin, text, digest).then(
        () => "imported",
        (error: unknown) => error,
      );
      // Wait until the import is blocked on that row's unique key, then let the other commit.
      for (;;) {
        const { rows } = await other.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`);
        if (rows[0].n > 0) break;
        if ((await Promise.race([importing, Promise.resolve("pending")])) !== "pending") break;
      }
      await other.query("COMMIT");
      expect(await importing).toBeInstanceOf(ConflictError);
    } finally {
      await other.end();
    }
    expect(await countMine(p)).toBe(1);
    expect(await prisma.user.findUniqueOrThrow({ where: { email: `${p}-499@school.example` } })).toMatchObject({ name: "Someone Else" });
  });

  it("two admins confirming the same file at once create each account once", async () => {
    const p = prefix();
    const text = csv(people(p, 200));
    const digest = await digestOf(text);
    const results = await Promise.allSettled([importUsers(admin, text, digest), importUsers(admin, text, digest)]);
    const imported = results.filter((r) => r.status === "fulfilled" && r.value.imported);
    expect(imported).toHaveLength(1);
    const other = results.find((r) => r !== imported[0])!;
    // The loser either blocked on the winner's rows (a conflict) or planned after it committed (changed).
    if (other.status === "rejected") expect(other.reason).toBeInstanceOf(ConflictError);
    else expect(other.value).toMatchObject({ imported: false });
    expect(await countMine(p)).toBe(200);
    expect(await prisma.passwordToken.count({ where: { user: { email: { startsWith: `${p}-` } } } })).toBe(200);
  });

  it("refuses a confirmation when an account was created since the preview", async () => {
    const p = prefix();
    const text = csv(people(p, 3));
    const digest = await digestOf(text);
    await prisma.user.create({ data: { email: `${p}-1@school.example`, name: "Signed up meanwhile" } });
    expect(await importUsers(admin, text, digest)).toMatchObject({ imported: false, reason: "changed", plan: { creates: 2, skips: 1 } });
    expect(await countMine(p)).toBe(1);
  });

  it("refuses an archived class", async () => {
    const p = prefix();
    const klass = await prisma.class.create({ data: { name: `${p} archived`, joinCode: `AR${randomBytes(4).toString("hex").toUpperCase()}`, teacherId: teacher.id, archivedAt: new Date() } });
    try {
      const preview = await previewUserImport(admin, csv([`A,${p}-a@school.example,student,${klass.joinCode}`]));
      expect(preview.plan.rows[0].errors).toEqual([`The class “${klass.name}” (${klass.joinCode}) is archived: it cannot be joined.`]);
    } finally {
      await prisma.class.delete({ where: { id: klass.id } });
    }
  });

  it("is for admins only: a teacher or nobody is refused before anything is read or written", async () => {
    const p = prefix();
    const text = csv(people(p, 2));
    await expect(previewUserImport(teacher, text)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importUsers(teacher, text, "x")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importUsers(null, text, "x")).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await countMine(p)).toBe(0);
  });
});

describe("the importUsersFromCsv action", () => {
  const context = (user: CurrentUser | null): ActionContext => ({ user, origin: "http://cited.test", host: "cited.test", ip: "198.51.100.40", deviceToken: null });

  it("previews an uploaded file, then imports it from the signed field, with links and the mail status", async () => {
    const p = prefix();
    const form = new FormData();
    form.set("step", "preview");
    form.set("file", new File([`\uFEFF${csv(people(p, 2))}`], "people.csv", { type: "text/csv" }));
    const preview = await importUsersFromCsv.run(context(admin), form);
    const previewData = (preview.ok ? preview.data : undefined) as Extract<UserImportResult, { kind: "preview" }>;
    expect(previewData).toMatchObject({ kind: "preview", plan: { creates: 2 } });
    expect(await countMine(p)).toBe(0);

    const confirm = await importUsersFromCsv.run(context(admin), { step: "confirm", staged: previewData.staged });
    const done = (confirm.ok ? confirm.data : undefined) as Extract<UserImportResult, { kind: "imported" }>;
    expect(done.accounts).toHaveLength(2);
    expect(done.accounts[0]).toMatchObject({ link: expect.stringMatching(/^http:\/\/cited\.test\/reset-password\?token=[A-Za-z0-9_-]{43}$/), mail: "not-configured" });
    expect(await countMine(p)).toBe(2);

    // The same field again: every account exists now, so nothing more happens.
    const again = await importUsersFromCsv.run(context(admin), { step: "confirm", staged: previewData.staged });
    expect(again).toMatchObject({ ok: true, data: { kind: "preview", plan: { creates: 0, skips: 2 } } });
    expect(await countMine(p)).toBe(2);
  });

  it("refuses an altered or another admin's signed field, and a file that is not UTF-8", async () => {
    const p = prefix();
    const preview = await importUsersFromCsv.run(context(admin), { step: "preview", csv: csv(people(p, 1)) });
    const staged = ((preview.ok ? preview.data : undefined) as { staged: string }).staged;
    const altered = staged.replace(/^./, (c) => (c === "e" ? "f" : "e"));
    expect(await importUsersFromCsv.run(context(admin), { step: "confirm", staged: altered })).toMatchObject({ ok: false, status: 422 });
    const otherAdmin = await prisma.user.create({ data: { email: `${p}-admin@school.example`, name: "Other Admin", roles: ["ADMIN"] } });
    const asOther = { id: otherAdmin.id, email: otherAdmin.email, name: otherAdmin.name, roles: otherAdmin.roles };
    expect(await importUsersFromCsv.run(context(asOther), { step: "confirm", staged })).toMatchObject({ ok: false, status: 422 });

    const latin1 = new FormData();
    latin1.set("step", "preview");
    latin1.set("file", new File([new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x5a, 0x6f, 0xeb])], "latin1.csv"));
    expect(await importUsersFromCsv.run(context(admin), latin1)).toMatchObject({ ok: false, status: 422, fieldErrors: { file: [expect.stringMatching(/not UTF-8/)] } });
    expect(await countMine(p)).toBe(1); // the other admin only
  });
});
