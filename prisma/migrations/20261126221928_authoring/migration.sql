-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "previousEvidenceId" TEXT;

-- AlterTable
ALTER TABLE "Sentence" ADD COLUMN     "citable" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "previousRevisionId" TEXT,
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE UNIQUE INDEX "Source_previousRevisionId_key" ON "Source"("previousRevisionId");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_previousRevisionId_fkey" FOREIGN KEY ("previousRevisionId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_previousEvidenceId_fkey" FOREIGN KEY ("previousEvidenceId") REFERENCES "Evidence"("id") ON DELETE SET NULL ON UPDATE CASCADE;
