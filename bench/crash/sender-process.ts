/**
 * One outbox sender in its own process, for the crash harness (run-crash.ts kills it with SIGKILL).
 * The real sender and Telegram transport over HTTP to the parent's sandbox; on PostgreSQL the shared
 * send budget, as createApp wires it.
 */
import { Api } from 'grammy';
import pino from 'pino';
import { systemClock } from '../../src/app/offset-clock.ts';
import { createTelegramTransport } from '../../src/channels/telegram/telegram-transport.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { createPgSendBudget } from '../../src/db/repositories/send-budget-repository.ts';
import { createStores } from '../../src/db/stores.ts';
import { createOutboxSender, TELEGRAM_LIMITS } from '../../src/outbox/outbox-sender.ts';

async function main(): Promise<void> {
  const token = process.env.CRASH_TOKEN ?? '';
  const db = await openDatabase(process.env.DATABASE_URL ?? '', { migrate: false, poolSize: 4 });
  const sender = createOutboxSender({
    queue: createStores(db).outbox,
    transport: createTelegramTransport(new Api(token, { apiRoot: process.env.CRASH_API_ROOT ?? '' })),
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    owner: `crash-${process.pid}`,
    limits: TELEGRAM_LIMITS,
    ...(db.provider === 'postgresql' ? { budget: createPgSendBudget(db, { botId: token.split(':')[0]!, ...TELEGRAM_LIMITS }) } : {}),
    quietHours: null,
    leaseMs: Number(process.env.CRASH_LEASE_MS ?? 10_000),
    idleMs: 20,
  });
  sender.start();
  process.send?.({ type: 'ready' });
}

main().catch((error: unknown) => {
  process.stderr.write(`[crash sender] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
