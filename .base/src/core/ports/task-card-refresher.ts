import type { OutgoingMessage } from '../model/outgoing.ts';

/** One group's card of a task, as an edit row names it (EnqueueInput.card with its chat). */
export interface CardOfGroup {
  taskId: number;
  unitId: number;
  chatId: number;
}

/**
 * What the outbox sender asks of the core when it reaches a task card: producers only queue "refresh
 * the cards of task X" (refreshTaskCards), and the card is rendered when it is sent, so it shows the
 * task as it stands then. Implemented by src/core/usecases/render-task-cards.ts, passed to the sender
 * by the entry points.
 */
export interface TaskCardRefresher {
  /**
   * Queues one edit per group of a unit on the task whose messenger edits in place; returns how many.
   * `between` is awaited before each edit is stored: the sender passes a turn of the event loop, so a
   * task on a hundred groups does not hold the process (SQLite's statements complete synchronously).
   */
  queueEdits(taskId: number, now: Date, between?: () => Promise<void>): Promise<number>;
  /** The group's card as the task stands at `now`; null when there is nothing to show (task deleted, unit off it, group gone). */
  render(card: CardOfGroup, now: Date): Promise<OutgoingMessage | null>;
}
