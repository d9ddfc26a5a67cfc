import { describe, expect, it } from 'vitest';
import { readXlsx } from '../support/read-office.ts';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import type { Plan } from '../../src/core/plan/plan-model.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { loadChartData } from '../../src/core/usecases/load-chart-data.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';
import { withMonthlyReport } from '../support/monthly-report-plan.ts';
import { produceHarnessReport } from '../support/produce-harness-report.ts';
import { recurringNudges } from '../support/recurring-nudges.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');

/** The lead reports the occurrence done and the secretariat confirms it: only a "done" settles an occurrence. */
async function reportDone(h: CommandHarness, note: string): Promise<void> {
  await h.send(CAP5_CHAT, FOCAL, `/xong BC-01 ${note}`);
  await h.send(STEERING_CHAT, SECRETARY, '/xacnhan BC-01');
}
const lineOf = (text: string, code: string) => text.split('\n').find((line) => line.includes(code)) ?? '';

describe('a recurring duty’s missed occurrence is overdue in every view, as its nudge says', () => {
  let h: CommandHarness;
  withHarness({ per: 'each', start: vietnamInstant(2023, 3, 6, 9, 0), adjustPlan: (plan) => withMonthlyReport(plan) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    // March's report is made on time; April's (due 19/04) never comes.
    h.clock.set(vietnamInstant(2023, 3, 10, 9, 0));
    await reportDone(h, 'báo cáo tháng 3');
    h.clock.set(vietnamInstant(2023, 4, 20, 9, 0));
  });

  it('/quahan, /nhiemvu, the digests and the nudge all name April’s report overdue', async () => {
    const nudges = await recurringNudges(h, 'BC-01');
    expect(nudges.some((text) => text.includes('(tháng 04/2023)') && text.includes('Hạn: 19/04/2023'))).toBe(true);

    const [steeringOverdue] = await h.send(STEERING_CHAT, SECRETARY, '/quahan');
    expect(lineOf(plain(steeringOverdue?.html), 'BC-01')).toBe(
      '• BC-01 Báo cáo kết quả chuyển hóa hằng tháng (tháng 04/2023) — Công an Phường 5, hạn 19/04/2023, quá hạn 1 ngày',
    );
    const [unitOverdue] = await h.send(CAP5_CHAT, FOCAL, '/quahan');
    expect(lineOf(plain(unitOverdue?.html), 'BC-01')).toContain('(tháng 04/2023)');

    for (const chat of [CAP5_CHAT, STEERING_CHAT]) {
      const [list] = await h.send(chat, chat === STEERING_CHAT ? SECRETARY : FOCAL, '/nhiemvu');
      const text = plain(list?.html);
      const overdueSection = text.slice(text.indexOf('Quá hạn'));
      expect(text).toMatch(/Quá hạn/);
      expect(lineOf(overdueSection, 'BC-01')).toContain('(tháng 04/2023)');
      expect(lineOf(overdueSection, 'BC-01')).toContain('19/04/2023');
    }

    const unitDigest = (await previewDigest(h.stores, await h.chat(CAP5_CHAT), h.clock.now(), vietnamCalendar)).messages.join('\n');
    expect(plain(unitDigest)).toMatch(/Quá hạn[^\n]*\n(?:[^\n]*\n)*?• BC-01 [^\n]*\(tháng 04\/2023\)/);
    const steeringDigest = (await previewDigest(h.stores, await h.chat(STEERING_CHAT), h.clock.now(), vietnamCalendar)).messages.join('\n');
    // the steering digest's official count of overdue tasks is /quahan's list, BC-01 included
    const overdueCount = Number(/Chưa hoàn thành, quá hạn: (\d+)/.exec(plain(steeringDigest))?.[1]);
    expect(overdueCount).toBe(
      plain(steeringOverdue?.html)
        .split('\n')
        .filter((line) => line.startsWith('• ')).length,
    );
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01');
    expect(plain(detail?.html)).toContain('Quá hạn');
  });

  it('/chitiet names the occurrence owed now with its due date, as /quahan does', async () => {
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01');
    const text = plain(detail?.html);
    expect(text).toContain('Hạn: trước ngày 20 hằng tháng · kỳ cần báo cáo: tháng 04/2023, hạn 19/04/2023 (quá hạn 1 ngày)');
    // the same occurrence and count as /quahan's line
    const [overdue] = await h.send(STEERING_CHAT, SECRETARY, '/quahan');
    expect(lineOf(plain(overdue?.html), 'BC-01')).toContain('(tháng 04/2023) — Công an Phường 5, hạn 19/04/2023, quá hạn 1 ngày');
    // once April is reported, the detail moves on to May, not yet due
    await reportDone(h, 'báo cáo tháng 4');
    const [after] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01');
    expect(plain(after?.html)).toContain('kỳ cần báo cáo: tháng 05/2023, hạn 19/05/2023 (còn 29 ngày)');
  });

  it('/baocao section III names the overdue period as /quahan does', async () => {
    const [report] = await h.send(STEERING_CHAT, SECRETARY, '/baocao');
    const text = plain(report?.html);
    const section = text.slice(text.indexOf('III.'), text.indexOf('IV.'));
    expect(lineOf(section, 'BC-01')).toContain(
      'Báo cáo kết quả chuyển hóa hằng tháng (tháng 04/2023) — đơn vị chủ trì: Công an Phường 5; hạn 19/04/2023; quá hạn 1 ngày.',
    );
  });

  it('the .xlsx appendix names the period its deadline belongs to', async () => {
    const result = await produceHarnessReport(h, 'tháng 4/2023', 'xlsx');
    const sheet = (await readXlsx(result.file.bytes)).getWorksheet('Nhiệm vụ')!;
    const row = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2)).find((r) => String(r.getCell(2).value).includes('(BC-01)'))!;
    expect(row.getCell(2).value).toBe('Báo cáo kết quả chuyển hóa hằng tháng (tháng 04/2023) (BC-01)');
    expect(row.getCell(6).value).toEqual(new Date(Date.UTC(2023, 3, 19)));
  });

  it('a question replied to the task message answers with the deadline and lateness /nhiemvu shows', async () => {
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, await h.taskMessageId(CAP5_CHAT, 'BC-01'), 'xong chưa anh?');
    const answer = plain(replies[0]?.html);
    const [list] = await h.send(CAP5_CHAT, FOCAL, '/nhiemvu');
    expect(lineOf(plain(list?.html), 'BC-01')).toContain('(tháng 04/2023) — hạn 19/04/2023 (quá hạn 1 ngày)');
    expect(answer).toMatch(/^Nhiệm vụ BC-01 \(tháng 04\/2023\) hiện: .* · hạn 19\/04\/2023 \(quá hạn 1 ngày\)\./m);
  });

  it('a report for April clears it everywhere at once: nudge, /quahan and /nhiemvu', async () => {
    await reportDone(h, 'báo cáo tháng 4');
    expect(await recurringNudges(h, 'BC-01')).toEqual([]);
    const [overdue] = await h.send(STEERING_CHAT, SECRETARY, '/quahan');
    expect(plain(overdue?.html)).not.toContain('BC-01');
    const [list] = await h.send(CAP5_CHAT, FOCAL, '/nhiemvu');
    // the line names April as reported (its "done" judged by April's due date), no longer as owed
    expect(lineOf(plain(list?.html), 'BC-01')).toContain('(tháng 04/2023) — hạn 19/04/2023 · báo hoàn thành 20/04/2023, trễ 1 ngày');
    expect(lineOf(plain(list?.html), 'BC-01')).not.toContain('quá hạn');
  });

  it('April’s late report covers April only: on Monday 22/05 May is overdue in every view, the chart included', async () => {
    await reportDone(h, 'báo cáo tháng 4 (muộn)');
    h.clock.set(vietnamInstant(2023, 5, 22, 9, 0));
    const nudges = await recurringNudges(h, 'BC-01');
    expect(nudges.some((text) => text.includes('(tháng 05/2023)') && text.includes('Hạn: 19/05/2023'))).toBe(true);
    const [overdue] = await h.send(STEERING_CHAT, SECRETARY, '/quahan');
    expect(lineOf(plain(overdue?.html), 'BC-01')).toContain('(tháng 05/2023) — Công an Phường 5, hạn 19/05/2023, quá hạn 3 ngày');
    const [list] = await h.send(CAP5_CHAT, FOCAL, '/nhiemvu');
    const text = plain(list?.html);
    expect(lineOf(text.slice(text.indexOf('Quá hạn')), 'BC-01')).toContain('(tháng 05/2023)');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01');
    expect(plain(detail?.html)).toContain('Quá hạn');
    // the chart's latest point counts what /quahan lists (past days: test/core/reports/open-chart-recurring.test.ts)
    const chart = await loadChartData(h.stores, '45/KH-BCĐ', h.clock.now());
    const listed = plain(overdue?.html)
      .split('\n')
      .filter((line) => line.startsWith('• ')).length;
    expect(chart?.open.at(-1)?.overdue).toBe(listed);
  });

  it('the day after March’s report was due, March (reported on 10/03) is not overdue anywhere', async () => {
    h.clock.set(vietnamInstant(2023, 3, 20, 9, 0));
    expect(await recurringNudges(h, 'BC-01')).toEqual([]);
    const [march] = await h.send(STEERING_CHAT, SECRETARY, '/quahan');
    expect(plain(march?.html)).not.toContain('BC-01');
    const [list] = await h.send(CAP5_CHAT, FOCAL, '/nhiemvu');
    expect(lineOf(plain(list?.html), 'BC-01')).toContain('(tháng 03/2023) — hạn 19/03/2023 · báo hoàn thành 10/03/2023, đúng hạn');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01');
    expect(plain(detail?.html)).toContain('kỳ cần báo cáo: tháng 04/2023, hạn 19/04/2023 (còn 30 ngày)');
  });
});

