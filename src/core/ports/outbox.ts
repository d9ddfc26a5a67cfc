import type { OutgoingMessage } from '../model/outgoing.ts';

export type OutboxKind = 'digest' | 'nudge' | 'task' | 'notice' | 'report' | 'reply';

/** After a message is sent, what it must be linked to (so replies to it find their task). */
export interface OutboxLink {
  taskId: number;
  unitId: number | null;
}

/**
 * A task card the sender renders when it sends (so the card shows the task as it stands then):
 * with a chat, that group's card of the task for `unitId`; without one (chatId null), a refresh of
 * every card of the task, which the sender turns into one such edit per group (TaskCardRefresher).
 */
export interface CardToRender {
  taskId: number;
  unitId?: number;
}

export interface EnqueueInput {
  /** internal Chat.id; null only for a refresh of every card of a task (`card` without a unit) */
  chatId: number | null;
  kind: OutboxKind;
  /** Same key → same message: enqueueing twice stores and sends it once. */
  idempotencyKey: string;
  message: OutgoingMessage;
  notBefore: Date;
  link?: OutboxLink;
  /** Sent even during quiet hours (kind 'reply' always is), e.g. an urgent notice to the steering group. */
  urgent?: boolean;
  /**
   * The idempotency key of an earlier message to the same chat that this one replaces: the sender
   * edits that message in place (e.g. a decision removes its buttons) once it has been sent.
   */
  edits?: string;
  /**
   * With `edits`: where the messenger cannot edit (Zalo), or the new text needs more messages than
   * the original, the row is dropped rather than sent as a new message: a refreshed task card
   * notifies nobody, so it must never arrive as one.
   */
  editOnly?: boolean;
  /**
   * Only the newest message under this key matters (the latest state of a task card): while the row
   * stored under it still waits, enqueueing again replaces its message, so a burst of changes leaves
   * one row; once that row is out (or being sent) a new one is queued under the key, the earlier one
   * kept under a derived key.
   */
  latest?: boolean;
  /** `message` is a placeholder: the sender renders this card at send time */
  card?: CardToRender;
  /**
   * Not sent after this instant (cancelled): a digest speaks of the state at its slot, so one held past
   * its slot's relevance (a rate-limit pause, a backlog) is dropped; the next digest says it better.
   */
  expiresAt?: Date;
  /**
   * This message stands for the earlier ones of its series (a digest: the same chat and kind): those
   * of the chat still waiting whose key starts with one of `keyPrefixes` (and ends with `keySuffix`)
   * are cancelled when it is stored, so a backlog delivers only the latest, never weeks-old wording.
   */
  supersedes?: SupersededKeys;
}

export interface SupersededKeys {
  keyPrefixes: string[];
  keySuffix?: string;
}

export interface Outbox {
  /** Durably stores the message; returns false when the key was already enqueued. */
  enqueue(input: EnqueueInput): Promise<boolean>;
  enqueueMany(inputs: EnqueueInput[]): Promise<number>;
  /**
   * While the row stored under the key still waits (not sent, not being sent), it takes this message,
   * notBefore and link: true. Otherwise nothing is stored: false (the caller edits what went out instead).
   */
  replaceWaiting(input: EnqueueInput): Promise<boolean>;
}
