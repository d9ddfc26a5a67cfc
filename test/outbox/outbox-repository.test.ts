import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { createStores } from '../../src/db/stores.ts';
import { PROVIDERS, createTestDatabase, describeOnEachDatabase, type TestDatabase } from '../support/test-databases.ts';
import { MORNING, createChats, message, resetOutbox } from './helpers.ts';

const MINUTE = 60_000;

describeOnEachDatabase('outbox repository', (use) => {
  beforeEach(() => resetOutbox(use().prisma));

  it('stores a message once per idempotency key, without throwing on the duplicate', async () => {
    const outbox = createStores(use()).outbox;
    const [chat] = await createChats(use().prisma, 1);
    const input = message(chat!.id, 'digest:unit:1:2026-11-26', '<b>Báo cáo</b>', { link: { taskId: 7, unitId: 3 } });
    expect(await outbox.enqueue(input)).toBe(true);
    expect(await outbox.enqueue({ ...input, message: { html: 'khác' } })).toBe(false);
    const rows = await use().prisma.outboxMessage.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'pending', kind: 'notice', taskId: 7, attempts: 0 });
    expect(JSON.parse(rows[0]!.payloadJson)).toEqual({ message: { html: '<b>Báo cáo</b>' }, link: { taskId: 7, unitId: 3 } });
  });

  it('stores a refresh of every card of a task without a chat, one while it waits; once sent it gives up its key', async () => {
    const outbox = createStores(use()).outbox;
    const refresh = {
      chatId: null,
      kind: 'task' as const,
      idempotencyKey: 'task:7:cards',
      message: { html: '' },
      notBefore: MORNING,
      latest: true,
      card: { taskId: 7 },
    };
    expect(await outbox.enqueue(refresh)).toBe(true);
    expect(await outbox.enqueue(refresh)).toBe(true); // the same waiting row
    const [claimed] = await outbox.claimDue(MORNING, 10, 'a', MINUTE);
    expect(claimed).toMatchObject({ chatId: 0, chatExternalId: '', card: { taskId: 7 }, idempotencyKey: 'task:7:cards' });
    await outbox.markSent(claimed!.id, [], MORNING, { releaseKey: claimed!.idempotencyKey });
    expect(await outbox.enqueue(refresh)).toBe(true); // a new row: the sent one is kept under another key
    const rows = await use().prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((row) => [row.idempotencyKey, row.chatId, row.status])).toEqual([
      [`task:7:cards#${claimed!.id}`, null, 'sent'],
      ['task:7:cards', null, 'pending'],
    ]);
  });

  it('enqueues a large batch in chunks and counts only new keys', async () => {
    const outbox = createOutboxRepository(use());
    const chats = await createChats(use().prisma, 3);
    await outbox.enqueue(message(chats[0]!.id, 'k-5', 'đã có'));
    const inputs = Array.from({ length: 1_200 }, (_, i) => message(chats[i % 3]!.id, `k-${i}`, `tin ${i}`));
    inputs.push(message(chats[1]!.id, 'k-7', 'lặp lại trong lô'));
    expect(await outbox.enqueueMany(inputs)).toBe(1_199);
    expect(await outbox.enqueueMany(inputs)).toBe(0);
    expect(await outbox.pendingCount()).toBe(1_200);
    const k7 = await use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'k-7' } });
    expect(JSON.parse(k7.payloadJson).message.html).toBe('tin 7');
  });

  it('claims due rows in notBefore order, and a dead claim only after its lease', async () => {
    const outbox = createOutboxRepository(use());
    const [chat] = await createChats(use().prisma, 1);
    const at = (minutes: number) => new Date(MORNING.getTime() + minutes * MINUTE);
    await outbox.enqueue(message(chat!.id, 'late', 'c', { notBefore: at(2) }));
    await outbox.enqueue(message(chat!.id, 'early', 'a', { notBefore: at(0) }));
    await outbox.enqueue(message(chat!.id, 'future', 'd', { notBefore: at(60) }));
    await outbox.enqueue(message(chat!.id, 'middle', 'b', { notBefore: at(1) }));

    const first = await outbox.claimDue(at(5), 2, 'A', MINUTE);
    expect(first.map((row) => row.idempotencyKey)).toEqual(['early', 'middle']);
    expect(first[0]).toMatchObject({ chatExternalId: chat!.externalId, chatActive: true, sentMessageIds: [], urgent: false });
    const second = await outbox.claimDue(at(5), 10, 'B', MINUTE);
    expect(second.map((row) => row.idempotencyKey)).toEqual(['late']);
    expect(await outbox.claimDue(at(5.5), 10, 'B', MINUTE)).toEqual([]);
    // A died holding 'early' and 'middle': after the lease they are B's to send.
    const reclaimed = await outbox.claimDue(at(6.5), 10, 'B', MINUTE);
    expect(reclaimed.map((row) => row.idempotencyKey)).toEqual(['early', 'middle', 'late']);
  });

  it('moves rows through retry, release, sent, failed and cancellation', async () => {
    const outbox = createOutboxRepository(use());
    const [chat, other] = await createChats(use().prisma, 2);
    for (const key of ['r', 's', 'f']) await outbox.enqueue(message(chat!.id, key, key));
    await outbox.enqueue(message(other!.id, 'x', 'x'));
    const rows = await outbox.claimDue(MORNING, 10, 'A', MINUTE);
    const id = (key: string) => rows.find((row) => row.idempotencyKey === key)!.id;
    await outbox.markRetry(id('r'), 'server', new Date(MORNING.getTime() + 2_000));
    await outbox.markSent(id('s'), ['11', '12'], MORNING);
    await outbox.markFailed(id('f'), "bad request: can't parse entities");
    await outbox.release(id('x'), new Date(MORNING.getTime() + MINUTE));
    const byKey = async (key: string) => use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: key } });
    expect(await byKey('r')).toMatchObject({ status: 'pending', attempts: 1, lastError: 'server', claimedBy: null });
    expect(await byKey('s')).toMatchObject({ status: 'sent', sentMessageIds: '["11","12"]' });
    expect(await byKey('f')).toMatchObject({ status: 'failed', lastError: "bad request: can't parse entities" });
    expect(await byKey('x')).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await outbox.nextDueAt())?.toISOString()).toBe(new Date(MORNING.getTime() + 2_000).toISOString());
    expect(await outbox.pendingCount()).toBe(2);

    expect(await outbox.cancelForChat(chat!.id, 'forbidden')).toBe(1);
    await outbox.markChatInactive(chat!.id, 'forbidden: bot was kicked');
    expect(await byKey('r')).toMatchObject({ status: 'cancelled', lastError: 'forbidden' });
    expect(await use().prisma.chat.findUniqueOrThrow({ where: { id: chat!.id } })).toMatchObject({
      active: false,
      inactiveReason: 'forbidden: bot was kicked',
    });
    expect(await outbox.pendingCount()).toBe(1);
  });
});

