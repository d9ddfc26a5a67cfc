import { beforeAll, expect, it } from 'vitest';
import { cardDeadlinesJob } from '../../jobs/card-deadlines.ts';
import type { JobSlot } from '../../jobs/types.ts';
import type { TaskRecord } from '../../src/core/model/records.ts';
import { addDays } from '../../src/core/time/local-date.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { localDateKey, vietnamInstant } from '../../src/core/time/zone.ts';
import { jobDeps } from '../jobs/seed-world.ts';
import { CATP_CHAT, type CommandHarness, createHarness, OTHER } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * QA10 #1: a card posted weeks before its deadline said "còn 15 ngày, tính đến …" and "Chưa thực hiện"
 * long after the deadline, until a report refreshed it. Now a card carries no count of days, and the
 * day after a deadline the card-deadlines job edits it to say the deadline passed.
 */
describeOnEachDatabase('task cards after their deadline passes', (use) => {
  let h: CommandHarness;
  let task: TaskRecord;
  beforeAll(async () => {
    h = await createHarness(use(), { start: vietnamInstant(2023, 3, 6, 9, 0) });
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    await h.deliver();
    const chat = await h.chat(CATP_CHAT);
    const own = (await h.stores.tasks.listTasks({ unitId: chat.unitId! })).filter(
      (t) => t.dueAt && t.dueAt > h.clock.now() && !t.recurrence && t.assignments.some((a) => a.unitId === chat.unitId && a.role === 'lead'),
    );
    task = own.sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime())[0]!;
  });

  /** The card of the task in CATP's group as shown now: the original with its latest delivered edit. */
  async function card(): Promise<string> {
    await h.deliver();
    const chat = await h.chat(CATP_CHAT);
    const key = `task:${task.id}:${chat.id}`;
    const original = h.outbox.queued.find((q) => q.idempotencyKey === key && q.messageId)!;
    const edits = h.outbox.queued.filter((q) => q.edits === key && q.messageId);
    return marksToPlainText((edits.at(-1) ?? original).message.html);
  }

  async function runJob(localDate: string): Promise<number> {
    const scheduledAt = vietnamInstant(...(localDate.split('-').map(Number) as [number, number, number]), 0, 5);
    h.clock.set(scheduledAt);
    const slot: JobSlot = {
      job: cardDeadlinesJob.name,
      key: `t:${localDate}`,
      chatId: null,
      localDate,
      scheduledAt,
      relevantUntil: scheduledAt,
      now: scheduledAt,
      late: false,
    };
    return (await cardDeadlinesJob.run({ ...jobDeps(h.stores), outbox: h.outbox }, slot)).enqueued;
  }

  it('the posted card names the deadline without a count of days that would go stale', async () => {
    const text = await card();
    const due = text.split('\n').find((line) => line.startsWith('Hạn:'));
    expect(due).toMatch(/^Hạn: \d\d\/\d\d\/\d{4}$/);
    expect(text).not.toMatch(/còn \d+ ngày|tính đến|quá hạn \d+ ngày/);
  });

  it('nothing is edited on a day no deadline passed; the day after the deadline the card says it passed', async () => {
    const dueDay = localDateKey(task.dueAt!);
    expect(await runJob(addDays(dueDay, -3))).toBe(0);
    expect(await card()).not.toContain('đã quá hạn');
    expect(await runJob(addDays(dueDay, 1))).toBeGreaterThanOrEqual(1);
    const text = await card();
    expect(text.split('\n').find((line) => line.startsWith('Hạn:'))).toMatch(/^Hạn: \d\d\/\d\d\/\d{4} — đã quá hạn$/);
    expect(text).toContain('Trạng thái: Chưa thực hiện');
    // the next day nothing changed on the card: no second edit
    expect(await runJob(addDays(dueDay, 2))).toBe(0);
  });

  it('a unit that reports after the deadline sees the card judged by its report, not by today', async () => {
    await h.send(CATP_CHAT, OTHER, `/xong ${task.code}`);
    const text = await card();
    expect(text).toMatch(/Hạn: \d\d\/\d\d\/\d{4} \(báo hoàn thành/);
  });
});
