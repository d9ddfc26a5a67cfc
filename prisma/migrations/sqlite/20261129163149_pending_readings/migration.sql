-- CreateTable
CREATE TABLE "PendingReading" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "taskId" INTEGER NOT NULL,
    "chatId" INTEGER NOT NULL,
    "percent" INTEGER,
    "note" TEXT NOT NULL,
    "sourceMessageId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "PendingReading_expiresAt_idx" ON "PendingReading"("expiresAt");
