import { expect, it } from 'vitest';
import { createStores } from '../../src/db/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const at = (iso: string) => new Date(iso);
const reading = (createdAt: string, expiresAt: string) => ({
  taskId: 7,
  chatId: 3,
  percent: 40,
  note: 'để em xem, được 40%',
  sourceMessageId: '55',
  createdAt: at(createdAt),
  expiresAt: at(expiresAt),
});

describeOnEachDatabase('pending readings in the database', (use) => {
  it('are taken once, whichever instance asks, and never after they expire', async () => {
    const one = createStores(use()).pendingReadings;
    const two = createStores(use()).pendingReadings;
    const id = await one.remember(reading('2026-03-02T01:00:00Z', '2026-03-02T02:00:00Z'));
    const [a, b] = await Promise.all([one.take(id, at('2026-03-02T01:10:00Z')), two.take(id, at('2026-03-02T01:10:00Z'))]);
    expect([a, b].filter((r) => r !== null)).toEqual([reading('2026-03-02T01:00:00Z', '2026-03-02T02:00:00Z')]);
    expect(await two.take(id, at('2026-03-02T01:11:00Z'))).toBeNull();

    const stale = await one.remember(reading('2026-03-02T03:00:00Z', '2026-03-02T04:00:00Z'));
    expect(await two.take(stale, at('2026-03-02T04:00:00Z'))).toBeNull();
    expect(await one.take(999_999, at('2026-03-02T03:00:00Z'))).toBeNull();
  });

  it('are found by chat, newest first, for a choice answered by its number', async () => {
    const stores = createStores(use()).pendingReadings;
    await stores.remember(reading('2026-03-02T01:00:00Z', '2026-03-02T02:00:00Z'));
    const newer = await stores.remember({ ...reading('2026-03-02T01:05:00Z', '2026-03-02T02:05:00Z'), taskId: 8 });
    expect(await stores.takeLatestInChat(4, at('2026-03-02T01:10:00Z'))).toBeNull();
    expect(await stores.takeLatestInChat(3, at('2026-03-02T01:10:00Z'))).toMatchObject({ id: newer, taskId: 8 });
    expect(await stores.takeLatestInChat(3, at('2026-03-02T01:10:00Z'))).toMatchObject({ taskId: 7 });
    expect(await stores.takeLatestInChat(3, at('2026-03-02T01:10:00Z'))).toBeNull();
  });

  it('drop expired readings when a new one is stored, so the table stays small', async () => {
    const db = use();
    const store = createStores(db).pendingReadings;
    await store.remember(reading('2026-03-03T01:00:00Z', '2026-03-03T02:00:00Z'));
    await store.remember(reading('2026-03-03T05:00:00Z', '2026-03-03T06:00:00Z'));
    const left = await db.prisma.pendingReading.findMany({ where: { createdAt: { gte: at('2026-03-03T00:00:00Z') } } });
    expect(left.map((r) => r.createdAt.toISOString())).toEqual(['2026-03-03T05:00:00.000Z']);
  });
});
