/**
 * Bench `delivery`: N messages to N groups through the real outbox (enqueueMany) and sender over HTTP
 * to the sandbox enforcing Telegram's limits; elapsed ÷ (N ÷ 30 per second), lost and duplicated
 * messages, then the same with a share of sends answered 429.
 */
import { performance } from 'node:perf_hooks';
import { Api } from 'grammy';
import pino from 'pino';
import { systemClock } from '../../src/app/offset-clock.ts';
import type { EnqueueInput } from '../../src/core/ports/outbox.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { createStores } from '../../src/db/stores.ts';
import { createPgSendBudget } from '../../src/db/repositories/send-budget-repository.ts';
import { createOutboxSender, TELEGRAM_LIMITS } from '../../src/outbox/outbox-sender.ts';
import { createTelegramTransport } from '../../src/channels/telegram/telegram-transport.ts';
import { createSandboxServer } from '../../src/sandbox/index.ts';
import { createBenchDatabase } from '../support/databases.ts';
import { type BenchDb, emit, log } from '../support/emit.ts';

export interface DeliveryOptions {
  dbs: BenchDb[];
  messages: number;
  rate429: number;
  timeoutMs: number;
}

export const DELIVERY_FULL: Omit<DeliveryOptions, 'dbs'> = { messages: 1_000, rate429: 0.05, timeoutMs: 180_000 };
export const DELIVERY_SMOKE: Omit<DeliveryOptions, 'dbs'> = { messages: 60, rate429: 0.05, timeoutMs: 60_000 };

