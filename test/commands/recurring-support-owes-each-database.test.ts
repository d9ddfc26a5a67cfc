import { beforeAll, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { createTaskCardRefresher } from '../../src/core/usecases/render-task-cards.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, createHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { withMonthlyReport } from '../support/monthly-report-plan.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');
const lineOf = (text: string, needle: string) => text.split('\n').find((line) => line.includes(needle)) ?? '';
const sectionOf = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));

/**
 * QA4 #1, #2: the lead (CAP5) reported March and April (April late, confirmed); the supporting unit
 * (CATP) reported only March, so it owes April. Each unit's views name its own owed occurrence, and the
 * steering views name the unit that owes April, not the lead.
 */
describeOnEachDatabase('a supporting unit’s missed occurrence is its own, not the lead’s', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createHarness(use(), {
      start: vietnamInstant(2023, 3, 6, 9, 0),
      adjustPlan: (plan) =>
        withMonthlyReport(plan, { support: ['CATP'], recurrence: { frequency: 'monthly', dayOfPeriod: 20, dueDay: 19, from: '2023-03-01' } }),
    });
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    h.clock.set(vietnamInstant(2023, 3, 15, 9, 0));
    await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 đã gửi báo cáo tháng 3');
    await h.send(CATP_CHAT, OTHER, '/xong BC-01');
    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan BC-01');
    h.clock.set(vietnamInstant(2023, 4, 25, 9, 0));
    await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 báo cáo tháng 4 (nộp muộn)');
    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan BC-01');
    h.clock.set(vietnamInstant(2023, 4, 26, 9, 0));
  });

  it('steering /quahan names April with the supporting unit that owes it', async () => {
    const [overdue] = await h.send(STEERING_CHAT, SECRETARY, '/quahan');
    const line = lineOf(plain(overdue?.html), 'BC-01');
    expect(line).toContain('(tháng 04/2023) — Công an thành phố Trà Vinh (phối hợp), hạn 19/04/2023, quá hạn 7 ngày');
    expect(line).not.toContain('Công an Phường 5');
  });

  it('/chitiet names April with the supporting unit that has not reported it', async () => {
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01');
    expect(plain(detail?.html)).toContain(
      'kỳ cần báo cáo: tháng 04/2023, hạn 19/04/2023 (quá hạn 7 ngày) · đơn vị chưa báo: Công an thành phố Trà Vinh (phối hợp)',
    );
    // QA4 #3: a unit's line labels its March "done" with March, not beside April's deadline as if it were April's
    const support = lineOf(plain(detail?.html), 'Công an thành phố Trà Vinh (phối hợp):');
    expect(support).toContain('Hoàn thành đúng hạn (kỳ tháng 03/2023)');
    expect(support).not.toContain('100%');
    expect(support).toContain('kỳ tháng 04/2023, hạn 19/04/2023 (quá hạn 7 ngày)');
  });

  it('the lead’s /quahan and digest do not list April; the support’s do', async () => {
    const [lead] = await h.send(CAP5_CHAT, FOCAL, '/quahan');
    expect(plain(lead?.html)).not.toContain('BC-01');
    const leadDigest = plain((await previewDigest(h.stores, await h.chat(CAP5_CHAT), h.clock.now(), vietnamCalendar)).messages.join('\n'));
    expect(leadDigest).not.toContain('tháng 04/2023)');
    const [support] = await h.send(CATP_CHAT, OTHER, '/quahan');
    expect(lineOf(plain(support?.html), 'BC-01')).toContain('(tháng 04/2023)');
  });

  it('the lead’s card describes its own owed May, with April done; the support’s card its April', async () => {
    const status = async (chatId: string) => {
      await h.deliver();
      const task = (await h.stores.tasks.findTaskByCode('BC-01'))!;
      const chat = await h.chat(chatId);
      const refresher = createTaskCardRefresher({ stores: h.stores, outbox: h.outbox });
      return lineOf(plain((await refresher.render({ taskId: task.id, unitId: chat.unitId!, chatId: chat.id }, h.clock.now()))!.html), 'Trạng thái');
    };
    expect(await status(CAP5_CHAT)).toBe('Trạng thái kỳ tháng 05/2023: Chưa thực hiện (kỳ tháng 04/2023 đã báo: Hoàn thành quá hạn)');
    const support = await status(CATP_CHAT);
    expect(support).toContain('Trạng thái kỳ tháng 04/2023: Chưa thực hiện');
    expect(support).not.toContain('100%');
  });

  it('the steering weekly digest names the supporting unit for April, with no percent', async () => {
    // Friday 28/04: the weekly edition
    h.clock.set(vietnamInstant(2023, 4, 28, 9, 0));
    const preview = await previewDigest(h.stores, await h.chat(STEERING_CHAT), h.clock.now(), vietnamCalendar);
    h.clock.set(vietnamInstant(2023, 4, 26, 9, 0));
    expect(preview.edition).toBe('steering-weekly');
    // the overdue line, not the new-progress list's line of the lead's late "done" (reported at "báo lúc …")
    const line =
      plain(preview.messages.join('\n'))
        .split('\n')
        .find((l) => l.includes('BC-01') && !l.includes('báo lúc')) ?? '';
    expect(line).toContain('(tháng 04/2023) — Công an thành phố (phối hợp)');
    expect(line).not.toContain('Công an Phường 5');
    expect(line).not.toContain('100%');
  });

  it('the lead’s digest line for its May shows no percent carried from April', async () => {
    h.clock.set(vietnamInstant(2023, 5, 22, 9, 0));
    const digest = plain((await previewDigest(h.stores, await h.chat(CAP5_CHAT), h.clock.now(), vietnamCalendar)).messages.join('\n'));
    h.clock.set(vietnamInstant(2023, 4, 26, 9, 0));
    const line = lineOf(digest, 'BC-01');
    expect(line).toContain('(tháng 05/2023)');
    expect(line).not.toContain('100%');
  });

  it('/baocao tháng 4/2023 names the supporting unit in section III', async () => {
    const text = plain((await h.send(STEERING_CHAT, SECRETARY, '/baocao tháng 4/2023'))[0]?.html);
    const overdue = lineOf(sectionOf(text, 'III.', 'IV.'), 'BC-01');
    expect(overdue).toContain('Công an thành phố Trà Vinh');
    expect(overdue).not.toContain('chủ trì: Công an Phường 5');
    // section I: April is not done while the supporting unit owes it, and the lead's own late report is named
    expect(text).toContain(
      'tháng 04/2023 (hạn 19/04/2023): chưa hoàn thành, quá hạn 7 ngày (chưa báo: Công an thành phố Trà Vinh (phối hợp); Công an Phường 5 (chủ trì) báo 25/04/2023)',
    );
  });
});

describeOnEachDatabase('a supporting unit’s late report of a recurring occurrence is judged late', (use) => {
  it('CATP reports April on 26/04: its line says done late, for April', async () => {
    const h = await createHarness(use(), {
      start: vietnamInstant(2023, 3, 6, 9, 0),
      adjustPlan: (plan) =>
        withMonthlyReport(plan, { support: ['CATP'], recurrence: { frequency: 'monthly', dayOfPeriod: 20, dueDay: 19, from: '2023-03-01' } }),
    });
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    h.clock.set(vietnamInstant(2023, 3, 15, 9, 0));
    await h.send(CATP_CHAT, OTHER, '/xong BC-01');
    h.clock.set(vietnamInstant(2023, 4, 26, 9, 0));
    await h.send(CATP_CHAT, OTHER, '/xong BC-01 báo cáo tháng 4');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01');
    expect(lineOf(plain(detail?.html), 'Công an thành phố Trà Vinh (phối hợp):')).toContain('Hoàn thành quá hạn (kỳ tháng 04/2023)');
  });
});
