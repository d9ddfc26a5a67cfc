-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "shortName" TEXT;