interface DeliveryResult {
  elapsedS: number;
  lost: number;
  duplicated: number;
  injected429: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How several senders share the limits: each its own window (one process), or the PostgreSQL budget. */
type BudgetKind = 'local' | 'shared';

async function deliverOnce(db: BenchDb, n: number, rate429: number, timeoutMs: number, instances = 1, budget: BudgetKind = 'local'): Promise<DeliveryResult> {
  const database = await createBenchDatabase(db, 'delivery');
  const server = createSandboxServer({ faults: rate429 > 0 ? { rate429, retryAfter: 1, seed: 42 } : {} });
  let injected429 = 0;
  const open = await openDatabase(database.url);
  const others = await Promise.all(Array.from({ length: instances - 1 }, () => openDatabase(database.url, { migrate: false })));
  try {
    const { apiRoot } = await server.listen(0);
    const stores = createStores(open);
    const owner = server.createUser({ first_name: 'Thư ký' });
    const inputs: EnqueueInput[] = [];
    const sandboxChats: number[] = [];
    for (let i = 0; i < n; i++) {
      const chat = server.createChat({ title: `Nhóm ${i}`, type: 'supergroup', members: [{ userId: owner.id, status: 'creator' }] });
      sandboxChats.push(chat.chat.id);
      const record = await open.prisma.chat.create({ data: { platform: 'telegram', externalId: String(chat.chat.id), kind: 'unit' } });
      inputs.push({
        chatId: record.id,
        kind: 'digest',
        idempotencyKey: `bench:${i}`,
        message: { html: `<b>Báo cáo sáng</b> số ${i}` },
        notBefore: new Date(0),
      });
    }
    const api = new Api(server.token, { apiRoot });
    // Count injected 429s as the sandbox answers them, to show the fault rate really applied.
    api.config.use(async (prev, method, payload, signal) => {
      const result = await prev(method, payload, signal);
      if (!result.ok && result.error_code === 429) injected429++;
      return result;
    });
    const senders = [open, ...others].map((instance, i) =>
      createOutboxSender({
        queue: createStores(instance).outbox,
        transport: createTelegramTransport(api),
        clock: systemClock,
        logger: pino({ level: 'silent' }),
        owner: `bench-${i}`,
        limits: TELEGRAM_LIMITS,
        ...(budget === 'shared' ? { budget: createPgSendBudget(instance, { botId: server.token.split(':')[0]!, ...TELEGRAM_LIMITS }) } : {}),
        quietHours: null,
        idleMs: 20,
      }),
    );
    const start = performance.now();
    await stores.outbox.enqueueMany(inputs);
    for (const sender of senders) sender.start();
    const deadline = start + timeoutMs;
    while ((await stores.outbox.pendingCount()) > 0 && performance.now() < deadline) await sleep(20);
    const elapsedS = (performance.now() - start) / 1000;
    await Promise.all(senders.map((sender) => sender.stop()));
    let lost = 0;
    let duplicated = 0;
    for (const chatId of sandboxChats) {
      const arrived = server.messages(chatId).filter((m) => m.fromBot).length;
      if (arrived === 0) lost++;
      if (arrived > 1) duplicated += arrived - 1;
    }
    return { elapsedS, lost, duplicated, injected429 };
  } finally {
    await Promise.all(others.map((other) => other.close()));
    await open.close();
    await server.close();
    await database.drop();
  }
}

export async function runDeliveryBench(options: DeliveryOptions): Promise<void> {
  const floorS = options.messages / TELEGRAM_LIMITS.perSecond;
  for (const db of options.dbs) {
    for (const rate429 of [0, options.rate429]) {
      log(`delivery: ${db}, ${options.messages} messages, 429 rate ${rate429}`);
      // One sender as the bot runs it: on PostgreSQL through the shared budget.
      const result = await deliverOnce(db, options.messages, rate429, options.timeoutMs, 1, db === 'postgres' ? 'shared' : 'local');
      const suffix = rate429 > 0 ? '_with_429' : '';
      const extra = {
        n: options.messages,
        elapsed_s: Math.round(result.elapsedS * 100) / 100,
        floor_s: Math.round(floorS * 100) / 100,
        rate429,
        injected_429: result.injected429,
      };
      emit({ bench: 'delivery', metric: `ratio_to_floor${suffix}`, value: result.elapsedS / floorS, unit: 'ratio (elapsed ÷ messages/30 s)', db, ...extra });
      emit({ bench: 'delivery', metric: `lost${suffix}`, value: result.lost, unit: 'messages', db, n: options.messages });
      emit({ bench: 'delivery', metric: `duplicated${suffix}`, value: result.duplicated, unit: 'messages', db, n: options.messages });
    }
  }
  if (options.dbs.includes('postgres')) await deliverTwoInstances(options, floorS);
}

/**
 * Two senders on one PostgreSQL database against the sandbox enforcing Telegram's limits, with no
 * injected faults: every 429 the sandbox answers means the two together went over the bot's budget.
 * Once with a window per sender (what one process would do) and once with the shared budget.
 */
async function deliverTwoInstances(options: DeliveryOptions, floorS: number): Promise<void> {
  for (const budget of ['local', 'shared'] as const) {
    log(`delivery: postgres, 2 instances, ${budget} budget, ${options.messages} messages`);
    const result = await deliverOnce('postgres', options.messages, 0, options.timeoutMs, 2, budget);
    const extra = { n: options.messages, instances: 2, budget, elapsed_s: Math.round(result.elapsedS * 100) / 100, floor_s: Math.round(floorS * 100) / 100 };
    emit({
      bench: 'delivery',
      metric: 'ratio_to_floor_2_instances',
      value: result.elapsedS / floorS,
      unit: 'ratio (elapsed ÷ messages/30 s)',
      db: 'postgres',
      ...extra,
    });
    emit({
      bench: 'delivery',
      metric: 'over_budget_429_2_instances',
      value: result.injected429,
      unit: '429 answers from the sandbox',
      db: 'postgres',
      ...extra,
    });
    emit({ bench: 'delivery', metric: 'lost_2_instances', value: result.lost, unit: 'messages', db: 'postgres', ...extra });
    emit({ bench: 'delivery', metric: 'duplicated_2_instances', value: result.duplicated, unit: 'messages', db: 'postgres', ...extra });
  }
}
