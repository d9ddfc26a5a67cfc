-- CreateTable
CREATE TABLE "PendingPlanImport" (
    "id" SERIAL NOT NULL,
    "chatId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileBytes" BYTEA NOT NULL,
    "planNumber" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "PendingPlanImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PendingPlanImport_expiresAt_idx" ON "PendingPlanImport"("expiresAt");