describe('a recurring duty two units owe: /chitiet names each unit’s own period', () => {
  let h: CommandHarness;
  const withSupport = (plan: Plan): Plan => withMonthlyReport(plan, { support: ['CATP'] });
  withHarness({ per: 'all', start: vietnamInstant(2023, 3, 6, 9, 0), adjustPlan: withSupport }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    // CAP5 reports March and April; CATP reports March only
    h.clock.set(vietnamInstant(2023, 3, 10, 9, 0));
    await reportDone(h, 'báo cáo tháng 3');
    await h.send(CATP_CHAT, OTHER, '/xong BC-01 phần tháng 3');
    h.clock.set(vietnamInstant(2023, 4, 12, 9, 0));
    await reportDone(h, 'báo cáo tháng 4');
    h.clock.set(vietnamInstant(2023, 4, 20, 9, 0));
  });

  it('the task owes April (the unit furthest behind); each unit’s line says which period it owes', async () => {
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01');
    const text = plain(detail?.html);
    expect(text).toContain('kỳ cần báo cáo: tháng 04/2023, hạn 19/04/2023 (quá hạn 1 ngày)');
    expect(lineOf(text, 'Công an Phường 5 (chủ trì)')).toContain('kỳ tháng 05/2023, hạn 19/05/2023 (còn 29 ngày)');
    expect(lineOf(text, '(phối hợp):')).toContain('kỳ tháng 04/2023, hạn 19/04/2023 (quá hạn 1 ngày)');
  });
});
