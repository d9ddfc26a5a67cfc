import { describe, expect, it } from 'vitest';
import { normalizePlan } from '../../src/core/plan/normalize-plan.ts';
import type { Plan } from '../../src/core/plan/plan-model.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { type CommandHarness, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';
import { MINIMAL_PLAN, readPlanFile } from '../plan-import/workbook-fixtures.ts';

/** "… trước ngày 30 tháng 11 hằng năm" as the review workbook and the plan file hold it: day 335 of the year. */
function yearlyFromFile(): NonNullable<Plan['tasks'][number]['recurrence']> {
  const file = readPlanFile(MINIMAL_PLAN);
  file.tasks[0] = { ...file.tasks[0]!, recurrence: { frequency: 'yearly', day_of_period: 335 } };
  delete file.tasks[0].deadline;
  return normalizePlan(file).tasks[0]!.recurrence!;
}

function withYearlyReports(plan: Plan): Plan {
  const duty = (code: string, recurrence: NonNullable<Plan['tasks'][number]['recurrence']>) => ({
    code,
    title: 'Tổng hợp báo cáo tình hình thực hiện',
    source: 'Tổng hợp báo cáo tình hình thực hiện gửi Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 hằng năm.',
    lead: 'CAP5',
    support: [],
    supportGroups: [],
    deadlineText: 'trước ngày 30 tháng 11 hằng năm',
    recurrence,
    review: false,
  });
  // BC-NAM as imported now; BC-CU as a plan imported before the month was kept (day of the year only)
  return { ...plan, tasks: [...plan.tasks, duty('BC-NAM', yearlyFromFile()), duty('BC-CU', { frequency: 'yearly', dayOfPeriod: 335 })] };
}

describe('a yearly duty "trước ngày 30 tháng 11 hằng năm" once imported', () => {
  let h: CommandHarness;
  withHarness({ per: 'each', start: vietnamInstant(2023, 2, 28, 9, 0), adjustPlan: withYearlyReports }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  it('/chitiet names the occurrence due 29/11, not 30/12', async () => {
    for (const code of ['BC-NAM', 'BC-CU']) {
      const [detail] = await h.send(STEERING_CHAT, SECRETARY, `/chitiet ${code}`);
      const text = marksToPlainText(detail?.html ?? '');
      expect(text).toMatch(/kỳ cần báo cáo: năm \d{4}, hạn 29\/11\/\d{4}/u);
      expect(text).not.toContain('30/12/');
    }
  });
});
