// `npm run admin -- create`: the first admin of a deployment without demo accounts, both ways
// (a password given, or a one-time link to choose it), against the test database.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findUsableToken, setPasswordWithToken } from "@/lib/data/password-tokens";
import { signInWithPassword } from "@/lib/auth/credentials";
import { testDatabaseUrl, testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());
const root = path.resolve(import.meta.dirname, "../..");

function admin(args: string[], stdin = ""): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/admin.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: testDatabaseUrl(), APP_URL: "https://quiz.school.example" },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => resolve({ code, out, err }));
    child.stdin.end(stdin);
  });
}

const freshEmail = () => `first-admin-${randomBytes(4).toString("hex")}@school.example`;

describe("npm run admin -- create", () => {
  it("without a terminal, makes the admin and prints a one-time link to choose the password", async () => {
    const email = freshEmail();
    const result = await admin(["create", email, "--name", "Head of IT"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const token = result.out.match(/https:\/\/quiz\.school\.example\/reset-password\?token=([A-Za-z0-9_-]{43})/)?.[1];
    expect(token).toBeDefined();
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: "Head of IT", roles: ["ADMIN"], passwordHash: null });
    expect(await findUsableToken(token!)).toEqual({ email, purpose: "SETUP" });
    await setPasswordWithToken(token!, "the head of IT's passphrase");
    await expect(signInWithPassword({ email, password: "the head of IT's passphrase", ip: "192.0.2.50", deviceToken: null })).resolves.toMatchObject({ roles: ["ADMIN"] });
    expect(await prisma.auditEntry.findFirst({ where: { entityId: user.id, action: "user.roles", actorId: null } })).not.toBeNull();
  }, 60_000);

  it("with a password on standard input, sets it; on an existing account, adds the admin role and keeps the others", async () => {
    const email = freshEmail();
    await prisma.user.create({ data: { email, name: "Already A Teacher", roles: ["TEACHER"] } });
    const result = await admin(["create", email.toUpperCase(), "--password-stdin"], "a long admin passphrase\n");
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Updated ${email}`);
    expect(result.out).not.toContain("reset-password");
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect([...user.roles].sort()).toEqual(["ADMIN", "TEACHER"]);
    await expect(signInWithPassword({ email, password: "a long admin passphrase", ip: "192.0.2.51", deviceToken: null })).resolves.toMatchObject({ id: user.id });
  }, 60_000);

  it("refuses bad input with one sentence and changes nothing", async () => {
    const email = freshEmail();
    const weak = await admin(["create", email, "--password-stdin"], "password\n");
    expect(weak.code).toBe(1);
    expect(weak.err.trim()).toMatch(/^That password cannot be used: /);
    expect(await prisma.user.findUnique({ where: { email } })).toBeNull();

    const notEmail = await admin(["create", "not-an-email"]);
    expect(notEmail.code).toBe(1);
    expect(notEmail.err.trim()).toBe('"not-an-email" is not an email address.');

    const noCommand = await admin([]);
    expect(noCommand.code).toBe(1);
    expect(noCommand.err).toMatch(/^Usage: npm run admin -- create <email>/);
  }, 60_000);
});
