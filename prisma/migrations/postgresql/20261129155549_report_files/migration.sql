-- CreateTable
CREATE TABLE "ReportFile" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "periodKey" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "dataHash" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportFile_planId_periodKey_format_dataHash_key" ON "ReportFile"("planId", "periodKey", "format", "dataHash");
