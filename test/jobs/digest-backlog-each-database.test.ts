/**
 * A clock that jumps weeks ahead (or a sender far behind) must not flood the groups with old digests:
 * only the latest of each chat's series goes out, and an answer to a command goes before the backlog.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_JOBS } from '../../jobs/index.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createStores } from '../../src/db/stores.ts';
import { createOutboxSender } from '../../src/outbox/outbox-sender.ts';
import { createScheduler } from '../../src/scheduler/create-scheduler.ts';
import { walkClockTo } from '../../src/scheduler/walk-clock-to.ts';
import { captureLogger, FakeTransport, sleepOn } from '../outbox/helpers.ts';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-databases.ts';
import { memoryLogger, seedWorld, type SeedWorld } from './seed-world.ts';
import { at } from './simulate.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { DEFAULT_QUIET_HOURS } from '../../src/core/time/quiet-hours.ts';
import { renderChart } from '../../src/reports/charts/render-chart.ts';

describe.each(PROVIDERS)('a digest backlog after a long clock jump [%s]', (provider) => {
  let testDb: TestDatabase;
  let db: Database;
  let world: SeedWorld;

  beforeAll(async () => {
    testDb = await createTestDatabase(provider);
    db = await openDatabase(testDb.url, { migrate: false });
    world = await seedWorld(db, at('2023-02-20 00:00'));
  });

  afterAll(async () => {
    await db.close();
    await testDb.drop();
  });

  it('after 50 days each chat gets only its latest digest, the answer to a command first, none twice', async () => {
    const stores = createStores(db);
    const clock = new ManualClock(at('2023-02-27 06:00'));
    const deps = { stores, outbox: stores.outbox, logger: memoryLogger(), calendar: vietnamCalendar, quietHours: DEFAULT_QUIET_HOURS, renderChart };
    const scheduler = createScheduler({ jobs: ALL_JOBS, deps, clock, owner: 'walker' });
    // Every slot on the way runs, but nothing is sent meanwhile: the sender is far behind.
    await walkClockTo(scheduler, clock, at('2023-04-18 09:00'));

    const cap5 = await stores.chats.getChat(world.chatIds.CAP5);
    await stores.outbox.enqueue({
      chatId: cap5!.id,
      kind: 'reply',
      idempotencyKey: 'reply:telegram:u1:1',
      message: { html: 'Trả lời /nhiemvu' },
      notBefore: clock.now(),
    });

    const transport = new FakeTransport(clock);
    const sender = createOutboxSender({ queue: stores.outbox, transport, clock, logger: captureLogger(), owner: 'sender', sleep: sleepOn(clock) });
    const first = await sender.runOnce();
    expect(first.sent).toBeGreaterThan(0);
    expect(marksToPlainText(transport.sent[0]!.message.html)).toBe('Trả lời /nhiemvu');
    for (let round = 0; round < 200 && (await sender.runOnce()).claimed > 0; round++) clock.advance(60_000);

    const digests = (await db.prisma.outboxMessage.findMany({ where: { kind: 'digest', status: 'sent' }, orderBy: { id: 'asc' } })).map(
      (row) => row.idempotencyKey,
    );
    // one series per chat (and plan): the steering group's daily and weekly editions are one
    const series = digests.map((key) => key.replace(/:\d{4}-(W\d{2}|\d{2}-\d{2})/, '').replace('steering-weekly:', 'steering-digest:'));
    expect(new Set(series).size).toBe(series.length);
    const headings = transport.sent.map((s) => marksToPlainText(s.message.html).split('\n')[0] ?? '');
    const unitHeadings = headings.filter((line) => line.includes('Tổng hợp nhiệm vụ'));
    expect(unitHeadings.length).toBeGreaterThan(0);
    expect(unitHeadings.every((line) => line.endsWith('18/04/2023'))).toBe(true);
    expect(new Set(headings.filter((line) => line.includes('Tổng hợp'))).size).toBe(headings.filter((line) => line.includes('Tổng hợp')).length);
  }, 240_000);
});
