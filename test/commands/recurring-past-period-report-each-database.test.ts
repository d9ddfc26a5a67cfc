import { beforeAll, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { withMonthlyReport } from '../support/monthly-report-plan.ts';
import { readXlsx } from '../support/read-office.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';
import { produceHarnessReport } from '../support/produce-harness-report.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');
const lineOf = (text: string, needle: string) => text.split('\n').find((line) => line.includes(needle)) ?? '';
const sectionOf = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));

/**
 * QA: in May, /baocao quý I/2023 judged the monthly report by May's occurrence (owed then) and named
 * May. A report on a period judges a recurring duty by the occurrences due within that period, each as
 * reported by the time of the report, and names those periods.
 */
describeOnEachDatabase('a report on a past period judges a recurring duty by the periods due within it', (use) => {
  let h: CommandHarness;
  const report = async (period: string) => plain((await h.send(STEERING_CHAT, SECRETARY, `/baocao ${period}`))[0]?.html);
  const reportDone = async (at: Date, note: string) => {
    h.clock.set(at);
    await h.send(CAP5_CHAT, FOCAL, `/xong BC-01 ${note}`);
    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan BC-01');
  };
  beforeAll(async () => {
    // the duty runs from January (the seed plan itself starts in March)
    const fromJanuary = { frequency: 'monthly', dayOfPeriod: 20, dueDay: 19, from: '2023-01-01' } as const;
    h = await createHarness(use(), { start: vietnamInstant(2023, 1, 3, 9, 0), adjustPlan: (plan) => withMonthlyReport(plan, { recurrence: fromJanuary }) });
    await h.bindSteeringAndUnit();
    // January on time, February two days late, March on time; April (due 19/04) and May (19/05) never come
    await reportDone(vietnamInstant(2023, 1, 10, 9, 0), 'báo cáo tháng 1');
    await reportDone(vietnamInstant(2023, 2, 21, 9, 0), 'báo cáo tháng 2');
    await reportDone(vietnamInstant(2023, 3, 15, 9, 0), 'báo cáo tháng 3');
    h.clock.set(vietnamInstant(2023, 5, 22, 9, 0));
  });

  it('quý I/2023: January, February and March are named and judged; May is not', async () => {
    const text = await report('quý I/2023');
    expect(text).toContain(
      '- [BC-01] Báo cáo kết quả chuyển hóa hằng tháng: tháng 01/2023 (hạn 19/01/2023): hoàn thành đúng hạn, báo 10/01/2023; tháng 02/2023 (hạn 19/02/2023): hoàn thành quá hạn, báo 21/02/2023; tháng 03/2023 (hạn 19/03/2023): hoàn thành đúng hạn, báo 15/03/2023.',
    );
    // the duty is counted once, done late (February), and is not in the overdue list
    expect(sectionOf(text, 'I.', 'II.')).toContain('quá hạn 1.');
    expect(sectionOf(text, 'III.', 'IV.')).not.toContain('BC-01');
    expect(text).not.toContain('tháng 05/2023');
    expect(text).not.toContain('tháng 04/2023');
    expect(lineOf(sectionOf(text, 'II.', 'III.'), 'Công an Phường 5')).toContain('hoàn thành quá hạn 1;');
  });

  it('tháng 3/2023: March is done on time, not the April owed now', async () => {
    const text = await report('tháng 3/2023');
    expect(text).toContain('- [BC-01] Báo cáo kết quả chuyển hóa hằng tháng: tháng 03/2023 (hạn 19/03/2023): hoàn thành đúng hạn, báo 15/03/2023.');
    expect(sectionOf(text, 'III.', 'IV.')).not.toContain('BC-01');
  });

  it('tháng 4/2023: April is overdue as /quahan says, with the same due date; its lateness counted to the period’s end', async () => {
    const text = await report('tháng 4/2023');
    // QA5 #9: a past period's report is judged at its end (Số liệu tính đến ngày 30/04/2023): 11 days, not today's 33
    expect(text).toContain('(Số liệu tính đến ngày 30/04/2023)');
    expect(lineOf(sectionOf(text, 'III.', 'IV.'), 'BC-01')).toContain(
      'Báo cáo kết quả chuyển hóa hằng tháng (tháng 04/2023) — đơn vị chủ trì: Công an Phường 5; hạn 19/04/2023; quá hạn 11 ngày.',
    );
    const [overdue] = await h.send(STEERING_CHAT, SECRETARY, '/quahan');
    expect(lineOf(plain(overdue?.html), 'BC-01')).toContain('(tháng 04/2023) — Công an Phường 5, hạn 19/04/2023, quá hạn 33 ngày');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet BC-01');
    expect(plain(detail?.html)).toContain('kỳ cần báo cáo: tháng 04/2023, hạn 19/04/2023 (quá hạn 33 ngày)');
    const digest = plain((await previewDigest(h.stores, await h.chat(CAP5_CHAT), h.clock.now(), vietnamCalendar)).messages.join('\n'));
    expect(lineOf(digest, 'BC-01')).toContain('(tháng 04/2023)');
  });

  it('the .xlsx of quý I/2023 names the three periods and counts the duty done late', async () => {
    const result = await produceHarnessReport(h, 'quý I/2023', 'xlsx');
    const row = result.model.rows.find((r) => r.code === 'BC-01')!;
    expect(row.official).toBe('doneLate');
    const sheet = (await readXlsx(result.file.bytes)).getWorksheet('Nhiệm vụ')!;
    const cell = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2)).find((r) => String(r.getCell(2).value).includes('(BC-01)'))!;
    expect(cell.getCell(2).value).toBe('Báo cáo kết quả chuyển hóa hằng tháng (tháng 01/2023, tháng 02/2023, tháng 03/2023) (BC-01)');
  });
});
