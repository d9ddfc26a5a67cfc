/** The sender's options, limits and results (outbox-sender.ts). */
import type { TaskCardRefresher } from '../core/ports/task-card-refresher.ts';
import type { QueuedNudgeCheck } from '../core/ports/queued-nudge-check.ts';
import type { ClaimedMessage, OutboxQueue } from '../core/ports/outbox-queue.ts';
import type { SendBudget } from '../core/ports/send-budget.ts';
import type { QuietHours } from '../core/time/quiet-hours.ts';
import type { Clock } from '../core/time/clock.ts';
import type { RetryPolicy } from './retry-policy.ts';
import type { Transport, TransportFailure } from './transport.ts';

/** The part of a pino logger the sender uses. */
export interface OutboxLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface SendLimits {
  /** across all chats (Telegram: about 30) */
  perSecond: number;
  /** per chat (Telegram: about 20 per group per minute) */
  perChatPerMinute: number;
}

export const TELEGRAM_LIMITS: SendLimits = { perSecond: 30, perChatPerMinute: 20 };

export interface OutboxSenderOptions {
  queue: OutboxQueue;
  /** the transport of chats whose platform has none in `transports` */
  transport: Transport;
  /** a transport per messenger (chat platform), e.g. { telegram, zalo }; each brings its capabilities */
  transports?: Readonly<Record<string, Transport>>;
  clock: Clock;
  logger: OutboxLogger;
  /** names this process in claims, e.g. `${hostname}:${pid}` */
  owner: string;
  limits?: SendLimits;
  /** the limits shared with other senders of the bot (PostgreSQL: createPgSendBudget); default: this process's window */
  budget?: SendBudget;
  /** default 21:00–07:00; null sends at any hour */
  quietHours?: QuietHours | null;
  retry?: Partial<RetryPolicy>;
  /** rows claimed per round; default limits.perSecond */
  batchSize?: number;
  /** a claim not finished within this is taken to be a dead sender's and claimed again */
  leaseMs?: number;
  /** pause of the start() loop when nothing is due */
  idleMs?: number;
  /** waits for the per-second limit; tests pass one that advances a ManualClock */
  sleep?: (ms: number) => Promise<void>;
  /** renders task cards at send time (render-task-cards.ts): a card refresh becomes one edit per group; without it such rows fail */
  cards?: TaskCardRefresher;
  /** asked just before a nudge is sent: one no longer owed (reported since) is cancelled */
  nudges?: QueuedNudgeCheck;
  /** the bot was removed from (or blocked by) the chat; its pending messages are already cancelled */
  onChatBlocked?: (chatId: number, reason: string) => Promise<void> | void;
  /** after a row is fully sent, e.g. to link the message to its task (see link-task-messages.ts) */
  onSent?: (row: ClaimedMessage, messageIds: string[]) => Promise<void> | void;
  /** what became of each claimed row (metrics) */
  onOutcome?: (outcome: SendOutcome) => void;
}

export type SendOutcome = 'sent' | 'retried' | 'failed' | 'cancelled' | 'deferred' | 'expanded';

export interface SendRoundResult {
  claimed: number;
  sent: number;
  /** back in the queue after a 429, network or server error */
  retried: number;
  failed: number;
  cancelled: number;
  /** back in the queue untried: per-chat limit, a paused chat, quiet hours, stopping */
  deferred: number;
  /** "refresh the cards of task X" rows turned into one edit per group: nothing sent, so not counted as sent */
  expanded: number;
}

export interface OutboxSender {
  runOnce(): Promise<SendRoundResult>;
  start(): void;
  /** Finishes the message in flight, returns the rest of its batch to the queue, then resolves. */
  stop(): Promise<void>;
}

/** How a delivery ends besides the usual: a failure the caller takes over, and the ids before the row is marked sent. */
export interface DeliveryHooks {
  /** true: the caller handles this failure (the row is left as it is for it) */
  takeFailure?: (failure: TransportFailure) => boolean;
  onDelivered?: (messageIds: string[]) => Promise<void>;
}
