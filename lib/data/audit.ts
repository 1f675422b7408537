import "server-only";
// The one way to write the audit log: inside the transaction of the change it records, so a
// change is never logged without happening, nor happens without being logged.
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** What the log knows about: add a type here when a new kind of thing starts to change. */
export type AuditEntity =
  | { type: "User"; id: string }
  | { type: "Question" | "QuestionVersion" | "Source" | "Fact" | "Evidence" | "ContentImport" | "QuizSet" | "Class" | "Assignment" | "Extension" | "Response" | "UserImport"; id: string };

export type AuditRecord = {
  actorId: string | null;
  /** A dotted verb: "user.roles", "user.disable", "assignment.regrade"… */
  action: string;
  entity: AuditEntity;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

function row(record: AuditRecord) {
  return {
    actorId: record.actorId,
    action: record.action,
    entityType: record.entity.type,
    entityId: record.entity.id,
    targetUserId: record.entity.type === "User" ? record.entity.id : null,
    before: record.before,
    after: record.after,
  };
}

export async function recordAudit(tx: Tx, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({ data: row(record) });
}

/** Many entries in one statement (a bulk import's accounts). */
export async function recordAudits(tx: Tx, records: AuditRecord[]): Promise<void> {
  if (records.length) await tx.auditEntry.createMany({ data: records.map(row) });
}
