import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createZaloInbound, type ZaloInbound } from '../../../src/channels/zalo/zalo-inbound.ts';
import type { ChatOrder } from '../../../src/core/ports/chat-order.ts';
import { ManualClock } from '../../../src/core/time/clock.ts';
import { type Database, openDatabase } from '../../../src/db/open-database.ts';
import { createPgChatOrder } from '../../../src/db/pg-chat-order.ts';
import { createInboundRepository } from '../../../src/db/repositories/inbound-repository.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-databases.ts';

const update = (id: number) => ({
  event_name: 'message.text.received',
  message: { message_id: `m${id}`, from: { id: 'u1', display_name: 'An' }, chat: { id: 'g1', chat_type: 'GROUP' }, text: `@Điều phối báo cáo ${id}` },
});

describe('Zalo updates behind one webhook, two instances on PostgreSQL', () => {
  let testDb: TestDatabase;
  const databases: Database[] = [];
  const orders: ChatOrder[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase('postgresql');
  });

  afterAll(async () => {
    for (const order of orders) await order.close();
    for (const db of databases) await db.close();
    await testDb.drop();
  });

  /** An instance: its own connections, its own drain turn client and its own in-process drain state. */
  async function instance(name: string, handled: string[]): Promise<ZaloInbound> {
    const db = await openDatabase(testDb.url, { migrate: false });
    databases.push(db);
    const order = createPgChatOrder({ databaseUrl: testDb.url, logger: pino({ level: 'silent' }) });
    orders.push(order);
    return createZaloInbound({
      store: createInboundRepository(db.prisma),
      clock: new ManualClock(new Date('2026-11-30T02:00:00Z')),
      logger: pino({ level: 'silent' }),
      reading: { botNames: ['Điều phối'], groupsDeliverMentionsOnly: true },
      order,
      handle: async (event) => {
        // slow enough that both instances drain at the same time
        await new Promise((resolve) => setTimeout(resolve, 5));
        handled.push(`${event.messageId}@${name}`);
      },
    });
  }

  it('handles each stored update once, oldest first, whichever instance took it', async () => {
    const handled: string[] = [];
    const a = await instance('a', handled);
    const b = await instance('b', handled);
    // The proxy spreads the webhook calls: odd updates reach a, even ones b; each drains at once.
    const drains: Promise<void>[] = [];
    for (let id = 1; id <= 30; id += 1) {
      const target = id % 2 === 1 ? a : b;
      expect(await target.accept(update(id))).toBe('stored');
      drains.push(target.drain());
    }
    await Promise.all(drains);
    await Promise.all([a.drain(), b.drain()]);
    const ids = handled.map((entry) => entry.split('@')[0]);
    expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => `m${i + 1}`));
    // both instances did part of the work
    expect(new Set(handled.map((entry) => entry.split('@')[1]))).toEqual(new Set(['a', 'b']));
  });
});
