import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/** Lets the other callers' queued promise chains run, as the event loop would between two awaits. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Two callers share one client: one inside an interactive transaction that fails, one writing
 * plainly meanwhile. The plain write is not part of the transaction and must survive its rollback
 * (SQLite has one connection: without the gate it ran inside the open BEGIN and was undone).
 */
describeOnEachDatabase('a plain write during another caller’s transaction', (use) => {
  it('survives that transaction’s rollback (updateMany, create, raw)', async () => {
    const { prisma } = use();
    await prisma.unit.create({ data: { code: 'gate-a', name: 'Đơn vị A' } });
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => {
      inside = resolve;
    });
    const failing = prisma
      .$transaction(async (tx) => {
        await tx.unit.update({ where: { code: 'gate-a' }, data: { name: 'trong giao dịch' } });
        inside();
        // the transaction stays open across several turns of the event loop, as a slow caller's would
        for (let i = 0; i < 5; i += 1) await settle();
        throw new Error('rolled back on purpose');
      })
      .catch((error: unknown) => error);
    await opened;
    const writes = Promise.all([
      prisma.unit.updateMany({ where: { code: 'gate-a' }, data: { shortName: 'ghi ngoài' } }),
      prisma.unit.create({ data: { code: 'gate-b', name: 'Đơn vị B' } }),
      prisma.$executeRawUnsafe(`UPDATE "Unit" SET "kind" = 'police' WHERE "code" = 'gate-a'`),
    ]);
    expect(((await failing) as Error).message).toBe('rolled back on purpose');
    await writes;
    const a = await prisma.unit.findUniqueOrThrow({ where: { code: 'gate-a' } });
    expect(a).toMatchObject({ name: 'Đơn vị A', shortName: 'ghi ngoài', kind: 'police' });
    expect(await prisma.unit.count({ where: { code: 'gate-b' } })).toBe(1);
  });

  it('does not stall a committed transaction, and reads after it see its rows', async () => {
    const { prisma } = use();
    const started = Date.now();
    const committed = prisma.$transaction(async (tx) => {
      await tx.unit.create({ data: { code: 'gate-c', name: 'Đơn vị C' } });
      await settle();
      await tx.unit.update({ where: { code: 'gate-c' }, data: { shortName: 'C' } });
    });
    const read = prisma.unit.findUnique({ where: { code: 'gate-c' } });
    await committed;
    // SQLite: the read queued behind the open transaction sees the commit; PostgreSQL reads its own snapshot
    const row = await read;
    if (row) expect(row.shortName).toBe('C');
    expect(await prisma.unit.findUnique({ where: { code: 'gate-c' } })).toMatchObject({ shortName: 'C' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
