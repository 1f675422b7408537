import "server-only";
import { recordAudit } from "./audit";
import { describeAuditEntry } from "@/lib/domain/audit-text";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { signedIn, type Role, type Viewer } from "@/lib/identity/viewer";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/identity/password";
import { escapeLike } from "@/lib/domain/like-pattern";
import { isId } from "@/lib/validation/ids";

// ── For the sign-in and sign-up flows, before there is an acting user ──────────────────────

export async function findCredentials(email: string) {
  return db().user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, disabledAt: true, sessionVersion: true, roles: true },
  });
}

export async function createStudentAccount(input: { email: string; name: string; passwordHash: string }) {
  try {
    return await db().user.create({
      data: { ...input, roles: ["STUDENT"] },
      select: { id: true, email: true, sessionVersion: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConflictError("An account with this email already exists.");
    }
    throw error;
  }
}

export async function recordSignIn(userId: string) {
  await db().user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
}

/** What every request needs to trust a session token. */
export async function findSessionUser(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, roles: true, sessionVersion: true, disabledAt: true },
  });
}

// ── The acting user's own account ───────────────────────────────────────────────────────────


export async function updateName(actor: Viewer | null, name: string) {
  const user = signedIn(actor);
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id, disabledAt: null }, select: { name: true } });
    await tx.user.update({ where: { id: user.id }, data: { name } });
    if (before.name !== name) await recordAudit(tx, { actorId: user.id, action: "user.name", entity: { type: "User", id: user.id }, before, after: { name } });
  });
}

/** Checks the current password, stores the new one and ends every other session. */
export async function changePassword(actor: Viewer | null, input: { currentPassword: string; newPassword: string }) {
  const user = signedIn(actor);
  const row = await db().user.findUnique({ where: { id: user.id, disabledAt: null }, select: { passwordHash: true } });
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new ValidationError("Check the form.", { currentPassword: ["That is not your current password."] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db().$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    // That it changed, never what it is.
    await recordAudit(tx, { actorId: user.id, action: "user.password", entity: { type: "User", id: user.id } });
    return updated.sessionVersion;
  });
}

/** Sign-out: every token issued so far for this user stops working. */
export async function endSessions(actor: Viewer | null) {
  const user = signedIn(actor);
  await db().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
}

// ── Administration ──────────────────────────────────────────────────────────────────────────

type Tx = Prisma.TransactionClient;

/** Re-checks, inside the transaction, that the actor is still an enabled admin. */
export async function assertAdmin(tx: Tx, actor: Viewer | null) {
  const user = signedIn(actor);
  const admin = await tx.user.count({ where: { id: user.id, roles: { has: "ADMIN" }, disabledAt: null } });
  if (admin === 0) throw new ForbiddenError();
  return user;
}

export type UserListQuery = {
  query?: string;
  role?: Role;
  status?: "active" | "disabled";
  sort?: "name" | "email" | "created" | "last-sign-in";
  direction?: "asc" | "desc";
  page?: number;
};
export const usersPageSize = 50;

const userOrder = (sort: UserListQuery["sort"], direction: "asc" | "desc"): Prisma.UserOrderByWithRelationInput[] => {
  switch (sort) {
    case "email":
      return [{ email: direction }];
    case "created":
      return [{ createdAt: direction }, { email: "asc" }];
    case "last-sign-in":
      return [{ lastSignInAt: { sort: direction, nulls: "last" } }, { email: "asc" }];
    default:
      return [{ name: direction }, { email: "asc" }];
  }
};

/** Users a page at a time, searched (literally), filtered by role and status, sorted (admins). */
export async function listUsers(actor: Viewer | null, options: UserListQuery = {}) {
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const text = options.query?.trim();
    const where: Prisma.UserWhereInput = {
      ...(text
        ? { OR: [{ email: { contains: escapeLike(text), mode: "insensitive" } }, { name: { contains: escapeLike(text), mode: "insensitive" } }] }
        : {}),
      ...(options.role ? { roles: { has: options.role } } : {}),
      ...(options.status === "active" ? { disabledAt: null } : options.status === "disabled" ? { disabledAt: { not: null } } : {}),
    };
    const total = await tx.user.count({ where });
    const pages = Math.max(1, Math.ceil(total / usersPageSize));
    const page = Math.min(Math.max(1, options.page ?? 1), pages);
    const users = await tx.user.findMany({
      where,
      orderBy: userOrder(options.sort, options.direction ?? "asc"),
      skip: (page - 1) * usersPageSize,
      take: usersPageSize,
      select: { id: true, email: true, name: true, roles: true, disabledAt: true, lastSignInAt: true, createdAt: true },
    });
    return { users, total, page, pages };
  });
}

