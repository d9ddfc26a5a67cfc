import type { InboundEvent } from '../../dispatch/inbound-event.ts';
import { type ChatOrder, IN_PROCESS_ORDER } from '../../core/ports/chat-order.ts';
import type { InboundStore } from '../../core/ports/inbound-store.ts';
import type { Clock } from '../../core/time/clock.ts';
import { scrubSecrets } from '../../logger.ts';
import { readZaloUpdate, type ZaloReadingOptions, zaloUpdateKey, zaloUpdateToEvent } from './zalo-update.ts';

export type InboundEventHandler = (event: InboundEvent) => Promise<void>;

interface InboundLogger {
  debug(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface ZaloInboundOptions {
  store: InboundStore;
  clock: Clock;
  logger: InboundLogger;
  reading: ZaloReadingOptions;
  handle: InboundEventHandler;
  /** a failing update is retried at the next drains, then set aside (default 3) */
  maxAttempts?: number;
  /**
   * Turns shared by the instances (PostgreSQL): each stored update is taken under one drain turn,
   * so with several instances behind the webhook the updates are handled once each, oldest first.
   * Default: one process, no sharing.
   */
  order?: ChatOrder;
}

export type AcceptResult = 'stored' | 'duplicate' | 'invalid';

export interface ZaloInbound {
  /** Checks and durably stores one raw update; the caller acknowledges Zalo only after this resolves. */
  accept(body: unknown): Promise<AcceptResult>;
  /** Handles the stored updates not handled yet, oldest first, one at a time; resolves when none is left. */
  drain(): Promise<void>;
}

/** The turn every instance takes to handle the next stored update (a key no chat can have). */
const DRAIN_TURN = 'zalo:inbound-drain';
/** Handled updates are kept this long (to look into a problem), then forgotten; checked at most hourly. */
const KEEP_HANDLED_MS = 7 * 24 * 3_600_000;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Zalo delivers an update once (getUpdates has no offset, a webhook has no replay), so an update is
 * stored before Zalo is answered and handled from the store: a crash in between loses nothing, and
 * a start-up drain handles what the last run left. Redeliveries are dropped by their key.
 */
export function createZaloInbound(options: ZaloInboundOptions): ZaloInbound {
  const { store, clock, logger } = options;
  const maxAttempts = options.maxAttempts ?? 3;
  const order = options.order ?? IN_PROCESS_ORDER;
  let running: Promise<void> | null = null;
  let again = false;
  let prunedAt = Number.NEGATIVE_INFINITY;

  async function handleOne(row: Awaited<ReturnType<InboundStore['pending']>>[number]): Promise<void> {
    const update = readZaloUpdate(row.payload);
    const event = update ? zaloUpdateToEvent(update, options.reading) : null;
    if (!event) {
      await store.markDone(row.id, clock.now());
      logger.debug({ key: row.key }, 'zalo: update not acted on (sticker, unsupported or from a bot)');
      return;
    }
    try {
      await options.handle(event);
      await store.markDone(row.id, clock.now());
    } catch (error) {
      const reason = scrubSecrets(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      logger.error({ key: row.key, attempt: row.attempts + 1, err: reason }, 'zalo: handling an update failed');
      await store.recordFailure(row.id, reason, clock.now(), maxAttempts);
    }
  }

  // Under the drain turn: the oldest pending update after `afterId`, handled; false when none is left.
  async function handleNext(cursor: { afterId: number }): Promise<boolean> {
    const [row] = await store.pending('zalo', 1, cursor.afterId);
    if (!row) return false;
    cursor.afterId = row.id;
    await handleOne(row);
    return true;
  }

  async function drainLoop(): Promise<void> {
    do {
      again = false;
      // Each pending update once per pass; one that failed waits for the next pass. Another
      // instance may take some of them meanwhile: the store answers only what is still pending.
      const cursor = { afterId: 0 };
      for (;;) {
        const handled = await order.run(DRAIN_TURN, () => handleNext(cursor));
        if (!handled) break;
      }
    } while (again);
    const now = clock.now().getTime();
    if (now - prunedAt >= PRUNE_EVERY_MS) {
      prunedAt = now;
      await store.prune('zalo', new Date(now - KEEP_HANDLED_MS));
    }
  }

  return {
    async accept(body) {
      const update = readZaloUpdate(body);
      if (!update) return 'invalid';
      const stored = await store.save({ platform: 'zalo', key: `zalo:${zaloUpdateKey(update)}`, payload: update, at: clock.now() });
      return stored ? 'stored' : 'duplicate';
    },
    drain() {
      if (running) {
        again = true;
        return running;
      }
      running = drainLoop().finally(() => {
        running = null;
      });
      return running;
    },
  };
}
