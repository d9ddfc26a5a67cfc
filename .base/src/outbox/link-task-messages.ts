import type { ClaimedMessage } from '../core/ports/outbox-queue.ts';
import type { TaskStore } from '../core/ports/task-store.ts';

/**
 * The default `onSent`: a task message sent to a group is linked to its task, so a reply to it
 * (status in free text) finds the task. The last part is the one with the buttons. Recording the
 * same message twice is harmless (the store upserts by chat and message id).
 */
export function createTaskMessageLinker(tasks: Pick<TaskStore, 'recordTaskMessage'>) {
  return async (row: ClaimedMessage, messageIds: string[]): Promise<void> => {
    const messageId = messageIds[messageIds.length - 1];
    if (!row.link || messageId === undefined) return;
    await tasks.recordTaskMessage({ taskId: row.link.taskId, chatId: row.chatId, messageId, unitId: row.link.unitId });
  };
}
