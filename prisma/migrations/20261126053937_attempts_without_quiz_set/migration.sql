-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "title" TEXT,
ALTER COLUMN "quizSetId" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_one_open_missed_practice" ON "Attempt"("userId") WHERE (status = 'IN_PROGRESS' AND "assignmentId" IS NULL AND "quizSetId" IS NULL);