describe.each(PROVIDERS)('outbox claims from two connections [%s]', (provider) => {
  let testDb: TestDatabase;
  let first: Database;
  let second: Database;
  beforeAll(async () => {
    testDb = await createTestDatabase(provider);
    first = await openDatabase(testDb.url, { migrate: false });
    second = await openDatabase(testDb.url, { migrate: false });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await testDb?.drop();
  });

  it('never gives one row to both senders', async () => {
    const a = createOutboxRepository(first);
    const b = createOutboxRepository(second);
    const chats = await createChats(first.prisma, 5);
    const total = 300;
    await a.enqueueMany(Array.from({ length: total }, (_, i) => message(chats[i % 5]!.id, `c-${i}`, `tin ${i}`)));

    async function claimAll(repo: typeof a, owner: string): Promise<number[]> {
      const won: number[] = [];
      for (;;) {
        const rows = await repo.claimDue(MORNING, 7, owner, MINUTE);
        won.push(...rows.map((row) => row.id));
        if (rows.length === 0 && (await first.prisma.outboxMessage.count({ where: { status: 'pending' } })) === 0) {
          return won;
        }
      }
    }
    const [wonA, wonB] = await Promise.all([claimAll(a, 'A'), claimAll(b, 'B')]);
    const all = [...wonA, ...wonB];
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(total);
    expect(wonA.length).toBeGreaterThan(0);
    expect(wonB.length).toBeGreaterThan(0);
    const owners = await first.prisma.outboxMessage.findMany({ select: { id: true, claimedBy: true } });
    for (const row of owners) expect(row.claimedBy?.startsWith(wonA.includes(row.id) ? 'A:' : 'B:')).toBe(true);
  });
});
