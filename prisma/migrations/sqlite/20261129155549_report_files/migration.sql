-- CreateTable
CREATE TABLE "ReportFile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "periodKey" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "dataHash" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportFile_planId_periodKey_format_dataHash_key" ON "ReportFile"("planId", "periodKey", "format", "dataHash");
