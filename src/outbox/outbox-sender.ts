import { DEFAULT_QUIET_HOURS, applyQuietHours, isQuietTime } from '../core/time/quiet-hours.ts';
import type { OutgoingMessage } from '../core/model/outgoing.ts';
import { scrubSecrets } from '../logger.ts';
import { editTargets, messageParts } from './message-parts.ts';
import type { ClaimedMessage, EditTarget } from '../core/ports/outbox-queue.ts';
import type { Settle } from '../core/ports/send-budget.ts';
import { isFreshCardWorthPosting, lostCardLink } from './lost-cards.ts';
import {
  type DeliveryHooks,
  type OutboxSender,
  type OutboxSenderOptions,
  type SendOutcome,
  type SendRoundResult,
  TELEGRAM_LIMITS,
} from './outbox-sender-options.ts';
import { createLocalSendBudget } from './rate-limiter.ts';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.ts';
import { failureOf, realSleep, yieldToEventLoop } from './send-helpers.ts';
import { staleReason } from './stale-rows.ts';
import { describeFailure, isMessageGone, type Transport, type TransportFailure } from './transport.ts';

export { TELEGRAM_LIMITS } from './outbox-sender-options.ts';
export type { OutboxLogger, OutboxSender, OutboxSenderOptions, SendOutcome } from './outbox-sender-options.ts';

/**
 * A task card's row that is done (sent or cancelled) gives up its key at once: the next change of the
 * task stores its row without looking for this one first (outbox-repository.ts enqueueLatest).
 */
const keyToRelease = (row: ClaimedMessage) => (row.card ? { releaseKey: row.idempotencyKey } : undefined);

/** how long an edit waits after the message it edits is due, before looking again */
const EDIT_WAIT_MS = 5_000;

/**
 * Sends outbox rows while keeping to the messenger's limits.
 *
 * Quiet hours are applied here, when a claimed row is about to be sent (not at enqueue time), so a
 * backlog or a retry that drifts into the night is held too: the row goes back to the queue with
 * notBefore = end of quiet hours. Kind 'reply' and rows enqueued `urgent` are sent at any hour.
 *
 * Delivery is at-least-once with a small window: each part is recorded right after the messenger
 * accepts it, so a restart resumes a split message at the next part. Only a crash between the
 * messenger's acceptance of a part and that one database write can send that part twice.
 */
