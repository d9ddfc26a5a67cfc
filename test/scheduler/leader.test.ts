import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyJobDefinition, PlannedSlot } from '../../jobs/types.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createPgLeaderLock, SCHEDULER_LOCK } from '../../src/db/pg-leader-lock.ts';
import { createStores } from '../../src/db/stores.ts';
import { createScheduler } from '../../src/scheduler/create-scheduler.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';
import { jobDeps } from '../jobs/seed-world.ts';
import { at } from '../jobs/simulate.ts';

/** A job with one slot per hour 07:00–17:00 that records which scheduler ran it. */
function hourlyJob(runs: { owner: string; key: string }[], owner: string): AnyJobDefinition {
  return {
    name: 'hourly',
    async slots(_deps, localDate) {
      const slots: PlannedSlot[] = [];
      for (let hour = 7; hour <= 17; hour++) {
        const time = `${localDate} ${String(hour).padStart(2, '0')}:00`;
        slots.push({ job: 'hourly', key: `hourly:${time}`, chatId: null, localDate, scheduledAt: at(time), relevantUntil: at(`${localDate} 23:59`) });
      }
      return { slots };
    },
    async run(_deps, slot) {
      runs.push({ owner, key: slot.key });
      return { enqueued: 0 };
    },
  };
}

describe('scheduler leadership on PostgreSQL (advisory lock)', () => {
  let testDb: TestDatabase;
  let dbA: Database;
  let dbB: Database;

  beforeAll(async () => {
    testDb = await createTestDatabase('postgresql');
    dbA = await openDatabase(testDb.url, { migrate: false });
    dbB = await openDatabase(testDb.url, { migrate: false });
  });

  afterAll(async () => {
    await dbA.close();
    await dbB.close();
    await testDb.drop();
  });

  function twoSchedulers(runs: { owner: string; key: string }[]) {
    const clock = new ManualClock(at('2023-03-01 07:00'));
    const make = (db: Database, owner: string) => {
      const leadership = createPgLeaderLock({ databaseUrl: testDb.url, lock: SCHEDULER_LOCK });
      const scheduler = createScheduler({ jobs: [hourlyJob(runs, owner)], deps: jobDeps(createStores(db)), clock, owner, leadership });
      return { scheduler, leadership };
    };
    return { a: make(dbA, 'A'), b: make(dbB, 'B') };
  }

  it('only one of two schedulers ticks; when the leader closes, the other takes over and catches up', async () => {
    const runs: { owner: string; key: string }[] = [];
    const { a, b } = twoSchedulers(runs);
    await a.scheduler.catchUp(at('2023-03-01 07:00'));
    await b.scheduler.catchUp(at('2023-03-01 07:00'));
    for (const time of ['2023-03-01 08:00', '2023-03-01 09:00']) await Promise.all([a.scheduler.tick(at(time)), b.scheduler.tick(at(time))]);
    expect(a.scheduler.status().leader).toBe(true);
    expect(b.scheduler.status().leader).toBe(false);
    expect(runs.map((r) => r.owner)).toEqual(['A', 'A', 'A']);

    await a.scheduler.stop(); // closes its lock connection, as a dying process would
    const report = await b.scheduler.tick(at('2023-03-01 11:00'));
    expect(b.scheduler.status().leader).toBe(true);
    // 10:00 and 11:00 were due and not run: the new leader catches them up; nothing ran twice.
    expect(report.ran).toEqual(['hourly:2023-03-01 10:00', 'hourly:2023-03-01 11:00']);
    expect(new Set(runs.map((r) => r.key)).size).toBe(runs.length);
    await b.scheduler.stop();
  });

  it('a leader whose connection is killed stops leading; the other instance leads at its next tick', async () => {
    const runs: { owner: string; key: string }[] = [];
    const { a, b } = twoSchedulers(runs);
    await a.scheduler.tick(at('2023-03-02 07:00'));
    await b.scheduler.tick(at('2023-03-02 07:00'));
    expect(runs.map((r) => r.owner)).toEqual(['A']);
    // The server ends the leader's lock connection (a crashed process, a network cut).
    const admin = new pg.Client({ connectionString: testDb.url });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted AND pid <> pg_backend_pid()", [
      SCHEDULER_LOCK,
    ]);
    await admin.end();
    await Promise.all([a.scheduler.tick(at('2023-03-02 08:00')), b.scheduler.tick(at('2023-03-02 08:00'))]);
    await Promise.all([a.scheduler.tick(at('2023-03-02 09:00')), b.scheduler.tick(at('2023-03-02 09:00'))]);
    const leaders = [a, b].filter((x) => x.scheduler.status().leader);
    expect(leaders).toHaveLength(1);
    expect(runs.map((r) => r.key)).toEqual(['hourly:2023-03-02 07:00', 'hourly:2023-03-02 08:00', 'hourly:2023-03-02 09:00']);
    await a.scheduler.stop();
    await b.scheduler.stop();
  });
});
