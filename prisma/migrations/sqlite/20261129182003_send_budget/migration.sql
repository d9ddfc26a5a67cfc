-- CreateTable
CREATE TABLE "SendEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SendPause" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "until" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SendEvent_key_at_idx" ON "SendEvent"("key", "at");
