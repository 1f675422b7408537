// `npm run admin -- create`: the first admin of a real deployment (no demo accounts, nobody to
// give roles), or another one. Makes the account (or adds the admin role to an existing one),
// then either sets the password given or makes a one-time link to choose it. Logged in the
// audit log with no actor (the server's own operator).
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { EmailSchema } from "../../lib/identity/email";
import { hashPassword } from "../../lib/identity/password";
import { passwordProblem } from "../../lib/identity/password-policy";
import { newPasswordToken, passwordLink, passwordTokenLifetimeSeconds } from "../../lib/identity/password-token";

export type AdminRequest = { email: string; name?: string; password?: string; baseUrl: string };
export type AdminResult = { email: string; created: boolean; link: string | null };

export class AdminRequestError extends Error {}

/** The normalised email, once the request is known to be usable (checked before any database work). */
export function checkAdminRequest(request: Pick<AdminRequest, "email" | "password">): string {
  const parsed = EmailSchema.safeParse(request.email);
  if (!parsed.success) throw new AdminRequestError(`"${request.email}" is not an email address.`);
  if (request.password !== undefined) {
    const problem = passwordProblem(request.password);
    if (problem) throw new AdminRequestError(`That password cannot be used: ${problem}`);
  }
  return parsed.data;
}

export async function createAdmin(prisma: PrismaClient, request: AdminRequest): Promise<AdminResult> {
  const email = checkAdminRequest(request);
  const passwordHash = request.password === undefined ? undefined : await hashPassword(request.password.normalize("NFC"));
  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, roles: true, disabledAt: true } });
    const roles = existing ? [...new Set([...existing.roles, "ADMIN" as const])] : ["ADMIN" as const];
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { roles, disabledAt: null, sessionVersion: { increment: 1 }, ...(passwordHash ? { passwordHash } : {}) },
        })
      : await tx.user.create({ data: { email, name: request.name?.trim() || email.split("@")[0], roles, passwordHash } });
    await tx.auditEntry.create({
      data: {
        actorId: null,
        action: "user.roles",
        entityType: "User",
        entityId: user.id,
        targetUserId: user.id,
        before: existing ? { roles: existing.roles, disabled: existing.disabledAt !== null } : undefined,
        after: { roles, disabled: false, by: "npm run admin" },
      },
    });
    if (passwordHash) return { email, created: !existing, link: null };
    const { token, hash } = newPasswordToken();
    await tx.passwordToken.create({
      data: { userId: user.id, tokenHash: hash, purpose: "SETUP", expiresAt: new Date(Date.now() + passwordTokenLifetimeSeconds.SETUP * 1000) },
    });
    return { email, created: !existing, link: passwordLink(request.baseUrl, token) };
  });
}
