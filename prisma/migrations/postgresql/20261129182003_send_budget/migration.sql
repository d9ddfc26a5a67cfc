-- CreateTable
CREATE TABLE "SendEvent" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SendEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SendPause" (
    "key" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SendPause_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SendEvent_key_at_idx" ON "SendEvent"("key", "at");
