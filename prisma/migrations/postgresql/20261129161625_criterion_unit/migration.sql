-- AlterTable
ALTER TABLE "Criterion" ADD COLUMN     "unitId" INTEGER;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;
