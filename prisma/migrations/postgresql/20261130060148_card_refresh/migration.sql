-- AlterTable
ALTER TABLE "OutboxMessage" ALTER COLUMN "chatId" DROP NOT NULL;
