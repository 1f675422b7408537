-- CreateEnum
CREATE TYPE "ScorePolicy" AS ENUM ('BEST', 'LAST', 'AVERAGE');

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "scorePolicy" "ScorePolicy" NOT NULL DEFAULT 'BEST',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Extension" ADD COLUMN     "extraSeconds" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "QuizSet" ADD COLUMN     "ownerId" TEXT;

-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "overriddenAt" TIMESTAMP(3),
ADD COLUMN     "overriddenById" TEXT,
ADD COLUMN     "overrideReason" TEXT,
ADD COLUMN     "regradeNote" TEXT,
ADD COLUMN     "regradedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CoTeacher" (
    "classId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoTeacher_pkey" PRIMARY KEY ("classId","userId")
);

-- CreateIndex
CREATE INDEX "CoTeacher_userId_idx" ON "CoTeacher"("userId");

-- AddForeignKey
ALTER TABLE "QuizSet" ADD CONSTRAINT "QuizSet_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoTeacher" ADD CONSTRAINT "CoTeacher_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoTeacher" ADD CONSTRAINT "CoTeacher_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_overriddenById_fkey" FOREIGN KEY ("overriddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Added by hand (see ../README.md): extensions only ever add, and an override always says why.
ALTER TABLE "Extension" ADD CONSTRAINT "Extension_adds_only"
  CHECK ("extraAttempts" BETWEEN 0 AND 100 AND "extraSeconds" BETWEEN 0 AND 604800);
ALTER TABLE "Response" ADD CONSTRAINT "Response_override_has_reason"
  CHECK (("overriddenAt" IS NULL) = ("overrideReason" IS NULL) AND ("overrideReason" IS NULL OR length(btrim("overrideReason")) > 0));
ALTER TABLE "Response" ADD CONSTRAINT "Response_regrade_has_note"
  CHECK (("regradedAt" IS NULL) = ("regradeNote" IS NULL));

-- The live view reads each working attempt's latest save.
CREATE INDEX "Response_attemptId_savedAt_idx" ON "Response"("attemptId", "savedAt");
