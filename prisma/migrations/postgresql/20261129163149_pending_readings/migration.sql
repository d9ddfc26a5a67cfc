-- CreateTable
CREATE TABLE "PendingReading" (
    "id" SERIAL NOT NULL,
    "taskId" INTEGER NOT NULL,
    "chatId" INTEGER NOT NULL,
    "percent" INTEGER,
    "note" TEXT NOT NULL,
    "sourceMessageId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PendingReading_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PendingReading_expiresAt_idx" ON "PendingReading"("expiresAt");
