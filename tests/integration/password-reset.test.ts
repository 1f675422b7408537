// Forgot password, admin reset links and one-time links, against the real database.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { requestPasswordReset, resetRequested } from "@/lib/auth/password-reset";
import { signInWithPassword } from "@/lib/auth/credentials";
import { findUsableToken, invalidLink, issueResetLinkAsAdmin, setPasswordWithToken } from "@/lib/data/password-tokens";
import { hashPasswordToken } from "@/lib/identity/password-token";
import { ForbiddenError, RateLimitedError, ValidationError } from "@/lib/errors";
import { actorEmails, createUser } from "@/tests/helpers/fixtures";
import { testPrisma } from "@/tests/helpers/database";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

// Without SMTP_URL the mail is written to the server log: the test reads the link from there.
const logged: string[] = [];
beforeEach(() => {
  logged.length = 0;
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
  return () => vi.restoreAllMocks();
});
const linkInLog = async () => {
  await vi.waitFor(() => expect(logged.join("\n")).toMatch(/reset-password\?token=/));
  return logged.join("\n").match(/reset-password\?token=([A-Za-z0-9_-]{43})/)![1];
};

let ipCounter = 0;
const request = (email: string) => requestPasswordReset({ email, ip: `198.51.100.${++ipCounter}`, origin: "http://cited.test" });

describe("forgot password", () => {
  it("mails a one-time link to an existing account; the same answer and no row for an unknown email", async () => {
    const user = await createUser(prisma);
    await expect(request(`nobody-${Date.now()}@cited.test`)).resolves.toBeUndefined();
    expect(logged.join("\n")).not.toMatch(/reset-password/);
    await expect(request(user.email)).resolves.toBeUndefined();
    const token = await linkInLog();
    expect(logged.join("\n")).toContain(`To: ${user.email}`);
    const rows = await prisma.passwordToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    // Only the hash is stored.
    expect(rows[0].tokenHash).toBe(hashPasswordToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0].expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
    expect(resetRequested).toMatch(/If an account uses that email/);
  });

  it("sets the new password once, ends every session and voids the account's other links", async () => {
    const user = await createUser(prisma);
    await request(user.email);
    const first = await linkInLog();
    logged.length = 0;
    await request(user.email);
    const second = await linkInLog();
    const before = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });

    expect(await findUsableToken(second)).toEqual({ email: user.email, purpose: "RESET" });
    await expect(setPasswordWithToken(second, "a brand new passphrase")).resolves.toEqual({ email: user.email });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    await expect(signInWithPassword({ email: user.email, password: "a brand new passphrase", ip: "198.51.100.200", deviceToken: null })).resolves.toMatchObject({ id: user.id });

    for (const used of [second, first]) {
      await expect(setPasswordWithToken(used, "yet another passphrase")).rejects.toThrow(invalidLink);
      expect(await findUsableToken(used)).toBeNull();
    }
    const audit = await prisma.auditEntry.findFirst({ where: { entityId: user.id, action: "user.password-reset" } });
    expect(audit).not.toBeNull();
  });

  it("refuses an expired link, a malformed one, and one for a disabled account", async () => {
    const user = await createUser(prisma);
    await request(user.email);
    const token = await linkInLog();
    await prisma.passwordToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(setPasswordWithToken(token, "a brand new passphrase")).rejects.toBeInstanceOf(ValidationError);

    for (const bad of ["", "short", "x".repeat(43), "<script>alert(1)</script>", "a".repeat(5000)]) {
      await expect(setPasswordWithToken(bad, "a brand new passphrase")).rejects.toThrow(invalidLink);
      expect(await findUsableToken(bad)).toBeNull();
    }

    const disabled = await createUser(prisma);
    logged.length = 0;
    await request(disabled.email);
    const disabledToken = await linkInLog();
    await prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    await expect(setPasswordWithToken(disabledToken, "a brand new passphrase")).rejects.toThrow(invalidLink);
  });

  it("two uses of one link at once: exactly one succeeds", async () => {
    const user = await createUser(prisma);
    await request(user.email);
    const token = await linkInLog();
    const results = await Promise.allSettled([setPasswordWithToken(token, "first passphrase here"), setPasswordWithToken(token, "second passphrase here")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("limits requests per email (3 an hour), with the same answer for known and unknown emails", async () => {
    const email = `limited-${Date.now()}@cited.test`;
    for (let i = 0; i < 3; i++) await request(email);
    await expect(request(email)).rejects.toBeInstanceOf(RateLimitedError);
  });
});

describe("reset links made by an admin", () => {
  it("gives the admin a link to hand over, logged; refuses everyone else", async () => {
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: actorEmails.admin } });
    const teacher = await prisma.user.findUniqueOrThrow({ where: { email: actorEmails.teacher } });
    const user = await createUser(prisma);
    const { token, email } = await issueResetLinkAsAdmin({ id: admin.id, roles: admin.roles }, user.id);
    expect(email).toBe(user.email);
    expect(await findUsableToken(token)).toEqual({ email: user.email, purpose: "RESET" });
    expect(await prisma.auditEntry.findFirst({ where: { entityId: user.id, action: "user.reset-link", actorId: admin.id } })).not.toBeNull();
    await expect(issueResetLinkAsAdmin({ id: teacher.id, roles: teacher.roles }, user.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(issueResetLinkAsAdmin(null, user.id)).rejects.toThrow();
    await expect(issueResetLinkAsAdmin({ id: admin.id, roles: admin.roles }, "not an id")).rejects.toThrow(/not found/);
  });
});
