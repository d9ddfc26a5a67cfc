import { beforeAll, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { type CommandHarness, createHarness, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { withMonthlyReport } from '../support/monthly-report-plan.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');

/**
 * QA11: /baocao tháng 2/2023 counted a plan issued in March and named March's period of a monthly
 * duty; the default report's title had no period; months were "Tháng 2/2023" here, "tháng 03/2023"
 * there. A report covers only its period, and names months one way: "tháng 02/2023".
 */
describeOnEachDatabase('a report covers only its period', (use) => {
  let h: CommandHarness;
  let march: CommandHarness;
  const report = async (harness: CommandHarness, period: string) =>
    (await harness.send(STEERING_CHAT, SECRETARY, `/baocao ${period}`.trim())).map((m) => plain(m.html));
  beforeAll(async () => {
    // the seed plan (issued 27/02/2023) with a monthly duty that starts in March
    const fromMarch = { frequency: 'monthly', dayOfPeriod: 20, dueDay: 19, from: '2023-03-01' } as const;
    h = await createHarness(use(), { start: vietnamInstant(2023, 4, 3, 9, 0), adjustPlan: (plan) => withMonthlyReport(plan, { recurrence: fromMarch }) });
    await h.bindSteeringAndUnit();
  });

  it('tháng 2/2023 of a duty that starts in March names no March period; the title is "THÁNG 02/2023"', async () => {
    const [text = ''] = await report(h, 'tháng 2/2023');
    expect(text.split('\n')[0]).toBe('BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 45/KH-BCĐ — THÁNG 02/2023');
    expect(text).not.toContain('03/2023');
  });

  it('with no period typed, the title names the current month', async () => {
    const [text = ''] = await report(h, '');
    expect(text.split('\n')[0]).toBe('BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 45/KH-BCĐ — THÁNG 04/2023');
  });

  it('a plan issued in March is not in the February report: the reply says so, with no figures', async () => {
    march = await createHarness(use(), { start: vietnamInstant(2023, 4, 3, 9, 0), adjustPlan: (plan) => ({ ...plan, issueDate: '2023-03-10' }) });
    await march.bindSteeringAndUnit();
    const replies = await report(march, 'tháng 2/2023');
    expect(replies).toEqual(['Kế hoạch số 45/KH-BCĐ ban hành ngày 10/03/2023, sau tháng 02/2023: không có trong báo cáo kỳ này.']);
    const [marchReport = ''] = await report(march, 'tháng 3/2023');
    expect(marchReport).toContain('— THÁNG 03/2023');
  });
});
