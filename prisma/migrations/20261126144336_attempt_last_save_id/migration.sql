-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "lastSaveId" TEXT;
