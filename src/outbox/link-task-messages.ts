import type { PrismaDb } from '../db/open-database.ts';
import type { ClaimedMessage } from './outbox-queue.ts';

/**
 * The default `onSent`: a task message sent to a group is linked to its task, so a reply to it
 * (status in free text) finds the task. The last part is the one with the buttons.
 */
export function createTaskMessageLinker(prisma: PrismaDb) {
  return async (row: ClaimedMessage, messageIds: string[]): Promise<void> => {
    const messageId = messageIds[messageIds.length - 1];
    if (!row.link || messageId === undefined) return;
    try {
      await prisma.taskMessage.create({
        data: { taskId: row.link.taskId, chatId: row.chatId, messageId, unitId: row.link.unitId },
      });
    } catch (error) {
      // Already linked (the same message recorded twice) is fine.
      if ((error as { code?: string }).code !== 'P2002') throw error;
    }
  };
}
