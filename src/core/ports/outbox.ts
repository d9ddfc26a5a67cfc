import type { OutgoingMessage } from '../model/outgoing.ts';

export type OutboxKind = 'digest' | 'nudge' | 'task' | 'notice' | 'report' | 'reply';

/** After a message is sent, what it must be linked to (so replies to it find their task). */
export interface OutboxLink {
  taskId: number;
  unitId: number | null;
}

export interface EnqueueInput {
  chatId: number; // internal Chat.id
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
}

export interface Outbox {
  /** Durably stores the message; returns false when the key was already enqueued. */
  enqueue(input: EnqueueInput): Promise<boolean>;
  enqueueMany(inputs: EnqueueInput[]): Promise<number>;
}
