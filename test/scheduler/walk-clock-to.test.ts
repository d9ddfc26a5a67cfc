import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { walkClockTo } from '../../src/scheduler/walk-clock-to.ts';
import { jobDeps, type SeedWorld, seedWorld } from '../jobs/seed-world.ts';
import { at, localTime, newScheduler } from '../jobs/simulate.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';

/**
 * The sandbox's clock buttons walk time through every slot due on the way, so pressing "Sáng mai
 * 07:30" each morning shows what a real week shows: the 08:00 nudge runs, the 16:30 steering digests,
 * the weekly edition without a false "system paused" line. A plain jump (real downtime) still skips.
 */
describe('walking the sandbox clock', () => {
  let testDb: TestDatabase;
  let db: Database;
  let world: SeedWorld;
  let deps: ReturnType<typeof jobDeps>;

  beforeEach(async () => {
    testDb = await createTestDatabase('sqlite');
    db = await openDatabase(testDb.url);
    world = await seedWorld(db, at('2023-02-20 00:00'));
    deps = jobDeps(world.stores);
  });
  afterEach(async () => {
    await db?.close();
    await testDb?.drop();
  });

  const mornings = ['2023-03-07 07:30', '2023-03-08 07:30', '2023-03-09 07:30', '2023-03-10 07:30', '2023-03-13 07:30'];
  const statusOf = async (status: string) => (await db.prisma.jobRun.findMany({ where: { status }, select: { slotKey: true } })).map((r) => r.slotKey);
  const steeringDigests = () =>
    deps.outbox.messages
      .filter((m) => m.kind === 'digest' && m.chatId === world.chatIds.steering)
      .map((m) => ({ at: localTime(m.notBefore), text: marksToPlainText(m.message.html) }));

  it('pressing "next morning" every day runs each nudge run and steering digest at its own time, and skips nothing', async () => {
    const clock = new ManualClock(at('2023-03-06 09:00'));
    const scheduler = newScheduler(deps, clock, 'sandbox');
    await scheduler.tick(clock.now());
    for (const morning of mornings) await walkClockTo(scheduler, clock, at(morning));

    expect(await statusOf('skipped')).toEqual([]);
    const done = await statusOf('done');
    for (const day of ['2023-03-07', '2023-03-08', '2023-03-09', '2023-03-10']) {
      expect(done.filter((key) => key.includes('deadline-nudges') && key.includes(day))).toHaveLength(1);
      expect(done.filter((key) => key.includes('recurring-duties') && key.includes(day))).toHaveLength(1);
    }
    const digests = steeringDigests();
    expect(digests.map((d) => d.at)).toEqual(['2023-03-06 16:30', '2023-03-07 16:30', '2023-03-08 16:30', '2023-03-09 16:30', '2023-03-10 16:30']);
    expect(digests.every((d) => !d.text.includes('đã không được gửi'))).toBe(true);
    expect(clock.now()).toEqual(at('2023-03-13 07:30'));
  });

  it('runs the hook at each stop before moving on (the sandbox delivers the outbox there, on time)', async () => {
    const clock = new ManualClock(at('2023-03-06 09:00'));
    const scheduler = newScheduler(deps, clock, 'hook');
    await scheduler.tick(clock.now());
    const seen: string[] = [];
    await walkClockTo(scheduler, clock, at('2023-03-07 07:30'), { afterStop: async () => void seen.push(localTime(clock.now())) });
    expect(seen).toContain('2023-03-06 16:30');
    expect(seen.every((t) => t <= '2023-03-07 07:30')).toBe(true);
  });

  it('a jump without the walk (the bot was down) keeps the production rule: missed slots skipped, the next digest says so', async () => {
    const clock = new ManualClock(at('2023-03-06 09:00'));
    const scheduler = newScheduler(deps, clock, 'down');
    await scheduler.tick(clock.now());
    for (const morning of mornings) {
      clock.set(at(morning));
      await scheduler.tick(clock.now());
    }
    expect((await statusOf('skipped')).some((key) => key.startsWith('steering-digest:'))).toBe(true);
  });
});
