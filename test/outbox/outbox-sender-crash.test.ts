import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutgoingMessage } from '../../src/core/model/outgoing.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { createOutboxSender } from '../../src/outbox/outbox-sender.ts';
import type { MessagePart, Transport } from '../../src/outbox/transport.ts';
import { PROVIDERS, createTestDatabase, type TestDatabase } from '../support/test-databases.ts';
import { FakeTransport, MORNING, captureLogger, createChats, drain, message, resetOutbox, sleepOn } from './helpers.ts';

const LEASE = 60_000;

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition not reached');
}

/** Delivers `allowed` sends, then never answers again: the process holding it is as good as dead. */
function dyingTransport(inner: Transport, allowed: number): Transport {
  let left = allowed;
  return {
    capabilities: inner.capabilities,
    send(chat: string, msg: OutgoingMessage, part: MessagePart) {
      if (left-- <= 0) return new Promise<never>(() => {});
      return inner.send(chat, msg, part);
    },
  };
}

describe.each(PROVIDERS)('outbox sender crash and restart [%s]', (provider) => {
  let testDb: TestDatabase;
  let dbA: Database;
  let dbB: Database;
  beforeAll(async () => {
    testDb = await createTestDatabase(provider);
    dbA = await openDatabase(testDb.url, { migrate: false });
    dbB = await openDatabase(testDb.url, { migrate: false });
  });
  afterAll(async () => {
    await dbA?.close();
    await dbB?.close();
    await testDb?.drop();
  });
  beforeEach(() => resetOutbox(dbA.prisma));

  function senderOn(db: Database, owner: string, clock: ManualClock, transport: Transport) {
    const queue = createOutboxRepository(db);
    const sender = createOutboxSender({ queue, transport, clock, logger: captureLogger(), owner, leaseMs: LEASE, sleep: sleepOn(clock) });
    return { queue, sender };
  }

  it('a sender killed mid digest run loses nothing; after the lease the other sends the rest exactly once', async () => {
    const chats = await createChats(dbA.prisma, 40);
    const clockA = new ManualClock(MORNING);
    const clockB = new ManualClock(MORNING);
    const delivered = new FakeTransport(clockA);
    const a = senderOn(dbA, 'A', clockA, dyingTransport(delivered, 12));
    await a.queue.enqueueMany(chats.map((chat, i) => message(chat.id, `digest:${i}`, `Báo cáo ${i}`, { kind: 'digest' })));

    void a.sender.runOnce(); // hangs on the 13th send, holding its claims
    await until(() => delivered.sent.length === 12);
    await until(async () => (await dbA.prisma.outboxMessage.count({ where: { status: 'sent' } })) === 12);
    expect(delivered.sent).toHaveLength(12);
    expect(await dbA.prisma.outboxMessage.count({ where: { status: 'sending', claimedBy: { startsWith: 'A:' } } })).toBe(18);

    const b = senderOn(dbB, 'B', clockB, {
      capabilities: delivered.capabilities,
      send: (chat, msg, part) => delivered.send(chat, msg, part),
    });
    await b.sender.runOnce();
    expect(delivered.sent).toHaveLength(22); // the 10 A never claimed
    clockB.advance(LEASE + 1);
    await drain(b.sender, b.queue, clockB);

    const texts = delivered.sent.map((record) => record.message.html);
    expect(texts).toHaveLength(40);
    expect(new Set(texts).size).toBe(40);
    expect(await dbB.prisma.outboxMessage.count({ where: { status: 'sent' } })).toBe(40);
  });

  it('a restart in the middle of a split message resumes at the next part', async () => {
    const [chat] = await createChats(dbA.prisma, 1);
    const clock = new ManualClock(MORNING);
    const delivered = new FakeTransport(clock);
    const a = senderOn(dbA, 'A', clock, dyingTransport(delivered, 1));
    const html = Array.from({ length: 3 }, (_, i) => `<b>Phần ${i + 1}</b>\n${'nội dung '.repeat(400)}`).join('\n\n');
    await a.queue.enqueue(message(chat!.id, 'weekly', html, { kind: 'digest', message: { html, buttons: [[{ text: 'Xem', data: 'x' }]] } }));

    void a.sender.runOnce(); // part 1 accepted and recorded, then dies on part 2
    await until(async () => {
      const stored = await dbA.prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'weekly' } });
      return stored.sentMessageIds !== null;
    });
    const row = await dbA.prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'weekly' } });
    expect(row.status).toBe('sending');
    expect(JSON.parse(row.sentMessageIds!)).toEqual([delivered.sent[0]!.messageId]);

    const b = senderOn(dbB, 'B', clock, delivered);
    clock.advance(LEASE + 1);
    await drain(b.sender, b.queue, clock);
    expect(delivered.sent.map((record) => record.part.index)).toEqual([0, 1, 2]);
    expect(delivered.sent.map((record) => record.message.html.slice(0, 13))).toEqual(['<b>Phần 1</b>', '<b>Phần 2</b>', '<b>Phần 3</b>']);
    expect(delivered.sent[2]!.message.buttons).toBeDefined();
    const done = await dbB.prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'weekly' } });
    expect(done.status).toBe('sent');
    expect(JSON.parse(done.sentMessageIds!)).toEqual(delivered.sent.map((record) => record.messageId));
  });

  it('stop() finishes the message in flight and gives the rest of the batch back', async () => {
    const chats = await createChats(dbA.prisma, 5);
    const clock = new ManualClock(MORNING);
    const delivered = new FakeTransport(clock);
    let stopping: Promise<void> | undefined;
    const queue = createOutboxRepository(dbA);
    const sender = createOutboxSender({
      queue,
      clock,
      logger: captureLogger(),
      owner: 'S',
      idleMs: 5,
      sleep: sleepOn(clock),
      transport: {
        capabilities: delivered.capabilities,
        async send(chat, msg, part) {
          const result = await delivered.send(chat, msg, part);
          if (delivered.sent.length === 2) stopping = sender.stop();
          return result;
        },
      },
    });
    await queue.enqueueMany(chats.map((chat, i) => message(chat.id, `s-${i}`, `Tin ${i}`)));
    sender.start();
    while (!stopping) await new Promise((resolve) => setTimeout(resolve, 5));
    await stopping;
    expect(delivered.sent).toHaveLength(2);
    const rows = await dbA.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((row) => row.status)).toEqual(['sent', 'sent', 'pending', 'pending', 'pending']);
    expect(rows.every((row) => row.status === 'sent' || row.claimedBy === null)).toBe(true);

    sender.start();
    while ((await queue.pendingCount()) > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await sender.stop();
    expect(delivered.sent.map((record) => record.message.html)).toEqual(['Tin 0', 'Tin 1', 'Tin 2', 'Tin 3', 'Tin 4']);
  });
});
