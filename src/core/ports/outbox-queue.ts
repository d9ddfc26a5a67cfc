import type { OutgoingMessage } from '../model/outgoing.ts';
import type { CardToRender, OutboxKind, OutboxLink } from './outbox.ts';

/** What the outbox stores in OutboxMessage.payloadJson. */
export interface OutboxPayload {
  message: OutgoingMessage;
  link?: OutboxLink;
  /** sent even during quiet hours */
  urgent?: boolean;
  /** the idempotency key of the message this one edits in place */
  edits?: string;
  /** an edit that is dropped where it cannot be made in place (see EnqueueInput.editOnly) */
  editOnly?: boolean;
  /** a task card rendered when sent (see EnqueueInput.card) */
  card?: CardToRender;
  /** ISO instant after which the row is cancelled, not sent (EnqueueInput.expiresAt) */
  expiresAt?: string;
}

/** What an edit needs to know about the message it replaces. */
export interface EditTarget {
  id: number;
  chatId: number;
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';
  notBefore: Date;
  message: OutgoingMessage;
  sentMessageIds: string[];
  /** a task card lost once and posted afresh (replaceLostCard); null: the first message still stands */
  cardReplacedAt: Date | null;
  /** a task card lost for good (markCardDead): its edits are dropped without asking the messenger */
  cardDeadAt: Date | null;
}

/** A row a sender has claimed: everything it needs to send it. */
export interface ClaimedMessage {
  id: number;
  /** 0 (with empty chat fields) for a refresh of every card of a task: it sends nothing itself */
  chatId: number;
  chatExternalId: string;
  /** the chat's messenger ('telegram'): picks the transport and its capabilities */
  chatPlatform: string;
  chatActive: boolean;
  kind: OutboxKind;
  idempotencyKey: string;
  message: OutgoingMessage;
  link: OutboxLink | null;
  urgent: boolean;
  /** the idempotency key of the message this row edits in place; null for a new message */
  edits: string | null;
  /** an edit that is dropped, never sent as a new message, where it cannot be made in place */
  editOnly: boolean;
  /** a task card the sender renders now (see EnqueueInput.card); null: `message` is the text */
  card: CardToRender | null;
  /** not sent after this instant (EnqueueInput.expiresAt); null: no limit */
  expiresAt: Date | null;
  notBefore: Date;
  /** failed attempts so far (network/5xx); 429 and deferrals do not count */
  attempts: number;
  /**
   * Message ids of the parts already accepted by the messenger. A multi-part message that was
   * interrupted resumes at part `sentMessageIds.length`.
   */
  sentMessageIds: string[];
}

/**
 * The sender's side of the outbox (the core `Outbox` port is the producers' side).
 * Rows move pending → sending (claimed, with a lease) → sent | failed | cancelled; a 'sending' row
 * whose lease expired belonged to a sender that died and is claimable again.
 */
export interface OutboxQueue {
  /** Atomically claims up to `limit` due rows for `owner`; no row is ever claimed by two live claims. */
  claimDue(now: Date, limit: number, owner: string, leaseMs: number): Promise<ClaimedMessage[]>;
  /** Records one more part as accepted (progress of a multi-part message) and renews the lease. */
  markPartSent(id: number, messageIds: string[], at: Date): Promise<void>;
  /**
   * `releaseKey` (the row's key, for rows enqueued `latest`: task cards): the row is kept under
   * `<key>#<id>` at once, so the next change stores a new row under the key without looking for it.
   */
  markSent(id: number, messageIds: string[], at: Date, options?: { releaseKey: string }): Promise<void>;
  /** Back to pending after a failed attempt (counted against the cap). */
  markRetry(id: number, error: string, nextAttemptAt: Date): Promise<void>;
  /** Back to pending without counting an attempt: rate limits, quiet hours, a stopping sender. */
  release(id: number, notBefore: Date, reason?: string): Promise<void>;
  /** Permanently failed; never retried. */
  markFailed(id: number, error: string): Promise<void>;
  /** Cancels the chat's unsent rows (pending or sending); returns how many. */
  cancelForChat(chatId: number, reason: string): Promise<number>;
  /** Cancels one row that has nothing left to do (e.g. an edit of a message that was never sent); `releaseKey` as in markSent. */
  cancel(id: number, reason: string, options?: { releaseKey: string }): Promise<void>;
  /** The row stored under an idempotency key, for an edit that refers to it; null when there is none. */
  findByKey(idempotencyKey: string): Promise<EditTarget | null>;
  /** A task card's message was lost and a fresh one posted: later edits go to `messageIds`. */
  replaceLostCard(id: number, messageIds: string[], at: Date): Promise<void>;
  /** A task card's message was lost and is not replaced (again): it is never edited any more. */
  markCardDead(id: number, at: Date, reason: string): Promise<void>;
  /** Marks the chat inactive (the bot was removed or blocked). */
  markChatInactive(chatId: number, reason: string): Promise<void>;
  pendingCount(): Promise<number>;
  /** The earliest notBefore among pending rows, so an idle sender knows how long it may sleep. */
  nextDueAt(): Promise<Date | null>;
}
