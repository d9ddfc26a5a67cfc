-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "cardDeadAt" DATETIME;
ALTER TABLE "OutboxMessage" ADD COLUMN "cardReplacedAt" DATETIME;
