import { expect, it } from 'vitest';
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
});
