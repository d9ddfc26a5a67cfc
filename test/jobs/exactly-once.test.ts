import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_JOBS, unitDigestJob } from '../../jobs/index.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createStores } from '../../src/db/stores.ts';
import { createScheduler } from '../../src/scheduler/create-scheduler.ts';
import { FakeOutbox } from '../support/fake-outbox-jobs.ts';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-databases.ts';
import { jobDeps, memoryLogger, seedWorld } from './seed-world.ts';
import { at } from './simulate.ts';

describe.each(PROVIDERS)('exactly once per slot [%s]', (provider) => {
  let testDb: TestDatabase;
  let dbA: Database;
  let dbB: Database;

  beforeAll(async () => {
    testDb = await createTestDatabase(provider);
    dbA = await openDatabase(testDb.url, { migrate: false });
    dbB = await openDatabase(testDb.url, { migrate: false });
    await seedWorld(dbA, at('2023-02-20 00:00'));
  });

  afterAll(async () => {
    await dbA.close();
    await dbB.close();
    await testDb.drop();
  });

  it('two processes ticking at once send each digest and nudge once', async () => {
    const outbox = new FakeOutbox();
    const clock = new ManualClock(at('2023-02-23 07:30'));
    const a = createScheduler({ jobs: ALL_JOBS, deps: jobDeps(createStores(dbA), outbox), clock, owner: 'A' });
    const b = createScheduler({ jobs: ALL_JOBS, deps: jobDeps(createStores(dbB), outbox), clock, owner: 'B' });
    for (const time of ['2023-02-23 07:30', '2023-02-23 08:00', '2023-02-23 16:30']) {
      await Promise.all([a.tick(at(time)), b.tick(at(time)), a.tick(at(time)), b.tick(at(time))]);
    }
    expect(outbox.calls.length).toBe(outbox.messages.length);
    expect(outbox.messages.map((m) => m.idempotencyKey.split(':').slice(0, 1)[0])).toEqual([
      'unit-digest',
      'unit-digest',
      'unit-digest',
      'nudge',
      'steering-digest',
    ]);
    const rows = await dbA.prisma.jobRun.findMany({ where: { slotKey: { contains: '2023-02-23' } } });
    expect(rows.every((r) => r.status === 'done')).toBe(true);
    expect(new Set(rows.map((r) => r.owner)).size).toBeGreaterThanOrEqual(1);
  });

  it('takes over a slot left running by a dead process after the lease, without doubling', async () => {
    const stores = createStores(dbA);
    const chat = (await stores.chats.listChats({ kind: 'unit' }))[0]!;
    const key = `unit-digest:${chat.id}:2023-02-24`;
    const outbox = new FakeOutbox();
    // The dead process claimed at 07:30 and had enqueued the digest before it died.
    await stores.slots.claimSlot('unit-digest', key, 'dead', at('2023-02-24 07:30'));
    await outbox.enqueue({ chatId: chat.id, kind: 'digest', idempotencyKey: key, message: { html: 'cũ' }, notBefore: at('2023-02-24 07:30') });
    const clock = new ManualClock(at('2023-02-24 07:35'));
    const scheduler = createScheduler({ jobs: [unitDigestJob], deps: jobDeps(stores, outbox), clock, owner: 'C', leaseMs: 10 * 60_000 });
    const early = await scheduler.tick(at('2023-02-24 07:35'));
    expect(early.ran).not.toContain(key);
    const late = await scheduler.tick(at('2023-02-24 07:45'));
    expect(late.ran).toContain(key);
    expect(outbox.messages.filter((m) => m.idempotencyKey === key)).toHaveLength(1);
    const row = await dbA.prisma.jobRun.findUniqueOrThrow({ where: { job_slotKey: { job: 'unit-digest', slotKey: key } } });
    expect(row).toMatchObject({ status: 'done', owner: 'C' });
  });

  it('releases a failed slot and retries it later', async () => {
    const stores = createStores(dbA);
    let calls = 0;
    const flaky: typeof unitDigestJob = {
      ...unitDigestJob,
      async run(deps, slot, batch) {
        calls++;
        if (calls === 1) throw new Error('network down');
        return unitDigestJob.run(deps, slot, batch);
      },
    };
    const logger = memoryLogger();
    const deps = jobDeps(stores, new FakeOutbox(), logger);
    const scheduler = createScheduler({ jobs: [flaky], deps, clock: new ManualClock(0), owner: 'D', retryDelayMs: 60_000 });
    const first = await scheduler.tick(at('2023-02-27 07:30'));
    expect(first.failed).toHaveLength(1);
    expect(first.ran).toHaveLength(2);
    expect(logger.lines.some((l) => l.level === 'error')).toBe(true);
    const second = await scheduler.tick(at('2023-02-27 07:31'));
    expect(second.ran).toEqual(first.failed);
    expect(deps.outbox.messages).toHaveLength(3);
  });

  it('catches up a same-day slot on start and skips yesterday’s with a log line and a skipped row', async () => {
    const stores = createStores(dbA);
    const logger = memoryLogger();
    const deps = jobDeps(stores, new FakeOutbox(), logger);
    // Down since Tuesday 28/02 morning; back on Wednesday 01/03 at 10:00.
    const scheduler = createScheduler({ jobs: ALL_JOBS, deps, clock: new ManualClock(at('2023-03-01 10:00')), owner: 'E', catchUpDays: 1 });
    const report = await scheduler.catchUp(at('2023-03-01 10:00'));
    expect(report.skipped.map((k) => k.replace(/:\d+:/, ':N:')).sort()).toEqual([
      'deadline-nudges:2023-02-28',
      'recurring-duties:2023-02-28',
      'steering-digest:N:2023-02-28',
      'unit-digest:N:2023-02-28',
      'unit-digest:N:2023-02-28',
      'unit-digest:N:2023-02-28',
    ]);
    expect(report.ran.filter((k) => k.includes('2023-03-01')).length).toBe(6);
    // the cards of a deadline passed while the bot was down are still edited (QA10 #1)
    expect(report.ran).toContain('card-deadlines:2023-02-28');
    expect(deps.outbox.messages.every((m) => m.notBefore.getTime() === at('2023-03-01 10:00').getTime())).toBe(true);
    expect(logger.lines.some((l) => l.message?.includes('skipped'))).toBe(true);
    const skipped = await dbA.prisma.jobRun.findMany({ where: { status: 'skipped' } });
    expect(skipped.length).toBe(report.skipped.length);
    // A second start changes nothing.
    const again = await createScheduler({ jobs: ALL_JOBS, deps, clock: new ManualClock(0), owner: 'F', catchUpDays: 1 }).catchUp(at('2023-03-01 10:05'));
    expect(again).toEqual({ ran: [], skipped: [], failed: [] });
  });
});