export function createOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const { queue, clock, logger, owner } = options;
  const transportOf = (row: ClaimedMessage): Transport => options.transports?.[row.chatPlatform] ?? options.transport;
  const limits = options.limits ?? TELEGRAM_LIMITS;
  const quietHours = options.quietHours === undefined ? DEFAULT_QUIET_HOURS : options.quietHours;
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const batchSize = options.batchSize ?? limits.perSecond;
  const leaseMs = options.leaseMs ?? 120_000;
  const idleMs = options.idleMs ?? 1_000;
  const sleep = options.sleep ?? realSleep;
  const budget = options.budget ?? createLocalSendBudget(limits);

  let stopping = false;
  let loop: Promise<void> | null = null;
  let wakeIdle: (() => void) | null = null;

  async function notify(what: string, action: () => Promise<void> | void, context: object): Promise<void> {
    try {
      await action();
    } catch (error) {
      logger.error({ ...context, err: scrubSecrets(error instanceof Error ? error.message : String(error)) }, what);
    }
  }

  type Outcome = SendOutcome;

  async function handleFailure(row: ClaimedMessage, failure: TransportFailure): Promise<Outcome> {
    const now = clock.now().getTime();
    const context = { outboxId: row.id, chatId: row.chatId, kind: row.kind };
    const description = describeFailure(failure);
    switch (failure.kind) {
      case 'rate_limited': {
        const until = now + Math.max(1, failure.retryAfterSeconds) * 1_000;
        await budget.pause(row.chatId, until);
        await queue.release(row.id, new Date(until), description);
        logger.warn({ ...context, retryAfterSeconds: failure.retryAfterSeconds }, 'outbox: rate limited, chat paused');
        return 'retried';
      }
      case 'forbidden': {
        const reason = scrubSecrets(description);
        await queue.markChatInactive(row.chatId, reason);
        const cancelled = await queue.cancelForChat(row.chatId, reason);
        logger.warn({ ...context, cancelled, reason }, 'outbox: chat unreachable, marked inactive');
        await notify('outbox: onChatBlocked failed', () => options.onChatBlocked?.(row.chatId, reason), context);
        return 'cancelled';
      }
      case 'bad_request':
        await queue.markFailed(row.id, scrubSecrets(description));
        logger.warn({ ...context, description: scrubSecrets(failure.description) }, 'outbox: message rejected');
        return 'failed';
      default: {
        const attempt = row.attempts + 1;
        if (attempt >= retry.maxAttempts) {
          await queue.markFailed(row.id, description);
          logger.error({ ...context, attempts: attempt, description }, 'outbox: giving up after repeated errors');
          return 'failed';
        }
        const delay = backoffDelayMs(attempt, retry);
        await queue.markRetry(row.id, description, new Date(now + delay));
        logger.warn({ ...context, attempt, delayMs: delay, description }, 'outbox: send failed, will retry');
        return 'retried';
      }
    }
  }

  /**
   * Takes a send from the budget, waiting (briefly) for the bot-wide limit: its settle function, or
   * when the chat may send again if it may not now.
   */
  async function takeSlot(row: ClaimedMessage): Promise<Settle | number> {
    for (;;) {
      const now = clock.now().getTime();
      const answer = await budget.take(row.chatId, now);
      if (answer.granted) return answer.settle;
      if (answer.scope === 'chat') return answer.retryAt;
      await sleep(Math.max(1, answer.retryAt - now));
    }
  }

  /** Sends the parts not yet accepted, one `deliver` call each, keeping to the limits; records progress. */
  async function deliverParts(
    row: ClaimedMessage,
    parts: OutgoingMessage[],
    blocked: Set<number>,
    deliver: (part: OutgoingMessage, index: number) => Promise<string>,
    hooks: DeliveryHooks = {},
  ): Promise<Outcome> {
    const ids = [...row.sentMessageIds];
    for (let index = ids.length; index < parts.length; index++) {
      const slot = await takeSlot(row);
      if (typeof slot === 'number') {
        await queue.release(row.id, new Date(slot));
        return 'deferred';
      }
      try {
        ids.push(await deliver(parts[index]!, index));
      } catch (error) {
        const failure = failureOf(error);
        if (failure.kind === 'forbidden') blocked.add(row.chatId);
        if (hooks.takeFailure?.(failure)) return 'cancelled';
        return await handleFailure(row, failure);
      } finally {
        // A budget that cannot be settled (database gone) must not turn a delivered part into a failure.
        await notify('outbox: settling the send budget failed', () => slot(clock.now().getTime()), { outboxId: row.id, chatId: row.chatId });
      }
      if (index < parts.length - 1) await queue.markPartSent(row.id, ids, clock.now());
    }
    await hooks.onDelivered?.(ids);
    await queue.markSent(row.id, ids, clock.now(), keyToRelease(row));
    await notify('outbox: onSent failed', () => options.onSent?.(row, ids), { outboxId: row.id, chatId: row.chatId });
    return 'sent';
  }

  /**
   * "Refresh the cards of task X": one edit per group is queued (each rendered when it is sent), then
   * the row is done. A crash in between leaves the row to be claimed again after its lease: queueing
   * again only refreshes the waiting edits (`latest`). A database error is retried like a network one.
   */
  async function refreshCards(row: ClaimedMessage, taskId: number): Promise<Outcome> {
    if (!options.cards) {
      await queue.markFailed(row.id, 'no task card renderer in this process');
      logger.error({ outboxId: row.id, taskId }, 'outbox: a card refresh reached a sender without a card renderer');
      return 'failed';
    }
    try {
      await options.cards.queueEdits(taskId, clock.now(), yieldToEventLoop);
    } catch (error) {
      return handleFailure(row, failureOf(error));
    }
    await queue.markSent(row.id, [], clock.now(), { releaseKey: row.idempotencyKey });
    return 'expanded';
  }

  /** The text to send: a task card is rendered now (null: nothing to show any more); other rows carry theirs. */
  async function messageOf(row: ClaimedMessage): Promise<OutgoingMessage | null> {
    if (!row.card) return row.message;
    if (!options.cards || row.card.unitId === undefined) return null;
    return options.cards.render({ taskId: row.card.taskId, unitId: row.card.unitId, chatId: row.chatId }, clock.now());
  }

  /**
   * A row that replaces an earlier message, part by part (see editTargets); a messenger without
   * edits gets new messages, unless the row is editOnly (then nothing is sent). Edits notify nobody,
   * so quiet hours do not hold them.
   */
  async function editRow(row: ClaimedMessage, editsKey: string, blocked: Set<number>): Promise<Outcome> {
    const target = await queue.findByKey(editsKey);
    if (!target || target.chatId !== row.chatId || target.status === 'failed' || target.status === 'cancelled') {
      await queue.cancel(row.id, 'nothing to edit: the original message was never sent', keyToRelease(row));
      return 'cancelled';
    }
    if (target.cardDeadAt !== null) {
      // lost for good (lost-cards.ts): asking the messenger again would only collect another 400
      await queue.cancel(row.id, 'the card is gone: not edited any more', keyToRelease(row));
      return 'cancelled';
    }
    if (target.status !== 'sent') {
      // The original is still queued (held for quiet hours, or being sent): edit it once it is out.
      const after = Math.max(clock.now().getTime(), target.notBefore.getTime()) + EDIT_WAIT_MS;
      await queue.release(row.id, new Date(after), 'waiting for the message it edits');
      return 'deferred';
    }
    let message: OutgoingMessage | null;
    try {
      message = await messageOf(row);
    } catch (error) {
      return handleFailure(row, failureOf(error));
    }
    if (!message) {
      await queue.cancel(row.id, 'nothing to show: the task or the unit left, or the group is gone', keyToRelease(row));
      return 'cancelled';
    }
    const transport = transportOf(row);
    const parts = messageParts(message, transport.capabilities);
    const targets = editTargets(target.sentMessageIds, parts.length);
    if (row.editOnly && (!transport.edit || !transport.capabilities.edits || targets.some((id) => id === undefined))) {
      // A new message would notify the chat of nothing new: leave the original as it is.
      await queue.cancel(
        row.id,
        transport.capabilities.edits ? 'edit needs more messages than the original' : 'the messenger cannot edit messages',
        keyToRelease(row),
      );
      return 'cancelled';
    }
    let lost: TransportFailure | null = null;
    const takeFailure = (failure: TransportFailure) => {
      if (row.card === null || !isMessageGone(failure)) return false;
      lost = failure;
      return true;
    };
    const outcome = await deliverParts(
      row,
      parts,
      blocked,
      async (part, index) => {
        const messageId = targets[index];
        if (messageId === undefined || !transport.edit || !transport.capabilities.edits)
          return (await transport.send(row.chatExternalId, part, { index, total: parts.length })).messageId;
        await transport.edit(row.chatExternalId, messageId, part);
        return messageId;
      },
      { takeFailure },
    );
    return lost ? replaceOrBuryCard(row, target, message, lost, blocked) : outcome;
  }

  /** A task card whose message is gone (lost-cards.ts): posted afresh once, quietly, or never touched again. */
  async function replaceOrBuryCard(row: ClaimedMessage, target: EditTarget, message: OutgoingMessage, failure: TransportFailure, blocked: Set<number>) {
    const reason = scrubSecrets(describeFailure(failure));
    const context = { outboxId: row.id, chatId: row.chatId, card: row.card, reason };
    if (isFreshCardWorthPosting(target, message)) {
      logger.info(context, 'outbox: task card lost, posting a fresh one quietly');
      const transport = transportOf(row);
      const parts = messageParts({ ...message, silent: true }, transport.capabilities);
      const send = async (part: OutgoingMessage, index: number) => (await transport.send(row.chatExternalId, part, { index, total: parts.length })).messageId;
      return deliverParts(lostCardLink(row), parts, blocked, send, { onDelivered: (ids) => queue.replaceLostCard(target.id, ids, clock.now()) });
    }
    await queue.markCardDead(target.id, clock.now(), reason);
    await queue.cancel(row.id, `the card is gone: ${reason}`, keyToRelease(row));
    logger.info(context, 'outbox: task card lost for good, no longer edited');
    return 'cancelled' as const;
  }

  async function sendRow(row: ClaimedMessage, blocked: Set<number>): Promise<Outcome> {
    if (row.card && row.card.unitId === undefined) return refreshCards(row, row.card.taskId);
    if (blocked.has(row.chatId)) return 'cancelled';
    if (!row.chatActive) {
      await queue.cancelForChat(row.chatId, 'chat inactive');
      blocked.add(row.chatId);
      return 'cancelled';
    }
    if (row.edits !== null) return editRow(row, row.edits, blocked);
    const now = clock.now();
    let stale: string | null;
    try {
      stale = await staleReason(row, now, options.nudges);
    } catch (error) {
      return handleFailure(row, failureOf(error));
    }
    if (stale !== null) {
      await queue.cancel(row.id, stale);
      return 'cancelled';
    }
    if (quietHours && row.kind !== 'reply' && !row.urgent && isQuietTime(now, quietHours)) {
      await queue.release(row.id, applyQuietHours(now, quietHours), 'held for quiet hours');
      return 'deferred';
    }
    const transport = transportOf(row);
    const parts = messageParts(row.message, transport.capabilities);
    return deliverParts(row, parts, blocked, async (part, index) => (await transport.send(row.chatExternalId, part, { index, total: parts.length })).messageId);
  }

  /**
   * One round at a time in this process: a round started while another is in flight (the sandbox's
   * clock walk drives rounds beside the loop) would see that round's rows as a dead sender's once the
   * clock jumped past their lease, and send them a second time.
   */
  let rounds: Promise<unknown> = Promise.resolve();
  function runOnce(): Promise<SendRoundResult> {
    const round = rounds.then(runRound, runRound);
    rounds = round.catch(() => undefined);
    return round;
  }

  async function runRound(): Promise<SendRoundResult> {
    const result: SendRoundResult = { claimed: 0, sent: 0, retried: 0, failed: 0, cancelled: 0, deferred: 0, expanded: 0 };
    const now = clock.now();
    const rows = await queue.claimDue(now, batchSize, owner, leaseMs);
    result.claimed = rows.length;
    const blocked = new Set<number>();
    for (const row of rows) {
      await yieldToEventLoop();
      if (stopping) {
        // Give the rest back now rather than making another sender wait out the lease.
        await queue.release(row.id, row.notBefore);
        result.deferred++;
        options.onOutcome?.('deferred');
        continue;
      }
      const outcome = await sendRow(row, blocked);
      result[outcome]++;
      options.onOutcome?.(outcome);
    }
    return result;
  }

  async function run(): Promise<void> {
    while (!stopping) {
      let claimed = 0;
      try {
        claimed = (await runOnce()).claimed;
      } catch (error) {
        logger.error({ err: scrubSecrets(error instanceof Error ? error.message : String(error)) }, 'outbox: round failed');
      }
      if (stopping) break;
      if (claimed === 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, idleMs);
          wakeIdle = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeIdle = null;
      }
    }
  }

  return {
    runOnce,
    start() {
      if (loop) return;
      stopping = false;
      loop = run().finally(() => {
        loop = null;
      });
    },
    async stop() {
      stopping = true;
      wakeIdle?.();
      await loop;
    },
  };
}
