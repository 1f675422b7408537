import "server-only";
// One-time password links (lib/identity/password-token.ts): made for "forgot password", by an
// admin for a user, or for a new account; used once to set a password. Using one ends every
// session of the account and voids its other links.
import { recordAudit } from "./audit";
import { assertAdmin } from "./users";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isId } from "@/lib/validation/ids";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Viewer } from "@/lib/identity/viewer";
import { hashPasswordToken, newPasswordToken, passwordTokenLifetimeSeconds, tokenPattern, type PasswordTokenPurpose } from "@/lib/identity/password-token";
import { hashPassword } from "@/lib/identity/password";

type Tx = Prisma.TransactionClient;

export const invalidLink = "This link is not valid any more: it was used already, it expired, or it was replaced by a newer one. Ask for a new one.";

/** Makes a link's token for a user (inside the caller's transaction); returns the token itself. */
export async function issuePasswordToken(
  tx: Tx,
  input: { userId: string; purpose: PasswordTokenPurpose; createdById: string | null; lifetimeSeconds: number },
): Promise<string> {
  const { token, hash } = newPasswordToken();
  await tx.passwordToken.create({
    data: {
      userId: input.userId,
      tokenHash: hash,
      purpose: input.purpose,
      createdById: input.createdById,
      expiresAt: new Date(Date.now() + input.lifetimeSeconds * 1000),
    },
  });
  return token;
}

/** "Forgot password": a link for the enabled account with this email, or null (no such account). */
export async function resetTokenForEmail(email: string): Promise<{ token: string; name: string } | null> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, disabledAt: true } });
    if (!user || user.disabledAt) return null;
    const token = await issuePasswordToken(tx, { userId: user.id, purpose: "RESET", createdById: null, lifetimeSeconds: passwordTokenLifetimeSeconds.RESET });
    return { token, name: user.name };
  });
}

/** An admin makes a reset link for a user, to hand over; logged. */
export async function issueResetLinkAsAdmin(actor: Viewer | null, userId: string): Promise<{ token: string; email: string }> {
  if (!isId(userId)) throw new NotFoundError("That user");
  return db().$transaction(async (tx) => {
    const admin = await assertAdmin(tx, actor);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
    if (!user) throw new NotFoundError("That user");
    const token = await issuePasswordToken(tx, { userId, purpose: "RESET", createdById: admin.id, lifetimeSeconds: passwordTokenLifetimeSeconds.ADMIN_RESET });
    await recordAudit(tx, { actorId: admin.id, action: "user.reset-link", entity: { type: "User", id: userId }, after: { expiresInHours: passwordTokenLifetimeSeconds.ADMIN_RESET / 3600 } });
    return { token, email: user.email };
  });
}

/** Who a link is for, while it is still usable (for the page that asks for the new password). */
export async function findUsableToken(token: string): Promise<{ email: string; purpose: PasswordTokenPurpose } | null> {
  if (!tokenPattern.test(token)) return null;
  const row = await db().passwordToken.findFirst({
    where: { tokenHash: hashPasswordToken(token), usedAt: null, expiresAt: { gt: new Date() }, user: { disabledAt: null } },
    select: { purpose: true, user: { select: { email: true } } },
  });
  return row ? { email: row.user.email, purpose: row.purpose } : null;
}

/**
 * Sets the password through a link: once (a conditional update claims the token, so two tabs
 * cannot both use it), ends every session, voids the account's other links. Returns the email
 * to sign in with.
 */
export async function setPasswordWithToken(token: string, newPassword: string): Promise<{ email: string }> {
  if (!tokenPattern.test(token)) throw new ValidationError(invalidLink);
  const passwordHash = await hashPassword(newPassword);
  return db().$transaction(async (tx) => {
    const now = new Date();
    const row = await tx.passwordToken.findFirst({
      where: { tokenHash: hashPasswordToken(token), usedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
      select: { id: true, userId: true, purpose: true },
    });
    if (!row) throw new ValidationError(invalidLink);
    const claimed = await tx.passwordToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new ValidationError(invalidLink);
    await tx.passwordToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    const user = await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { email: true },
    });
    await recordAudit(tx, { actorId: row.userId, action: row.purpose === "SETUP" ? "user.password-set" : "user.password-reset", entity: { type: "User", id: row.userId } });
    return { email: user.email };
  });
}
