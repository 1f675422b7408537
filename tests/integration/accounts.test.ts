// Sign-in, sign-up, sessions and administration in the data layer, against the real database.
import { afterAll, describe, expect, it, vi } from "vitest";
import { signInWithPassword, signUpStudent, invalidCredentials } from "@/lib/auth/credentials";
import { sessionFromClaims } from "@/lib/auth/session";
import { freshClaims } from "@/lib/identity/token";
import { changePassword, endSessions, listAudit, listUsers, setDisabled, setRoles } from "@/lib/data/users";
import { verifyPassword } from "@/lib/identity/password";
import { deviceToken } from "@/lib/identity/device";
import { signUp } from "@/lib/actions/account";
import { AppError, ConflictError, ForbiddenError, RateLimitedError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { createUser, testPassword } from "@/tests/helpers/fixtures";
import { testPrisma } from "@/tests/helpers/database";
import type { Viewer } from "@/lib/identity/viewer";

// Every argon2 verification is recorded (and still done), so that tests can check what each
// path costs without timing it.
const argon2 = vi.hoisted(() => ({ verified: [] as string[], hashed: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...actual,
    hash: (...args: Parameters<typeof actual.hash>) => {
      argon2.hashed++;
      return actual.hash(...args);
    },
    verify: (hash: string, ...rest: Parameters<typeof actual.verify> extends [unknown, ...infer R] ? R : never) => {
      argon2.verified.push(hash);
      return actual.verify(hash, ...rest);
    },
  };
});

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

const viewer = (user: { id: string; roles: Viewer["roles"] }): Viewer => ({ id: user.id, roles: user.roles });
const attempt = (email: string, password: string, ip = "203.0.113.1", deviceToken: string | null = null) =>
  signInWithPassword({ email, password, ip, deviceToken });
const deviceOf = async (userId: string) => {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  return deviceToken(user, process.env.AUTH_SECRET!);
};

describe("sign-in", () => {
  it("returns the user for the right password and records the time", async () => {
    const user = await createUser(prisma);
    await expect(attempt(user.email, testPassword)).resolves.toMatchObject({ id: user.id, sessionVersion: 0 });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();
  });

  it("answers a wrong password and an unknown email the same way, at the same cost", async () => {
    // Equal cost is checked by what the code does, not by a stopwatch: each path verifies
    // exactly one argon2id hash with the same parameters (without the dummy hash an unknown
    // email would verify none and answer ~50 times faster). Timing lives in the benchmark.
    const user = await createUser(prisma);
    const parameters = (hash: string) => hash.split("$").slice(0, 4).join("$");
    const failure = async (email: string) => {
      const before = argon2.verified.length;
      const error = await attempt(email, "wrong password here", "203.0.113.2").catch((e: unknown) => e);
      return { error, hashes: argon2.verified.slice(before) };
    };
    const known = await failure(user.email);
    const unknown = await failure("nobody-at-all@cited.test");
    for (const outcome of [known, unknown]) {
      expect(outcome.error).toBeInstanceOf(ValidationError);
      expect((outcome.error as Error).message).toBe(invalidCredentials);
      expect(outcome.hashes).toHaveLength(1);
    }
    expect(parameters(unknown.hashes[0])).toBe(parameters(known.hashes[0]));
    expect(parameters(known.hashes[0])).toBe("$argon2id$v=19$m=19456,t=2,p=1");
  });

  it("locks an account for 15 minutes after 10 failures, even for the right password", async () => {
    const user = await createUser(prisma);
    for (let i = 0; i < 10; i++) await expect(attempt(user.email, "wrong", `203.0.113.${10 + i}`)).rejects.toBeInstanceOf(ValidationError);
    const locked = await attempt(user.email, testPassword, "203.0.113.99").catch((e: unknown) => e);
    expect(locked).toBeInstanceOf(RateLimitedError);
    expect((locked as RateLimitedError).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((locked as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it("still lets the owner's browser in while the account is locked for everyone else", async () => {
    const user = await createUser(prisma);
    for (let i = 0; i < 10; i++) await attempt(user.email, "wrong", "198.51.100.50").catch(() => {});
    await expect(attempt(user.email, testPassword, "198.51.100.51")).rejects.toBeInstanceOf(RateLimitedError);
    await expect(attempt(user.email, testPassword, "198.51.100.51", await deviceOf(user.id))).resolves.toMatchObject({ id: user.id });
    // A device cookie for another account, or a made-up one, does not help.
    const other = await createUser(prisma);
    await expect(attempt(user.email, testPassword, "198.51.100.51", await deviceOf(other.id))).rejects.toBeInstanceOf(RateLimitedError);
    await expect(attempt(user.email, testPassword, "198.51.100.51", "x".repeat(43))).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("holds a browser with a device cookie to a per-account budget, whatever address it claims", async () => {
    const user = await createUser(prisma);
    const device = await deviceOf(user.id);
    for (let i = 0; i < 30; i++) await expect(attempt(user.email, `wrong ${i}`, `203.0.113.${100 + i}`, device)).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt(user.email, "wrong again", "203.0.113.200", device)).rejects.toBeInstanceOf(RateLimitedError);
    await expect(attempt(user.email, testPassword, "203.0.113.201", device)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("stops trusting a device cookie after a sign-out (which ends every session) or a password change", async () => {
    for (const end of ["sign-out", "password change"] as const) {
      const user = await createUser(prisma);
      const device = await deviceOf(user.id);
      for (let i = 0; i < 10; i++) await attempt(user.email, "wrong", "198.51.100.60").catch(() => {});
      await expect(attempt(user.email, testPassword, "198.51.100.61", device)).resolves.toMatchObject({ id: user.id });
      if (end === "sign-out") await endSessions(viewer(user));
      else await changePassword(viewer(user), { currentPassword: testPassword, newPassword: "another long passphrase" });
      for (let i = 0; i < 10; i++) await attempt(user.email, "wrong", "198.51.100.60").catch(() => {});
      await expect(attempt(user.email, end === "sign-out" ? testPassword : "another long passphrase", "198.51.100.61", device)).rejects.toBeInstanceOf(
        RateLimitedError,
      );
    }
  });

  it("keeps no readable personal data in the device cookie", async () => {
    const user = await createUser(prisma, { email: `plain-${Date.now()}@cited.test` });
    const device = await deviceOf(user.id);
    expect(device).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(device, "base64url").toString("latin1")).not.toContain("cited.test");
    expect(device).not.toContain(user.id);
  });

  it("limits attempts per address across accounts", async () => {
    const ip = "192.0.2.200";
    await prisma.rateLimit.create({ data: { key: `signin:ip:${ip}`, windowStart: new Date(), count: 100 } });
    const user = await createUser(prisma);
    await expect(attempt(user.email, testPassword, ip)).rejects.toBeInstanceOf(RateLimitedError);
    await expect(attempt(user.email, testPassword, "192.0.2.201")).resolves.toBeTruthy();
  });

  it("starts a new window once the old one has ended", async () => {
    const user = await createUser(prisma);
    await prisma.rateLimit.create({
      data: { key: `signin:account:${user.email}`, windowStart: new Date(Date.now() - 16 * 60_000), count: 50 },
    });
    await expect(attempt(user.email, testPassword)).resolves.toBeTruthy();
  });

  it("refuses a disabled account, telling only someone who knows the password", async () => {
    const user = await createUser(prisma);
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await expect(attempt(user.email, "wrong password")).rejects.toThrow(invalidCredentials);
    const error = await attempt(user.email, testPassword).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(403);
  });
});

describe("sign-up", () => {
  it("answers a new email and a taken one alike, after the same work, and signs nobody in", async () => {
    const context = { user: null, origin: "http://cited.test", host: "cited.test", deviceToken: null };
    const existing = await createUser(prisma);
    const outcome = async (email: string, ip: string) => {
      const before = argon2.hashed;
      const result = await signUp.run({ ...context, ip }, { email, name: "Someone", password: "a fine long passphrase" });
      return { result, hashes: argon2.hashed - before };
    };
    const fresh = await outcome(`fresh-${Date.now()}@cited.test`, "192.0.2.31");
    const taken = await outcome(existing.email, "192.0.2.32");
    expect(taken).toEqual(fresh);
    expect(fresh).toEqual({ result: { ok: true, effects: { redirectTo: "/sign-in?created=1" } }, hashes: 1 });
  });

  it("creates a student with an argon2id hash", async () => {
    const created = await signUpStudent({ email: "new-student@cited.test", name: "New", password: "a fine long passphrase", ip: "192.0.2.1" });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(user.roles).toEqual(["STUDENT"]);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, "a fine long passphrase")).toBe(true);
  });

  it("refuses an email that is taken, and creates nothing", async () => {
    const before = await prisma.user.count();
    await expect(signUpStudent({ email: "student@cited.test", name: "X", password: "another passphrase", ip: "192.0.2.2" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await prisma.user.count()).toBe(before);
  });

  it("is rate limited per address", async () => {
    await prisma.rateLimit.create({ data: { key: "signup:ip:192.0.2.3", windowStart: new Date(), count: 20 } });
    await expect(signUpStudent({ email: "limited@cited.test", name: "X", password: "another passphrase", ip: "192.0.2.3" })).rejects.toBeInstanceOf(
      RateLimitedError,
    );
  });
});

describe("sessions", () => {
  it("are valid only while the user's session version and status are unchanged", async () => {
    const user = await createUser(prisma);
    const claims = freshClaims(user.id, 0);
    await expect(sessionFromClaims(claims)).resolves.toMatchObject({ id: user.id, email: user.email });
    await endSessions(viewer(user));
    await expect(sessionFromClaims(claims)).resolves.toBeNull();
    await expect(sessionFromClaims(freshClaims(user.id, 1))).resolves.toMatchObject({ id: user.id });
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await expect(sessionFromClaims(freshClaims(user.id, 1))).resolves.toBeNull();
    await expect(sessionFromClaims(freshClaims("no-such-user", 0))).resolves.toBeNull();
  });

  it("end when the password changes, which needs the current one", async () => {
    const user = await createUser(prisma);
    await expect(changePassword(viewer(user), { currentPassword: "wrong", newPassword: "brand new passphrase" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const version = await changePassword(viewer(user), { currentPassword: testPassword, newPassword: "brand new passphrase" });
    expect(version).toBe(1);
    await expect(attempt(user.email, testPassword, "192.0.2.77")).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt(user.email, "brand new passphrase", "192.0.2.77")).resolves.toMatchObject({ sessionVersion: 1 });
    await expect(changePassword(null, { currentPassword: "x", newPassword: "y" })).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("administration", () => {
  it("is for enabled admins only, checked in the database", async () => {
    const teacher = await createUser(prisma, { roles: ["TEACHER"] });
    const target = await createUser(prisma);
    await expect(listUsers(viewer(teacher))).rejects.toBeInstanceOf(ForbiddenError);
    // A stale session that still claims ADMIN is refused too.
    await expect(setRoles({ id: teacher.id, roles: ["ADMIN"] }, target.id, ["TEACHER"])).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listUsers(null)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("changes roles, ends the user's sessions and writes the audit log", async () => {
    const admin = await createUser(prisma, { roles: ["ADMIN"] });
    const target = await createUser(prisma);
    await setRoles(viewer(admin), target.id, ["TEACHER", "STUDENT"]);
    const updated = await prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(updated.roles.sort()).toEqual(["STUDENT", "TEACHER"]);
    expect(updated.sessionVersion).toBe(1);
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { targetUserId: target.id } });
    expect(entry).toMatchObject({ actorId: admin.id, action: "user.roles", entityType: "User", entityId: target.id });
    expect(entry).toMatchObject({ before: { roles: ["STUDENT"] }, after: { roles: ["STUDENT", "TEACHER"] } });
    // Readable, filterable, for admins only.
    const log = await listAudit(viewer(admin), { entityType: "User", action: "user.roles" });
    expect(log.entries.map((e) => e.sentence)).toContain(`${admin.email} changed the roles of ${target.email} (roles: student → student, teacher)`);
    expect(log.entries.every((e) => e.action === "user.roles")).toBe(true);
    await expect(listAudit(viewer(target), {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setRoles(viewer(admin), target.id, [])).rejects.toBeInstanceOf(ValidationError);
  });

  it("never removes the last admin, even when two admins demote each other at once", async () => {
    // Make these two the only enabled admins for this test.
    const others = await prisma.user.findMany({ where: { roles: { has: "ADMIN" }, disabledAt: null } });
    await prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabledAt: new Date() } });
    try {
      const a = await createUser(prisma, { roles: ["ADMIN"] });
      const b = await createUser(prisma, { roles: ["ADMIN"] });
      const results = await Promise.allSettled([setRoles(viewer(a), b.id, ["TEACHER"]), setRoles(viewer(b), a.id, ["TEACHER"])]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await prisma.user.count({ where: { roles: { has: "ADMIN" }, disabledAt: null } })).toBe(1);
      const survivor = (await prisma.user.findFirstOrThrow({ where: { id: { in: [a.id, b.id] }, roles: { has: "ADMIN" } } })).id;
      await expect(setDisabled({ id: survivor, roles: ["ADMIN"] }, survivor, true)).rejects.toBeInstanceOf(ConflictError);
      await expect(setRoles({ id: survivor, roles: ["ADMIN"] }, survivor, ["STUDENT"])).rejects.toBeInstanceOf(ConflictError);
    } finally {
      await prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabledAt: null } });
    }
  });

  it("disables and enables, ending the sessions", async () => {
    const admin = await createUser(prisma, { roles: ["ADMIN"] });
    const target = await createUser(prisma);
    await setDisabled(viewer(admin), target.id, true);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ sessionVersion: 1 });
    await expect(sessionFromClaims(freshClaims(target.id, 1))).resolves.toBeNull();
    await setDisabled(viewer(admin), target.id, false);
    await expect(sessionFromClaims(freshClaims(target.id, 2))).resolves.toMatchObject({ id: target.id });
  });
});
