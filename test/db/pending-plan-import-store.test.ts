import { expect, it } from 'vitest';
import { createStores } from '../../src/db/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const at = (iso: string) => new Date(iso);
const pending = (createdAt: string, expiresAt: string, chatId = 5) => ({
  chatId,
  userId: '1001',
  fileName: 'kế hoạch.xlsx',
  fileBytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 255]),
  planNumber: '45/KH-BCĐ',
  planFingerprint: 'k3x9q1',
  createdAt: at(createdAt),
  expiresAt: at(expiresAt),
});

describeOnEachDatabase('pending plan imports in the database', (use) => {
  it('are decided once, whichever instance asks, with the file kept byte for byte', async () => {
    const one = createStores(use()).pendingPlanImports;
    const two = createStores(use()).pendingPlanImports;
    const id = await one.remember(pending('2026-03-02T01:00:00Z', '2026-03-04T01:00:00Z'));
    const now = at('2026-03-02T02:00:00Z');
    const [a, b] = await Promise.all([one.claim(id, 5, 'activated', now), two.claim(id, 5, 'activated', now)]);
    const won = [a, b].filter((r) => r.claimed);
    expect(won).toHaveLength(1);
    expect(won[0]?.claimed && won[0].pending).toMatchObject({
      id,
      fileName: 'kế hoạch.xlsx',
      planNumber: '45/KH-BCĐ',
      planFingerprint: 'k3x9q1',
      userId: '1001',
    });
    expect(won[0]?.claimed && [...won[0].pending.fileBytes]).toEqual([0x50, 0x4b, 3, 4, 0, 255]);
    expect([a, b].find((r) => !r.claimed)).toEqual({ claimed: false, reason: 'activated' });
    expect(await two.claim(id, 5, 'cancelled', now)).toEqual({ claimed: false, reason: 'activated' });
  });

  it('are not decided after they expire, from another chat, or when unknown; a release makes one pending again', async () => {
    const store = createStores(use()).pendingPlanImports;
    const id = await store.remember(pending('2026-03-05T01:00:00Z', '2026-03-05T03:00:00Z'));
    expect(await store.claim(id, 6, 'activated', at('2026-03-05T02:00:00Z'))).toEqual({ claimed: false, reason: 'missing' });
    expect(await store.claim(999_999, 5, 'activated', at('2026-03-05T02:00:00Z'))).toEqual({ claimed: false, reason: 'missing' });
    expect((await store.claim(id, 5, 'cancelled', at('2026-03-05T02:00:00Z'))).claimed).toBe(true);
    await store.release(id);
    expect((await store.claim(id, 5, 'activated', at('2026-03-05T02:30:00Z'))).claimed).toBe(true);
    const late = await store.remember(pending('2026-03-05T04:00:00Z', '2026-03-05T05:00:00Z'));
    expect(await store.claim(late, 5, 'activated', at('2026-03-05T05:00:00Z'))).toEqual({ claimed: false, reason: 'expired' });
  });

  it('drop long-expired rows when a new one is stored', async () => {
    const db = use();
    const store = createStores(db).pendingPlanImports;
    await store.remember(pending('2026-01-01T01:00:00Z', '2026-01-03T01:00:00Z'));
    await store.remember(pending('2026-03-10T01:00:00Z', '2026-03-12T01:00:00Z'));
    const left = await db.prisma.pendingPlanImport.findMany({ where: { createdAt: { gte: at('2026-01-01T00:00:00Z') } } });
    const created = left.map((r) => r.createdAt.toISOString());
    expect(created).not.toContain('2026-01-01T01:00:00.000Z');
    expect(created).toContain('2026-03-10T01:00:00.000Z');
  });
});
