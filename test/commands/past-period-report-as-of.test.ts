import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';
import { withMonthlyReport } from '../support/monthly-report-plan.ts';
import { produceHarnessReport } from '../support/produce-harness-report.ts';
import { readDocx, readXlsx } from '../support/read-office.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');
const lineOf = (text: string, needle: string) => text.split('\n').find((line) => line.includes(needle)) ?? '';

/**
 * QA5 #9: on 05/07 `/baocao quý II/2023` showed April's report "báo 05/07/2023" and GD2-02 "báo hoàn
 * thành 05/07/2023 … chờ xác nhận", and a report on quý I asked after 31/05 called GD2-02 (due 31/05)
 * overdue. A report for a period that has ended judges each task as it stood at the period's end, and
 * counts "quá hạn N ngày" to that end, the date its "Số liệu tính đến" names: text, .docx and .xlsx alike.
 */
describe('a report for a past period is judged at the period’s end', () => {
  let h: CommandHarness;
  const report = async (period: string) => plain((await h.send(STEERING_CHAT, SECRETARY, `/baocao ${period}`))[0]?.html);
  withHarness({ per: 'each', start: vietnamInstant(2023, 3, 6, 9, 0), adjustPlan: (plan) => withMonthlyReport(plan) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    h.clock.set(vietnamInstant(2023, 3, 15, 9, 0));
    await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 báo cáo tháng 3');
    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan BC-01');
    // GD2-02 (due 31/05/2023) and April's report are reported done only on 05/07
    h.clock.set(vietnamInstant(2023, 7, 5, 9, 0));
    await h.send(CAP5_CHAT, FOCAL, '/xong BC-01 báo cáo tháng 4');
    await h.send(CATP_CHAT, OTHER, '/xong GD2-02');
    h.clock.set(vietnamInstant(2023, 7, 5, 10, 0));
  });

  it('quý II/2023: nothing reported after 30/06 shows; what was open then is overdue, counted to 30/06', async () => {
    const text = await report('quý II/2023');
    expect(text).toContain('(Số liệu tính đến ngày 30/06/2023)');
    expect(text).not.toContain('05/07/2023');
    expect(text).not.toContain('chờ xác nhận');
    const third = text.slice(text.indexOf('III.'), text.indexOf('IV.'));
    expect(lineOf(third, 'GD2-02')).toContain('hạn 31/05/2023; quá hạn 30 ngày.');
    expect(lineOf(text, '- [BC-01]')).toContain('tháng 04/2023 (hạn 19/04/2023): chưa hoàn thành, quá hạn 72 ngày');
  });

  it('quý I/2023: a task due after 31/03 is not overdue in it', async () => {
    const text = await report('quý I/2023');
    expect(text).toContain('(Số liệu tính đến ngày 31/03/2023)');
    const third = text.slice(text.indexOf('III.'), text.indexOf('IV.'));
    expect(third).not.toContain('GD2-02');
    expect(third).not.toContain('BC-01');
  });

  it('the .xlsx and .docx of quý II/2023 say the same: status, note and last report as of 30/06', async () => {
    const xlsx = await produceHarnessReport(h, 'quý II/2023', 'xlsx');
    const row = xlsx.model.rows.find((r) => r.code === 'GD2-02')!;
    expect(row.official).toBe('openOverdue');
    expect(row.note).not.toContain('chờ Thường trực xác nhận');
    expect(row.lastReport?.at.getTime() ?? 0).toBeLessThanOrEqual(vietnamInstant(2023, 7, 1).getTime());
    expect(xlsx.model.rows.find((r) => r.code === 'BC-01')!.official).toBe('openOverdue');
    const book = await readXlsx(xlsx.file.bytes);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((r) => r.eachCell((c) => cells.push(String(c.value ?? '')))));
    expect(cells.join('\n')).not.toContain('05/07/2023');
    const docx = await readDocx((await produceHarnessReport(h, 'quý II/2023', 'docx')).file.bytes);
    const paragraphs = docx.paragraphs.join('\n');
    expect(paragraphs).toContain('Số liệu tính đến ngày 30/06/2023');
    expect(paragraphs).not.toContain('05/07/2023');
    expect(paragraphs).toMatch(/\(GD2-02\) — đơn vị chủ trì: Công an thành phố Trà Vinh; thời hạn 31\/05\/2023; quá hạn 30 ngày\./);
  });
});
