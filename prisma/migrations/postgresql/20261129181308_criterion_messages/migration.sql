-- CreateTable
CREATE TABLE "CriterionMessage" (
    "id" SERIAL NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "chatId" INTEGER NOT NULL,
    "messageId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CriterionMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionEvidence" (
    "id" SERIAL NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "unitId" INTEGER,
    "kind" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "fileUniqueId" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "caption" TEXT,
    "uploaderId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CriterionEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CriterionMessage_chatId_messageId_key" ON "CriterionMessage"("chatId", "messageId");

-- CreateIndex
CREATE INDEX "CriterionEvidence_criterionId_idx" ON "CriterionEvidence"("criterionId");

-- AddForeignKey
ALTER TABLE "CriterionMessage" ADD CONSTRAINT "CriterionMessage_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionEvidence" ADD CONSTRAINT "CriterionEvidence_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
