import { describe, expect, it } from 'vitest';
import { dayOfNumberedYear } from '../../src/core/deadline/yearly-day.ts';
import { listOccurrences } from '../../src/core/nudges/recurrence-occurrences.ts';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { normalizePlan } from '../../src/core/plan/normalize-plan.ts';
import type { PlanFile } from '../../src/core/plan/plan-schema.ts';
import { taskFields } from '../../src/core/plans/diff-plan-tasks.ts';
import { storedPlanToFile } from '../../src/core/plans/stored-plan-to-file.ts';
import { formatRecurrence, parseRecurrence } from '../../src/core/plan-workbook/recurrence-text.ts';
import { draftToPlanFile } from '../../src/plan-import/draft/draft-to-plan-file.ts';
import { MINIMAL_PLAN, readPlanFile } from './workbook-fixtures.ts';

const EMPTY_STORED = {
  number: '1/KH',
  issuer: 'UBND',
  issueDate: new Date(0),
  place: null,
  title: 'KH',
  area: null,
  config: null,
  units: [],
  phases: [],
  criteria: [],
};

/** The yearly duty of a plan file, read as the bot reads it, and its due dates over two years (2023, leap 2024). */
function yearlyDueDates(dayOfPeriod: number, boundary: 'strict' | 'inclusive'): string[] {
  const file: PlanFile = readPlanFile(MINIMAL_PLAN);
  file.config = { ...file.config, before_boundary: boundary };
  file.tasks[0] = { ...file.tasks[0]!, recurrence: { frequency: 'yearly', day_of_period: dayOfPeriod } };
  delete file.tasks[0].deadline;
  const recurrence = normalizePlan(file).tasks[0]!.recurrence!;
  return listOccurrences(recurrence, { from: '2023-01-01', to: '2024-12-31' }, boundary).map((o) => o.dueDate);
}

// month boundaries: first and last days of months, February in common and leap years
const DAYS: [day: number, month: number, cell: string, due2023: string, due2024: string][] = [
  [1, 1, 'hằng năm, ngày 01/01', '2023-01-01', '2024-01-01'],
  [31, 1, 'hằng năm, ngày 31/01', '2023-01-31', '2024-01-31'],
  [1, 2, 'hằng năm, ngày 01/02', '2023-02-01', '2024-02-01'],
  [28, 2, 'hằng năm, ngày 28/02', '2023-02-28', '2024-02-28'],
  [29, 2, 'hằng năm, ngày 29/02', '2023-02-28', '2024-02-29'],
  [1, 3, 'hằng năm, ngày 01/03', '2023-03-01', '2024-03-01'],
  [30, 11, 'hằng năm, ngày 30/11', '2023-11-30', '2024-11-30'],
  [1, 12, 'hằng năm, ngày 01/12', '2023-12-01', '2024-12-01'],
  [31, 12, 'hằng năm, ngày 31/12', '2023-12-31', '2024-12-31'],
];

