import { assertTelegramHtml } from './telegram-html.ts';
import type { EnqueueInput, Outbox } from '../../src/core/ports/outbox.ts';
import type { TaskStore } from '../../src/core/ports/task-store.ts';

export interface QueuedMessage extends EnqueueInput {
  /** the message id given when delivered (for an edit: the id of the message it edited) */
  messageId?: string;
}

/** An in-memory outbox: keeps what was queued, once per idempotency key; deliver() plays the sender. */
export class FakeOutbox implements Outbox {
  readonly queued: QueuedMessage[] = [];
  private nextMessageId = 5000;

  async enqueue(input: EnqueueInput): Promise<boolean> {
    assertTelegramHtml(input.message.html);
    const stored = this.queued.find((q) => q.idempotencyKey === input.idempotencyKey);
    if (stored && input.latest) {
      // As the repository does: a waiting row takes the newest message; one already out keeps its history under another key.
      if (!stored.messageId) {
        stored.message = input.message;
        return true;
      }
      stored.idempotencyKey = `${stored.idempotencyKey}#${this.queued.indexOf(stored)}`;
    } else if (stored) return false;
    this.queued.push({ ...input });
    return true;
  }

  async enqueueMany(inputs: EnqueueInput[]): Promise<number> {
    let count = 0;
    for (const input of inputs) if (await this.enqueue(input)) count++;
    return count;
  }

  /** Gives every undelivered message an id and records task links, as the real sender does. */
  async deliver(tasks: TaskStore): Promise<QueuedMessage[]> {
    const delivered: QueuedMessage[] = [];
    for (const message of this.queued) {
      if (message.messageId) continue;
      if (message.edits) {
        // An edit lands on the message it replaces, once that one is out (as the real sender does).
        const target = this.queued.find((q) => q.idempotencyKey === message.edits && q.chatId === message.chatId);
        if (!target?.messageId) continue;
        message.messageId = target.messageId;
        delivered.push(message);
        continue;
      }
      message.messageId = String(this.nextMessageId++);
      if (message.link)
        await tasks.recordTaskMessage({ taskId: message.link.taskId, chatId: message.chatId, messageId: message.messageId, unitId: message.link.unitId });
      delivered.push(message);
    }
    return delivered;
  }

  to(chatId: number): QueuedMessage[] {
    return this.queued.filter((q) => q.chatId === chatId);
  }
}
