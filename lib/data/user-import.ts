import "server-only";
// Bulk accounts (admins): the preview of a CSV file, and the import itself, all rows in one
// transaction or none. Each new account gets a one-time SETUP link (lib/data/password-tokens.ts);
// the token is returned once, for the admin to hand out or for the mail, and only its hash stays.
import { randomUUID } from "node:crypto";
import { recordAudits, type AuditRecord } from "./audit";
import { assertAdmin } from "./users";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError } from "@/lib/errors";
import { parseUserImport } from "@/lib/domain/user-import";
import { isImportable, planUserImport, type ImportClass, type ImportPlan } from "@/lib/domain/user-import-plan";
import { createsDigest } from "@/lib/identity/import-staging";
import { newPasswordToken, passwordTokenLifetimeSeconds } from "@/lib/identity/password-token";
import type { Viewer } from "@/lib/identity/viewer";

type Tx = Prisma.TransactionClient;

export type ImportedAccount = { name: string; email: string; token: string; className: string | null };

export type ImportOutcome =
  | { imported: true; accounts: ImportedAccount[]; skipped: number; importId: string }
  | { imported: false; plan: ImportPlan; digest: string; reason: "invalid" | "changed" };

async function plan(tx: Tx, text: string): Promise<{ plan: ImportPlan; digest: string }> {
  const parsed = parseUserImport(text);
  const emails = [...new Set(parsed.rows.map((r) => r.email).filter(Boolean))];
  const codes = [...new Set(parsed.rows.flatMap((r) => (r.classCode ? [r.classCode] : [])))];
  const [existing, classes] = await Promise.all([
    emails.length ? tx.user.findMany({ where: { email: { in: emails } }, select: { email: true } }) : [],
    codes.length ? tx.class.findMany({ where: { joinCode: { in: codes } }, select: { id: true, name: true, joinCode: true, archivedAt: true } }) : [],
  ]);
  const result = planUserImport(parsed, {
    existingEmails: new Set(existing.map((u) => u.email)),
    classes: new Map(classes.map((c): [string, ImportClass] => [c.joinCode, { id: c.id, name: c.name, archived: c.archivedAt !== null }])),
  });
  return { plan: result, digest: createsDigest(result.rows.filter((r) => r.outcome === "create").map((r) => r.email)) };
}

/** What importing this text would do, row by row; nothing is written. */
export async function previewUserImport(actor: Viewer | null, text: string): Promise<{ plan: ImportPlan; digest: string }> {
  return db().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    return plan(tx, text);
  });
}

/**
 * Imports the text: checks every row again, and creates every new account (with its class and
 * its link) or none. `expectedDigest` is the preview's list of accounts to create: when it no
 * longer matches (someone made one of them meanwhile), nothing is written and the new plan is
 * returned to be confirmed again.
 */
export async function importUsers(actor: Viewer | null, text: string, expectedDigest: string): Promise<ImportOutcome> {
  try {
    return await db().$transaction(
      async (tx): Promise<ImportOutcome> => {
        const admin = await assertAdmin(tx, actor);
        const fresh = await plan(tx, text);
        if (!isImportable(fresh.plan)) return { imported: false, ...fresh, reason: "invalid" };
        if (fresh.digest !== expectedDigest) return { imported: false, ...fresh, reason: "changed" };

        const creates = fresh.plan.rows.filter((r) => r.outcome === "create");
        const users = await tx.user.createManyAndReturn({
          data: creates.map((r) => ({ email: r.email, name: r.name, roles: [r.role] })),
          select: { id: true, email: true },
        });
        const idByEmail = new Map(users.map((u) => [u.email, u.id]));
        const expiresAt = new Date(Date.now() + passwordTokenLifetimeSeconds.SETUP * 1000);
        const tokens = creates.map((r) => ({ row: r, userId: idByEmail.get(r.email)!, ...newPasswordToken() }));
        await tx.passwordToken.createMany({
          data: tokens.map((t) => ({ userId: t.userId, tokenHash: t.hash, purpose: "SETUP" as const, createdById: admin.id, expiresAt })),
        });
        const enrolments = tokens.filter((t) => t.row.classId).map((t) => ({ classId: t.row.classId!, userId: t.userId }));
        if (enrolments.length) await tx.enrollment.createMany({ data: enrolments });

        const importId = randomUUID();
        const audits: AuditRecord[] = tokens.map((t) => ({
          actorId: admin.id,
          action: "user.import",
          entity: { type: "User", id: t.userId },
          after: { roles: [t.row.role], class: t.row.className, import: importId },
        }));
        audits.push({
          actorId: admin.id,
          action: "users.import",
          entity: { type: "UserImport", id: importId },
          after: { created: creates.length, skipped: fresh.plan.skips },
        });
        await recordAudits(tx, audits);
        return {
          imported: true,
          importId,
          skipped: fresh.plan.skips,
          accounts: tokens.map((t) => ({ name: t.row.name, email: t.row.email, token: t.token, className: t.row.className })),
        };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    // Another import or a sign-up made one of these accounts after this transaction looked.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConflictError("One of these accounts was created by someone else while importing, so nothing was imported. Preview the file again.");
    }
    throw error;
  }
}