describe('a yearly day (day_of_period of a yearly duty)', () => {
  it.each(DAYS)('%i/%i: the workbook writes day/month, reads it back and the duty falls on that day each year', (day, month, cell, due2023, due2024) => {
    const value = { frequency: 'yearly', day_of_period: dayOfNumberedYear(month, day) } as const;
    expect(formatRecurrence(value)).toBe(cell);
    expect(parseRecurrence(cell)).toEqual({ ok: true, value });
    expect(yearlyDueDates(value.day_of_period, 'inclusive')).toEqual([due2023, due2024]);
  });

  it('the strict reading of "trước ngày D" is due the day before, across month and year ends', () => {
    expect(yearlyDueDates(dayOfNumberedYear(11, 30), 'strict')).toEqual(['2023-11-29', '2024-11-29']);
    expect(yearlyDueDates(dayOfNumberedYear(3, 1), 'strict')).toEqual(['2023-02-28', '2024-02-29']);
    expect(yearlyDueDates(dayOfNumberedYear(1, 1), 'strict')).toEqual(['2023-12-31', '2024-12-31']);
  });

  it('reads a day of the year typed as a number, and refuses a day the month lacks', () => {
    expect(parseRecurrence('hằng năm, ngày 335')).toEqual({ ok: true, value: { frequency: 'yearly', day_of_period: 335 } });
    expect(formatRecurrence({ frequency: 'yearly', day_of_period: 335 })).toBe('hằng năm, ngày 30/11');
    expect(parseRecurrence('hằng năm, ngày 31/04')).toEqual({ ok: false, part: 'ngày 31/04' });
    expect(parseRecurrence('hằng tháng, ngày 30/11')).toEqual({ ok: false, part: 'ngày 30/11' });
  });

  it('is stored and written out again as the same day of the year (export of the active plan)', () => {
    const file: PlanFile = readPlanFile(MINIMAL_PLAN);
    for (const day of [dayOfNumberedYear(2, 29), dayOfNumberedYear(11, 30), dayOfNumberedYear(12, 31)]) {
      file.tasks[0] = { ...file.tasks[0]!, recurrence: { frequency: 'yearly', day_of_period: day } };
      const stored = { code: 'T', lead: 'U', support: [], ...taskFields(normalizePlan(file).tasks[0]!) };
      const written = storedPlanToFile({ ...EMPTY_STORED, tasks: [stored] });
      expect(written.tasks[0]?.recurrence).toEqual({ frequency: 'yearly', day_of_period: day });
    }
  });

  it('a stored duty from before the month was kept (a day of the year, no month) still falls in its month', () => {
    expect(listOccurrences({ frequency: 'yearly', dayOfPeriod: 335 }, { from: '2023-01-01', to: '2023-12-31' }).map((o) => o.dueDate)).toEqual(['2023-11-29']);
    expect(listOccurrences({ frequency: 'yearly', dayOfPeriod: 20 }, { from: '2023-01-01', to: '2023-12-31' }).map((o) => o.dueDate)).toEqual(['2023-12-19']);
  });
});

// A text written for this test, in the words of a provincial programme's reporting duty.
const text = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH HÒA LỘC',
  'Số: 12/KH-UBND',
  'Hòa Lộc, ngày 04 tháng 5 năm 2023',
  'KẾ HOẠCH',
  'Thực hiện chương trình việc làm năm 2023',
  'II. NHIỆM VỤ',
  '1. Sở Lao động - Thương binh và Xã hội tổng hợp báo cáo tình hình thực hiện gửi Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 hằng năm.',
  '2. Sở Tài chính báo cáo kết quả hỗ trợ trước ngày 20 hằng tháng.',
  '3. Sở Y tế báo cáo hằng quý trước ngày 20 tháng cuối quý.',
].join('\n');

describe('a drafted recurring duty "trước ngày D"', () => {
  const file = draftToPlanFile(draftPlan(text)) as unknown as PlanFile;
  const tasks = normalizePlan(file).tasks;

  it("is due D-1 once imported: 29/11 each year, the 19th each month and of each quarter's last month", () => {
    expect(file.tasks.map((t) => t.recurrence)).toEqual([
      { frequency: 'yearly', day_of_period: dayOfNumberedYear(11, 30) },
      { frequency: 'monthly', day_of_period: 20 },
      { frequency: 'quarterly', day_of_period: 20 },
    ]);
    expect(listOccurrences(tasks[0]!.recurrence!, { from: '2023-05-04', to: '2024-12-31' }).map((o) => o.dueDate)).toEqual(['2023-11-29', '2024-11-29']);
    expect(listOccurrences(tasks[1]!.recurrence!, { from: '2023-06-01', to: '2023-06-30' }).map((o) => o.dueDate)).toEqual(['2023-06-19']);
    // "ngày 20 tháng cuối quý": the 19th of June and September (was day 81 of the quarter, read as the month's end)
    expect(listOccurrences(tasks[2]!.recurrence!, { from: '2023-06-01', to: '2023-12-31' }).map((o) => o.dueDate)).toEqual([
      '2023-06-19',
      '2023-09-19',
      '2023-12-19',
    ]);
    expect(formatRecurrence(file.tasks[0]!.recurrence!)).toBe('hằng năm, ngày 30/11');
    expect(formatRecurrence(file.tasks[2]!.recurrence!)).toBe('hằng quý, ngày 20');
  });
});
