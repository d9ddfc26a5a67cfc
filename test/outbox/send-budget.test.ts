import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SendBudget } from '../../src/core/ports/send-budget.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { createPgSendBudget } from '../../src/db/repositories/send-budget-repository.ts';
import { createOutboxSender } from '../../src/outbox/outbox-sender.ts';
import { createLocalSendBudget } from '../../src/outbox/rate-limiter.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';
import { FakeTransport, MORNING, captureLogger, createChats, message, resetOutbox, sleepOn } from './helpers.ts';

const LIMITS = { perSecond: 5, perChatPerMinute: 3 };
const T = MORNING.getTime();

/** Records the instant of every send a budget grants. */
function recording(budget: SendBudget, granted: { chatId: number; at: number }[]): SendBudget {
  return {
    async take(chatId, now) {
      const answer = await budget.take(chatId, now);
      if (answer.granted) granted.push({ chatId, at: now });
      return answer;
    },
    pause: (chatId, until) => budget.pause(chatId, until),
  };
}

/** The most grants inside any window of `windowMs` (sorted instants). */
function busiestWindow(instants: number[], windowMs: number): number {
  const sorted = [...instants].sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

describe('in-process send budget (SQLite: one sender)', () => {
  it('grants the bot window, then the chat window, and holds a paused chat', async () => {
    const budget = createLocalSendBudget(LIMITS);
    const answers = [];
    for (let chat = 1; chat <= 6; chat++) answers.push(await budget.take(chat, T));
    expect(answers.filter((a) => a.granted)).toHaveLength(5);
    expect(answers[5]).toEqual({ granted: false, retryAt: T + 1_000, scope: 'bot' });
    await budget.pause(7, T + 30_000);
    expect(await budget.take(7, T + 2_000)).toEqual({ granted: false, retryAt: T + 30_000, scope: 'chat' });
  });
});

describe('shared send budget on PostgreSQL (two instances)', () => {
  let testDb: TestDatabase;
  let dbA: Database;
  let dbB: Database;

  beforeAll(async () => {
    testDb = await createTestDatabase('postgresql');
    dbA = await openDatabase(testDb.url, { migrate: false });
    dbB = await openDatabase(testDb.url, { migrate: false });
  });
  afterAll(async () => {
    await dbA.close();
    await dbB.close();
    await testDb.drop();
  });
  beforeEach(async () => {
    await resetOutbox(dbA.prisma);
    await dbA.prisma.sendEvent.deleteMany();
    await dbA.prisma.sendPause.deleteMany();
  });

  const budgets = (botId = '111') => [createPgSendBudget(dbA, { botId, ...LIMITS }), createPgSendBudget(dbB, { botId, ...LIMITS })] as const;

  it('two instances taking at once together get the bot window, no more; another bot has its own', async () => {
    const [a, b] = budgets();
    const at = async (now: number) => {
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).take(100 + i, now)));
      return answers.filter((x) => x.granted).length;
    };
    expect(await at(T)).toBe(5);
    expect(await at(T + 999)).toBe(0);
    expect(await at(T + 1_000)).toBe(5);
    const [other] = budgets('222');
    expect((await other.take(100, T + 1_000)).granted).toBe(true);
  });

  it('counts a chat across instances (3 a minute) and a pause from one instance holds the other', async () => {
    const [a, b] = budgets();
    expect((await a.take(1, T)).granted).toBe(true);
    expect((await b.take(1, T + 2_000)).granted).toBe(true);
    expect((await a.take(1, T + 4_000)).granted).toBe(true);
    expect(await b.take(1, T + 6_000)).toEqual({ granted: false, retryAt: T + 60_000, scope: 'chat' });
    await a.pause(2, T + 45_000);
    expect(await b.take(2, T + 7_000)).toEqual({ granted: false, retryAt: T + 45_000, scope: 'chat' });
    expect((await b.take(2, T + 45_000)).granted).toBe(true);
  });

  it('two senders deliver everything once, never over the budget together, and both honour a 429 pause', async () => {
    const clock = new ManualClock(MORNING);
    const chats = await createChats(dbA.prisma, 20);
    const paused = chats[0]!;
    const queueA = createOutboxRepository(dbA);
    await queueA.enqueueMany([
      ...chats.map((chat, i) => message(chat.id, `n-${i}`, `Tin ${i}`)),
      ...[1, 2, 3].map((i) => message(paused.id, `p-${i}`, `Tin nhóm đầu ${i}`)),
    ]);
    const transport = new FakeTransport(clock);
    transport.failNext(paused.externalId, { kind: 'rate_limited', retryAfterSeconds: 30 });
    const granted: { chatId: number; at: number }[] = [];
    const [budgetA, budgetB] = budgets();
    const sender = (db: Database, budget: SendBudget, owner: string) =>
      createOutboxSender({
        queue: createOutboxRepository(db),
        transport,
        clock,
        logger: captureLogger(),
        owner,
        limits: LIMITS,
        budget: recording(budget, granted),
        batchSize: 3,
        quietHours: null,
        sleep: sleepOn(clock),
      });
    const a = sender(dbA, budgetA, 'A');
    const b = sender(dbB, budgetB, 'B');
    const sentBy = { A: 0, B: 0 };
    for (let round = 0; round < 500; round++) {
      const [ra, rb] = await Promise.all([a.runOnce(), b.runOnce()]);
      sentBy.A += ra.sent;
      sentBy.B += rb.sent;
      if (ra.claimed + rb.claimed > 0) continue;
      const next = await queueA.nextDueAt();
      if (!next) break;
      if (next.getTime() > clock.now().getTime()) clock.set(next);
    }
    expect(transport.sent).toHaveLength(23);
    expect(new Set(transport.sent.map((s) => s.message.html)).size).toBe(23);
    expect(sentBy.A).toBeGreaterThan(0);
    expect(sentBy.B).toBeGreaterThan(0);
    expect(
      busiestWindow(
        granted.map((g) => g.at),
        1_000,
      ),
    ).toBeLessThanOrEqual(LIMITS.perSecond);
    for (const chat of chats)
      expect(
        busiestWindow(
          granted.filter((g) => g.chatId === chat.id).map((g) => g.at),
          60_000,
        ),
      ).toBeLessThanOrEqual(3);
    // The 429 came at the first send to that chat; nobody sent to it before retry_after ran out.
    const first429 = granted.find((g) => g.chatId === paused.id)!.at;
    const delivered = transport.to(paused.externalId);
    expect(delivered).toHaveLength(4);
    for (const record of delivered) expect(record.at).toBeGreaterThanOrEqual(first429 + 30_000);
  });
});
