import { expect, it } from 'vitest';
import { createUpdateLog } from '../../src/db/repositories/system-repository.ts';
import { createStores } from '../../src/db/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

describeOnEachDatabase('the update log (dedupe of redelivered updates)', (use) => {
  it('takes a key once: a redelivery is refused, other keys are not, and the time is stored as given', async () => {
    const { updates } = createStores(use());
    const at = new Date('2023-12-03T03:00:00.123Z');
    expect(await updates.markProcessed('telegram:41', at)).toBe(true);
    expect(await updates.markProcessed('telegram:41', new Date(at.getTime() + 1_000))).toBe(false);
    expect(await updates.markProcessed('zalo:41', at)).toBe(true);
    const rows = await use().prisma.processedUpdate.findMany({ where: { key: { in: ['telegram:41', 'zalo:41'] } }, orderBy: { key: 'asc' } });
    expect(rows.map((r) => [r.key, r.processedAt.toISOString()])).toEqual([
      ['telegram:41', at.toISOString()],
      ['zalo:41', at.toISOString()],
    ]);
    // Stored as the ORM stores it: a range query by time finds it.
    expect(await use().prisma.processedUpdate.count({ where: { processedAt: { gte: at, lt: new Date(at.getTime() + 1) } } })).toBe(2);
  });

  it('stores the same text through the running stores as through Prisma (SQLite writes it below Prisma)', async () => {
    const db = use();
    const at = new Date('2023-12-03T03:00:00.5Z');
    expect(await createStores(db).updates.markProcessed('telegram:51', at)).toBe(true);
    expect(await createUpdateLog(db.prisma).markProcessed('telegram:52', at)).toBe(true);
    expect(await createUpdateLog(db.prisma).markProcessed('telegram:51', at)).toBe(false);
    expect(await createStores(db).updates.markProcessed('telegram:52', at)).toBe(false);
    const stored = await db.prisma.$queryRawUnsafe<{ key: string; at: string }[]>(
      `SELECT "key", CAST("processedAt" AS TEXT) AS "at" FROM "ProcessedUpdate" WHERE "key" IN ('telegram:51', 'telegram:52') ORDER BY "key"`,
    );
    expect(stored[0]!.at).toBe(stored[1]!.at);
  });

  it('keeps working after the connection was closed and Prisma reconnected (SQLite: writes below Prisma follow the new connection)', async () => {
    const db = use();
    const { updates } = createStores(db);
    await db.close();
    expect(await updates.markProcessed('telegram:61', new Date())).toBe(true);
    if (db.sqlite) expect(db.sqlite.current?.open).toBe(true);
    expect(await updates.markProcessed('telegram:61', new Date())).toBe(false);
  });
});
