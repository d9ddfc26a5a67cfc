import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';
import { withMonthlyReport } from '../support/monthly-report-plan.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');
const lineOf = (text: string, needle: string) => text.split('\n').find((line) => line.includes(needle)) ?? '';

/**
 * QA5 #10: on 06/07 the supporting unit owed May and June and wrote "báo cáo tháng 6 xong rồi": the
 * "done" went to May in silence, June stayed overdue and the receipt named no month. A "done" that names
 * a period the unit owes is credited to it; one naming a period it does not owe is refused, saying what
 * it owes; every receipt of a recurring duty's "done" names the period credited.
 */
describe('a recurring duty’s “done” that names its period', () => {
  let h: CommandHarness;
  const send = async (chat: string, text: string) => {
    h.clock.advance(60_000); // one report a minute, as people write them
    return plain((await h.send(chat, chat === CAP5_CHAT ? FOCAL : OTHER, text))[0]?.html);
  };
  const overdueLine = async () => lineOf(plain((await h.send(STEERING_CHAT, SECRETARY, '/quahan'))[0]?.html), 'BC-01');
  withHarness(
    {
      per: 'each',
      start: vietnamInstant(2023, 3, 6, 9, 0),
      adjustPlan: (plan) =>
        withMonthlyReport(plan, { support: ['CATP'], recurrence: { frequency: 'monthly', dayOfPeriod: 20, dueDay: 19, from: '2023-03-01' } }),
    },
    async (harness) => {
      h = harness;
      await h.bindSteeringAndUnit();
      await h.bindSteeringAndUnit('CATP', CATP_CHAT);
      h.clock.set(vietnamInstant(2023, 3, 15, 9, 0));
      await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 báo cáo tháng 3');
      await h.send(CATP_CHAT, OTHER, '/xong BC-01');
      await h.send(STEERING_CHAT, SECRETARY, '/xacnhan BC-01');
      h.clock.set(vietnamInstant(2023, 6, 26, 9, 0)); // April, May and June are owed by both units
    },
  );

  it('is credited to the period named when the unit owes it; an unnamed one to the earliest owed; each receipt names its period', async () => {
    const june = await send(CATP_CHAT, '/xong BC-01 báo cáo tháng 6 xong rồi');
    expect(june).toContain('Đã ghi nhận (BC-01, tháng 06/2023): Hoàn thành');
    // April is still the supporting unit's earliest owed month
    expect(await overdueLine()).toContain('(tháng 04/2023)');
    const april = await send(CATP_CHAT, '/xong BC-01');
    expect(april).toContain('Đã ghi nhận (BC-01, tháng 04/2023): Hoàn thành');
    await send(CATP_CHAT, '/ngonngu en');
    const may = await send(CATP_CHAT, '/xong BC-01 report for May 2023 done');
    expect(may).toContain('Recorded (BC-01, 05/2023): ');
  });

  it('naming a period already reported, or one not begun, records nothing and says which period is owed', async () => {
    await send(CATP_CHAT, '/xong BC-01 tháng 6 xong');
    const again = await send(CATP_CHAT, '/xong BC-01 tháng 6 xong rồi');
    expect(again).toContain('tháng 06/2023 đã được ghi nhận hoàn thành trước đó');
    expect(again).toContain('Kỳ đơn vị đang cần báo cáo: tháng 04/2023');
    const later = await send(CATP_CHAT, '/xong BC-01 tháng 9 xong');
    expect(later).toContain('Kỳ đơn vị đang cần báo cáo: tháng 04/2023');
    expect(later).toContain('chưa ghi nhận');
    expect(await overdueLine()).toContain('(tháng 04/2023)');
  });

  it('a reply to the card naming the month is read the same way', async () => {
    h.clock.advance(60_000);
    const card = await h.taskMessageId(CATP_CHAT, 'BC-01');
    const { replies } = await h.replyTo(CATP_CHAT, OTHER, card, 'báo cáo tháng 5 xong rồi anh');
    expect(plain(replies.at(-1)?.html)).toContain('Đã ghi nhận (BC-01, tháng 05/2023): Hoàn thành');
    expect(await overdueLine()).toContain('(tháng 04/2023)');
  });

  it('the lead’s second [Hoàn thành] while its “done” waits names the period that waits', async () => {
    expect(await send(CAP5_CHAT, '/xong BC-01 quý 2 xong, tháng 6 đã nộp')).toContain('Đã ghi nhận (BC-01, tháng 06/2023): Hoàn thành');
    // the steering group is asked to confirm June, the period named, not April
    const steering = await h.chat(STEERING_CHAT);
    const ask = h.outbox.queued.filter((q) => q.chatId === steering.id && q.idempotencyKey.startsWith('done:')).at(-1)!;
    expect(plain(ask.message.html)).toContain('(kỳ tháng 06/2023)');
    expect(await send(CAP5_CHAT, '/xong BC-01')).toContain('Nhiệm vụ BC-01 (kỳ tháng 06/2023) đã báo hoàn thành và đang chờ Ban Chỉ đạo xác nhận.');
  });
});
