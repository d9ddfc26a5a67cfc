-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "cardDeadAt" TIMESTAMP(3),
ADD COLUMN     "cardReplacedAt" TIMESTAMP(3);
