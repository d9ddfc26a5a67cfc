-- CreateTable
CREATE TABLE "InboundUpdate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "payloadJson" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "handledAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "InboundUpdate_key_key" ON "InboundUpdate"("key");

-- CreateIndex
CREATE INDEX "InboundUpdate_platform_status_id_idx" ON "InboundUpdate"("platform", "status", "id");
