-- AlterTable: the generic columns, filled for the entries written before (all about users).
ALTER TABLE "AuditEntry" ADD COLUMN "after" JSONB,
ADD COLUMN "before" JSONB,
ADD COLUMN "entityId" TEXT,
ADD COLUMN "entityType" TEXT;

UPDATE "AuditEntry"
SET "entityType" = 'User',
    "entityId" = COALESCE("targetUserId", 'unknown'),
    "before" = details -> 'before',
    "after" = details -> 'after';

ALTER TABLE "AuditEntry" ALTER COLUMN "entityId" SET NOT NULL,
ALTER COLUMN "entityType" SET NOT NULL;

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");
