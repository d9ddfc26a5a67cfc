import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import type { EnqueueInput } from '../../src/core/ports/outbox.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { readGolden } from '../support/golden-file.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';
import { jobDeps, seedWorld } from './seed-world.ts';
import { at, describeSent, newScheduler, runPeriod, type SentRecord } from './simulate.ts';

const GOLDEN = join(import.meta.dirname, 'golden', 'seed-month.json');
const START = '2023-02-20 00:00';

async function freshWorld() {
  const testDb = await createTestDatabase('sqlite');
  const db = await openDatabase(testDb.url, { migrate: false });
  const world = await seedWorld(db, at(START));
  return { testDb, db, world };
}

describe('a simulated month of the seed plan', () => {
  const opened: { testDb: TestDatabase; db: Database }[] = [];
  let sent: SentRecord[] = [];
  let enqueued: EnqueueInput[] = [];

  beforeAll(async () => {
    const { testDb, db, world } = await freshWorld();
    opened.push({ testDb, db });
    const deps = jobDeps(world.stores);
    const clock = new ManualClock(at(START));
    const scheduler = newScheduler(deps, clock, 'golden');
    await runPeriod(scheduler, clock, START, '2023-03-20 23:30');
    await runPeriod(scheduler, clock, '2023-04-25 00:00', '2023-05-05 23:30');
    enqueued = deps.outbox.messages;
    sent = describeSent(deps.outbox.messages, world.chatIds);
  }, 300_000);

  afterAll(async () => {
    for (const { testDb, db } of opened) {
      await db.close();
      await testDb.drop();
    }
  });

  it('sends exactly the golden list', () => {
    expect(sent).toEqual(readGolden(GOLDEN, sent));
  });

  it('attaches the units chart (PNG) to each weekly steering digest and to nothing else', () => {
    const weekly = enqueued.filter((m) => m.idempotencyKey.startsWith('steering-weekly:'));
    expect(weekly.length).toBeGreaterThanOrEqual(4);
    for (const message of weekly) {
      expect(message.message.attachments?.map((a) => [a.kind, a.mimeType, a.fileName])).toEqual([['photo', 'image/png', 'bieu-do-units-45-KH-BCĐ.png']]);
      expect([...(message.message.attachments?.[0]?.bytes.slice(1, 4) ?? [])]).toEqual([0x50, 0x4e, 0x47]);
    }
    expect(enqueued.filter((m) => !m.idempotencyKey.startsWith('steering-weekly:') && m.message.attachments)).toEqual([]);
  });

  it('sends nothing on weekends and public holidays, nothing twice', () => {
    for (const record of sent) expect(vietnamCalendar.isWorkingDay(record.notBefore.slice(0, 10)), record.key).toBe(true);
    expect(sent.some((r) => r.notBefore.startsWith('2023-04-29') || r.notBefore.startsWith('2023-05-0'))).toBe(true);
    for (const day of ['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']) {
      expect(sent.filter((r) => r.notBefore.startsWith(day))).toEqual([]);
    }
    expect(new Set(sent.map((r) => r.key)).size).toBe(sent.length);
  });

  it('nudges GD1-01 before, on and after its deadline, then escalates once', () => {
    const nudges = sent.filter((r) => r.kind === 'nudge');
    expect(nudges.map((r) => `${r.notBefore} ${r.chat} ${r.line}`)).toEqual([
      '2023-02-23 08:00 CATP ⏰ Nhắc hạn: còn 5 ngày',
      '2023-02-27 08:00 CATP ⏰ Nhắc hạn: còn 1 ngày',
      '2023-02-28 08:00 CATP ⏰ Hôm nay là hạn hoàn thành',
      '2023-03-01 08:00 CATP 🔴 Quá hạn 1 ngày',
      '2023-03-02 08:00 CATP 🔴 Quá hạn 2 ngày',
      '2023-03-03 08:00 CATP 🔴 Quá hạn 3 ngày',
      '2023-03-03 08:00 steering 🚨 Báo cáo Ban Chỉ đạo: nhiệm vụ quá hạn 3 ngày',
      '2023-03-06 08:00 CATP 🔴 Quá hạn 6 ngày',
      '2023-03-07 08:00 CATP 🔴 Quá hạn 7 ngày',
    ]);
  });

  it('posts unit digests at 07:30 and steering digests at 16:30, the weekly one on Fridays', () => {
    const digests = sent.filter((r) => r.kind === 'digest');
    for (const d of digests) expect(d.notBefore.slice(11)).toBe(d.chat === 'steering' ? '16:30' : '07:30');
    const weekly = digests.filter((d) => d.line.startsWith('📊 Tổng hợp tuần')).map((d) => d.notBefore.slice(0, 10));
    expect(weekly).toEqual(['2023-02-24', '2023-03-03', '2023-03-10', '2023-03-17', '2023-04-28', '2023-05-05']);
    const daily = digests.filter((d) => d.line.startsWith('📊 Tổng hợp ngày')).map((d) => d.notBefore.slice(0, 10));
    expect(daily.every((day) => !weekly.includes(day))).toBe(true);
  });

  it('sends the same messages when the bot restarts mid-month and catches up', async () => {
    const { testDb, db, world } = await freshWorld();
    opened.push({ testDb, db });
    const deps = jobDeps(world.stores);
    const clock = new ManualClock(at(START));
    await runPeriod(newScheduler(deps, clock, 'first'), clock, START, '2023-03-08 07:00');
    // Down from 07:00 to 09:00: the 07:30 digests and 08:00 nudges are caught up on start.
    clock.set(at('2023-03-08 09:00'));
    const second = newScheduler(deps, clock, 'second');
    const caughtUp = await second.catchUp(clock.now());
    expect(caughtUp.skipped).toEqual([]);
    await runPeriod(second, clock, '2023-03-08 09:00', '2023-03-20 23:30');
    await runPeriod(second, clock, '2023-04-25 00:00', '2023-05-05 23:30');

    const again = describeSent(deps.outbox.messages, world.chatIds);
    const strip = (r: SentRecord) => ({ ...r, notBefore: r.notBefore.startsWith('2023-03-08 0') ? 'caught up' : r.notBefore });
    expect(again.map(strip)).toEqual(sent.map(strip));
    expect(
      again
        .filter((r) => r.notBefore === '2023-03-08 09:00')
        .map((r) => r.chat)
        .sort(),
    ).toEqual(['BCD_TP', 'CAP5', 'CATP']);
    // Only escalations are planned again on later days (so a missed one is caught up); the key keeps them single.
    const repeated = deps.outbox.calls.slice().filter((c, i, all) => all.findIndex((o) => o.idempotencyKey === c.idempotencyKey) !== i);
    expect(repeated.length).toBeGreaterThan(0);
    expect(repeated.every((c) => c.idempotencyKey.includes(':escalate:'))).toBe(true);
  }, 300_000);

  it('sends the same messages when the bot is down over the 16:30 slot and back at 17:00', async () => {
    const { testDb, db, world } = await freshWorld();
    opened.push({ testDb, db });
    const deps = jobDeps(world.stores);
    const clock = new ManualClock(at(START));
    await runPeriod(newScheduler(deps, clock, 'first'), clock, START, '2023-03-09 16:00');
    // Down from 16:00 to 17:00 on Thursday 09/03: the steering digest is sent on return, not skipped or folded.
    clock.set(at('2023-03-09 17:00'));
    const second = newScheduler(deps, clock, 'second');
    expect((await second.catchUp(clock.now())).skipped).toEqual([]);
    await runPeriod(second, clock, '2023-03-09 17:00', '2023-03-20 23:30');
    await runPeriod(second, clock, '2023-04-25 00:00', '2023-05-05 23:30');

    const again = describeSent(deps.outbox.messages, world.chatIds);
    const late = again.filter((r) => r.notBefore === '2023-03-09 17:00');
    expect(late.map((r) => [r.chat, r.line])).toEqual([['steering', '📊 Tổng hợp ngày — Kế hoạch số 45/KH-BCĐ — 09/03/2023']]);
    const strip = (r: SentRecord) => ({ ...r, notBefore: r.notBefore === '2023-03-09 17:00' ? '2023-03-09 16:30' : r.notBefore });
    expect(again.map(strip)).toEqual(sent);
    // Only the digests after the simulation's five-week gap say that the ones before them were missed.
    const folded = again.filter((_r, i) => deps.outbox.messages[i]!.message.html.includes('đã không được gửi'));
    expect(new Set(folded.map((r) => r.notBefore.slice(0, 10)))).toEqual(new Set(['2023-04-25']));
  }, 300_000);
});
