import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-databases.ts';
import { jobDeps, type SeedWorld, seedWorld } from './seed-world.ts';
import { at, localTime, newScheduler, runPeriod } from './simulate.ts';

/**
 * A digest slot the bot could not send in time (process down, clock moved past it) is sent late the
 * same day before quiet hours, or folded into the next digest with a line saying so; never lost.
 */
describe.each(PROVIDERS)('missed digests [%s]', (provider) => {
  let testDb: TestDatabase;
  let db: Database;
  let world: SeedWorld;
  let deps: ReturnType<typeof jobDeps>;

  beforeAll(async () => {
    testDb = await createTestDatabase(provider);
    db = await openDatabase(testDb.url);
    world = await seedWorld(db, at('2023-02-20 00:00'));
    deps = jobDeps(world.stores);
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  const digestsOf = (chat: keyof SeedWorld['chatIds'], localDate: string) =>
    deps.outbox.messages
      .filter((m) => m.kind === 'digest' && m.chatId === world.chatIds[chat] && m.idempotencyKey.includes(localDate))
      .map((m) => ({ at: localTime(m.notBefore), text: marksToPlainText(m.message.html) }));

  async function slotStatus(key: string): Promise<string | undefined> {
    return (await db.prisma.jobRun.findFirst({ where: { slotKey: key } }))?.status;
  }

  async function blocker(code: string, unitCode: string, note: string, when: string): Promise<void> {
    const task = (await world.stores.tasks.findTaskByCode(code))!;
    const unit = (await world.stores.directory.findUnitByCode(unitCode))!;
    await world.stores.reports.appendReport({
      taskId: task.id,
      unitId: unit.id,
      status: 'blocked',
      percent: null,
      note,
      channel: 'reply',
      reporterId: '502',
      reporterName: 'Lê Thị Hoa',
      sourceChatId: '-1002',
      sourceMessageId: null,
      at: at(when),
      auditAction: 'task.report',
    });
  }

  it('a clock jump from 08:03 over 16:30 folds that day’s steering digest, and its blocker, into the next one', async () => {
    const clock = new ManualClock(at('2023-03-06 07:00'));
    const scheduler = newScheduler(deps, clock, 'jump');
    await runPeriod(scheduler, clock, '2023-03-06 07:00', '2023-03-07 08:00');
    clock.set(at('2023-03-07 08:03'));
    await scheduler.tick(clock.now());
    await blocker('GD2-02', 'CAP5', 'vướng kinh phí mua sắm', '2023-03-07 08:03');
    clock.set(at('2023-03-08 07:30')); // the sandbox's "next morning"
    await scheduler.tick(clock.now());
    await runPeriod(scheduler, clock, '2023-03-08 08:00', '2023-03-08 17:00');

    const steeringKey = `steering-digest:${world.chatIds.steering}:2023-03-07`;
    expect(await slotStatus(steeringKey)).toBe('skipped');
    expect(digestsOf('steering', '2023-03-07')).toEqual([]);
    const [next] = digestsOf('steering', '2023-03-08');
    expect(next?.at).toBe('2023-03-08 16:30');
    expect(next?.text.split('\n')[1]).toBe(
      '⚠️ Các bản tổng hợp sau bản ngày 06/03/2023 đã không được gửi (hệ thống tạm ngừng hoặc không gửi kịp); bản này gộp mọi thay đổi từ bản ngày 06/03/2023.',
    );
    expect(next?.text).toContain('vướng kinh phí mua sắm');
    // The unit digests of both days ran at 07:30: nothing to fold there.
    expect(digestsOf('CAP5', '2023-03-08')[0]?.text).not.toContain('đã không được gửi');
  });

  it('back at 17:00 the same day, the steering digest is sent then, with no fold line the next day', async () => {
    const clock = new ManualClock(at('2023-03-09 07:00'));
    await runPeriod(newScheduler(deps, clock, 'before'), clock, '2023-03-09 07:00', '2023-03-09 16:00');
    clock.set(at('2023-03-09 17:00'));
    const back = newScheduler(deps, clock, 'after');
    const report = await back.catchUp(clock.now());
    expect(report.ran).toContain(`steering-digest:${world.chatIds.steering}:2023-03-09`);
    expect(digestsOf('steering', '2023-03-09').map((d) => d.at)).toEqual(['2023-03-09 17:00']);
    await runPeriod(back, clock, '2023-03-09 17:30', '2023-03-10 17:00');
    const weekly = deps.outbox.messages.filter((m) => m.idempotencyKey.startsWith(`steering-weekly:${world.chatIds.steering}:2023-W10`));
    expect(weekly).toHaveLength(1);
    expect(marksToPlainText(weekly[0]!.message.html)).not.toContain('đã không được gửi');
  });

  it('back only in quiet hours: the day’s digests are not sent at night or next morning but folded into the next ones', async () => {
    const clock = new ManualClock(at('2023-03-13 07:00'));
    await runPeriod(newScheduler(deps, clock, 'monday'), clock, '2023-03-13 07:00', '2023-03-13 23:30');
    clock.set(at('2023-03-14 22:00')); // down all Tuesday, back at 22:00
    const back = newScheduler(deps, clock, 'night');
    const report = await back.catchUp(clock.now());
    expect(report.ran.filter((k) => k.includes('digest'))).toEqual([]);
    expect(report.skipped).toContain(`steering-digest:${world.chatIds.steering}:2023-03-14`);
    expect(report.skipped).toContain(`unit-digest:${world.chatIds.CAP5}:2023-03-14`);
    await runPeriod(back, clock, '2023-03-14 22:30', '2023-03-15 17:00');
    expect(digestsOf('steering', '2023-03-14')).toEqual([]);
    expect(digestsOf('CAP5', '2023-03-14')).toEqual([]);
    const [unit] = digestsOf('CAP5', '2023-03-15');
    expect(unit?.at).toBe('2023-03-15 07:30');
    expect(unit?.text.split('\n')[1]).toBe(
      '⚠️ Các bản tin sau bản ngày 13/03/2023 đã không được gửi (hệ thống tạm ngừng hoặc không gửi kịp); bản này cập nhật đầy đủ đến hiện tại.',
    );
    expect(digestsOf('steering', '2023-03-15')[0]?.text).toContain('Các bản tổng hợp sau bản ngày 13/03/2023 đã không được gửi');
  });

  it('a group bound after the morning digest time gets its first digest the next morning, not a late one that day', async () => {
    const clock = new ManualClock(at('2023-04-03 08:05'));
    const chat = (await world.stores.chats.getChat(world.chatIds.CAP5))!;
    await world.stores.chats.bindChat(chat.id, { kind: 'unit', unitId: chat.unitId }, { id: 'secretariat-1', name: 'Thường trực' }, clock.now());
    const scheduler = newScheduler(deps, clock, 'bound-late');
    await scheduler.tick(clock.now());
    await runPeriod(scheduler, clock, '2023-04-03 08:30', '2023-04-04 08:00');
    expect(digestsOf('CAP5', '2023-04-03')).toEqual([]);
    expect(await slotStatus(`unit-digest:${world.chatIds.CAP5}:2023-04-03`)).toBeUndefined();
    const [next] = digestsOf('CAP5', '2023-04-04');
    expect(next?.at).toBe('2023-04-04 07:30');
    expect(next?.text).not.toContain('đã không được gửi');
    // The steering group, bound weeks ago, still has its 16:30 digest that day.
    expect(digestsOf('steering', '2023-04-03').map((d) => d.at)).toEqual(['2023-04-03 16:30']);
  });
});
