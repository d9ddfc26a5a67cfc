import { expect, it } from 'vitest';
import { createStores } from '../../src/db/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const at = new Date('2026-03-02T01:00:00Z');

describeOnEachDatabase('inbound updates in the database', (use) => {
  it('are stored once per key, raw, and listed pending oldest first after a given id', async () => {
    const store = createStores(use()).inbound;
    const payload = { event_name: 'message.text.received', message: { message_id: 'a', text: 'Đã xong \u0000?' } };
    expect(await store.save({ platform: 'zalo', key: 'zalo:t:a', payload, at })).toBe(true);
    expect(await store.save({ platform: 'zalo', key: 'zalo:t:a', payload, at })).toBe(false);
    expect(await store.save({ platform: 'zalo', key: 'zalo:t:b', payload: { n: 2 }, at })).toBe(true);
    const pending = await store.pending('zalo', 10);
    expect(pending.map((row) => [row.key, row.payload])).toEqual([
      ['zalo:t:a', payload],
      ['zalo:t:b', { n: 2 }],
    ]);
    expect((await store.pending('zalo', 10, pending[0]!.id)).map((row) => row.key)).toEqual(['zalo:t:b']);
    expect(await store.pending('telegram', 10)).toEqual([]);
  });

  it('leave the pending list when done, or after the last failed attempt', async () => {
    const store = createStores(use()).inbound;
    await store.save({ platform: 'zalo', key: 'zalo:t:c', payload: {}, at });
    await store.save({ platform: 'zalo', key: 'zalo:t:d', payload: {}, at });
    const rows = (await store.pending('zalo', 10)).filter((row) => row.key === 'zalo:t:c' || row.key === 'zalo:t:d');
    await store.markDone(rows[0]!.id, at);
    await store.recordFailure(rows[1]!.id, 'boom', at, 2);
    expect((await store.pending('zalo', 10)).find((row) => row.key === 'zalo:t:d')?.attempts).toBe(1);
    await store.recordFailure(rows[1]!.id, 'boom', at, 2);
    expect((await store.pending('zalo', 10)).map((row) => row.key)).not.toContain('zalo:t:d');
    expect((await store.pending('zalo', 10)).map((row) => row.key)).not.toContain('zalo:t:c');
  });

  it('forget handled updates older than a given instant, never pending ones', async () => {
    const db = use();
    const store = createStores(db).inbound;
    const old = new Date('2026-01-01T00:00:00Z');
    await store.save({ platform: 'zalo', key: 'zalo:p:old', payload: {}, at: old });
    await store.save({ platform: 'zalo', key: 'zalo:p:pending', payload: {}, at: old });
    await store.save({ platform: 'zalo', key: 'zalo:p:recent', payload: {}, at: old });
    const rows = await db.prisma.inboundUpdate.findMany({ where: { key: { startsWith: 'zalo:p:' } }, orderBy: { id: 'asc' } });
    await store.markDone(rows[0]!.id, old);
    await store.markDone(rows[2]!.id, new Date('2026-02-01T00:00:00Z'));
    expect(await store.prune('zalo', new Date('2026-01-15T00:00:00Z'))).toBe(1);
    const left = await db.prisma.inboundUpdate.findMany({ where: { key: { startsWith: 'zalo:p:' } } });
    expect(left.map((row) => row.key).sort()).toEqual(['zalo:p:pending', 'zalo:p:recent']);
  });
});
