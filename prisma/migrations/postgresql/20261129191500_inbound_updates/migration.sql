-- CreateTable
CREATE TABLE "InboundUpdate" (
    "id" SERIAL NOT NULL,
    "platform" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "payloadJson" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "handledAt" TIMESTAMP(3),

    CONSTRAINT "InboundUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InboundUpdate_key_key" ON "InboundUpdate"("key");

-- CreateIndex
CREATE INDEX "InboundUpdate_platform_status_id_idx" ON "InboundUpdate"("platform", "status", "id");
