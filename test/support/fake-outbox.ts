import { assertTelegramHtml } from './telegram-html.ts';
import type { EnqueueInput, Outbox } from '../../src/core/ports/outbox.ts';
import type { TaskCardRefresher } from '../../src/core/ports/task-card-refresher.ts';
import type { TaskStore } from '../../src/core/ports/task-store.ts';

export interface QueuedMessage extends EnqueueInput {
  /** the message id given when delivered (for an edit: the id of the message it edited) */
  messageId?: string;
  /** a card refresh already turned into edits, or an edit with nothing left to show (as the sender cancels it) */
  done?: boolean;
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
      if (!stored.messageId && !stored.done) {
        stored.message = input.message;
        stored.card = input.card;
        return true;
      }
      stored.idempotencyKey = `${stored.idempotencyKey}#${this.queued.indexOf(stored)}`;
    } else if (stored) return false;
    this.queued.push({ ...input });
    return true;
  }

  async replaceWaiting(input: EnqueueInput): Promise<boolean> {
    assertTelegramHtml(input.message.html);
    const stored = this.queued.find((q) => q.idempotencyKey === input.idempotencyKey);
    if (!stored || stored.messageId || stored.done) return false;
    Object.assign(stored, { message: input.message, notBefore: input.notBefore, link: input.link });
    return true;
  }

  async enqueueMany(inputs: EnqueueInput[]): Promise<number> {
    let count = 0;
    for (const input of inputs) if (await this.enqueue(input)) count++;
    return count;
  }

  /**
   * Gives every undelivered message an id and records task links, as the real sender does; with
   * `cards`, a card refresh becomes one edit per group and each card edit is rendered now, as the
   * real sender does at send time.
   */
  async deliver(tasks: TaskStore, cards?: { refresher: TaskCardRefresher; now: Date }): Promise<QueuedMessage[]> {
    const delivered: QueuedMessage[] = [];
    // the edits a refresh queues are appended while this loop runs, and delivered by it
    for (const message of this.queued) {
      if (message.messageId || message.done) continue;
      if (message.chatId === null && message.card && cards) {
        message.done = true;
        await cards.refresher.queueEdits(message.card.taskId, cards.now);
        continue;
      }
      if (message.edits) {
        // An edit lands on the message it replaces, once that one is out (as the real sender does).
        const target = this.queued.find((q) => q.idempotencyKey === message.edits && q.chatId === message.chatId);
        if (!target?.messageId) continue;
        if (message.card?.unitId !== undefined && message.chatId !== null && cards) {
          const rendered = await cards.refresher.render({ taskId: message.card.taskId, unitId: message.card.unitId, chatId: message.chatId }, cards.now);
          if (!rendered) {
            message.done = true;
            continue;
          }
          message.message = rendered;
        }
        message.messageId = target.messageId;
        delivered.push(message);
        continue;
      }
      message.messageId = String(this.nextMessageId++);
      if (message.link && message.chatId !== null)
        await tasks.recordTaskMessage({ taskId: message.link.taskId, chatId: message.chatId, messageId: message.messageId, unitId: message.link.unitId });
      delivered.push(message);
    }
    return delivered;
  }

  to(chatId: number): QueuedMessage[] {
    return this.queued.filter((q) => q.chatId === chatId);
  }
}