/** One user, for the admin's page about them. */
export async function getUserForAdmin(actor: Viewer | null, userId: string) {
  if (!isId(userId)) throw new NotFoundError("That user");
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, roles: true, disabledAt: true, lastSignInAt: true, createdAt: true },
    });
    if (!user) throw new NotFoundError("That user");
    return user;
  });
}

export type AuditFilter = { entityType?: string; entityId?: string; action?: string; page?: number };
export const auditPageSize = 50;

/** The audit log, newest first, filtered by entity type and action, a page at a time (admins). */
export async function listAudit(actor: Viewer | null, filter: AuditFilter = {}, take = auditPageSize) {
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const where = {
      ...(filter.entityType ? { entityType: filter.entityType } : {}),
      ...(filter.entityId ? { entityId: filter.entityId } : {}),
      ...(filter.action ? { action: filter.action } : {}),
    };
    const page = Math.max(1, filter.page ?? 1);
    const [entries, total, actions] = await Promise.all([
      tx.auditEntry.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * take,
        take,
        select: {
          id: true,
          action: true,
          entityType: true,
          entityId: true,
          before: true,
          after: true,
          createdAt: true,
          actor: { select: { email: true } },
          targetUser: { select: { email: true } },
        },
      }),
      tx.auditEntry.count({ where }),
      tx.auditEntry.findMany({ distinct: ["entityType", "action"], select: { entityType: true, action: true }, orderBy: [{ entityType: "asc" }, { action: "asc" }] }),
    ]);
    return {
      page,
      pages: Math.max(1, Math.ceil(total / take)),
      total,
      entityTypes: [...new Set(actions.map((a) => a.entityType))],
      actions: actions.map((a) => a.action),
      entries: entries.map((e) => ({
        id: e.id,
        createdAt: e.createdAt,
        entityType: e.entityType,
        action: e.action,
        sentence: describeAuditEntry({
          action: e.action,
          actor: e.actor?.email ?? null,
          target: e.targetUser?.email ?? `${e.entityType} ${e.entityId}`,
          before: e.before,
          after: e.after,
        }),
      })),
    };
  });
}

/**
 * Changes to admins are serialised (one advisory lock), so two admins demoting each other at
 * the same moment cannot leave nobody in charge.
 */
async function changeUser(
  actor: Viewer | null,
  userId: string,
  change: (target: { roles: Role[]; disabledAt: Date | null }) => { roles: Role[]; disabled: boolean },
  action: string,
) {
  await db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('cited:admins'))`;
    const target = await tx.user.findUnique({ where: { id: userId }, select: { roles: true, disabledAt: true } });
    if (!target) throw new NotFoundError("That user");
    const next = change(target);
    const wasActiveAdmin = target.roles.includes("ADMIN") && target.disabledAt === null;
    const staysActiveAdmin = next.roles.includes("ADMIN") && !next.disabled;
    if (wasActiveAdmin && !staysActiveAdmin) {
      const admins = await tx.user.count({ where: { roles: { has: "ADMIN" }, disabledAt: null } });
      if (admins <= 1) throw new ConflictError("Cited needs at least one admin: make someone else an admin first.");
    }
    await tx.user.update({
      where: { id: userId },
      data: {
        roles: next.roles,
        disabledAt: next.disabled ? (target.disabledAt ?? new Date()) : null,
        // Whatever changed, the user's sessions end: they sign in again with the new rights.
        sessionVersion: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action,
      entity: { type: "User", id: userId },
      before: { roles: target.roles, disabled: target.disabledAt !== null },
      after: next,
    });
  });
}

export async function setRoles(actor: Viewer | null, userId: string, roles: Role[]) {
  const unique = [...new Set(roles)].sort();
  if (unique.length === 0) throw new ValidationError("Check the form.", { roles: ["Give the user at least one role."] });
  await changeUser(actor, userId, (t) => ({ roles: unique, disabled: t.disabledAt !== null }), "user.roles");
}

export async function setDisabled(actor: Viewer | null, userId: string, disabled: boolean) {
  await changeUser(actor, userId, (t) => ({ roles: t.roles, disabled }), disabled ? "user.disable" : "user.enable");
}
