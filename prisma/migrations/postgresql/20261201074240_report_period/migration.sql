-- AlterTable
ALTER TABLE "StatusReport" ADD COLUMN     "period" TEXT;
