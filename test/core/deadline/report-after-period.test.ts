import { describe, expect, it } from 'vitest';
import { describeDeadline, parseDeadline } from '../../../src/core/deadline/parse-deadline.ts';
import type { Recurrence } from '../../../src/core/deadline/types.ts';
import { listOccurrences } from '../../../src/core/nudges/recurrence-occurrences.ts';
import { expectDue, SEED_CTX } from './expect-reading.ts';

function recurrenceOf(text: string): Recurrence | undefined {
  const r = parseDeadline(text, SEED_CTX);
  expect(r.kind, r.reading).toBe('recurrence');
  return r.kind === 'recurrence' ? r.recurrence : undefined;
}

/** The first occurrences in 2023 of what the deadline reader read, as "key due". */
function dueIn2023(text: string, count = 2): string[] {
  const r = recurrenceOf(text)!;
  return listOccurrences(r, { from: '2023-01-01', to: '2024-12-31' })
    .slice(0, count)
    .map((o) => `${o.key} ${o.dueDate}`);
}

describe('the deadline reader: a report due after the period it covers', () => {
  it.each([
    ['báo cáo trước ngày 10 tháng đầu quý sau', { frequency: 'quarterly', dayOfPeriod: 10, dueDay: 9 }, ['2022-Q4 2023-01-09', '2023-Q1 2023-04-09']],
    [
      'hằng quý, trước ngày 10 của tháng đầu quý tiếp theo',
      { frequency: 'quarterly', dayOfPeriod: 10, dueDay: 9 },
      ['2022-Q4 2023-01-09', '2023-Q1 2023-04-09'],
    ],
    ['báo cáo trước ngày 05 tháng đầu của mỗi quý', { frequency: 'quarterly', dayOfPeriod: 5, dueDay: 4 }, ['2022-Q4 2023-01-04', '2023-Q1 2023-04-04']],
    ['báo cáo trước ngày 05 tháng sau', { frequency: 'monthly', dayOfPeriod: 5, dueDay: 4 }, ['2022-12 2023-01-04', '2023-01 2023-02-04']],
    ['báo cáo ngày 5 của tháng kế tiếp', { frequency: 'monthly', dayOfPeriod: 5, dueDay: 5 }, ['2022-12 2023-01-05', '2023-01 2023-02-05']],
    [
      'Định kỳ hằng tháng tổng hợp, báo cáo trước ngày 05 của tháng sau.',
      { frequency: 'monthly', dayOfPeriod: 5, dueDay: 4 },
      ['2022-12 2023-01-04', '2023-01 2023-02-04'],
    ],
    [
      'định kỳ 6 tháng, báo cáo trước ngày 10 tháng đầu của kỳ sau',
      { frequency: 'half_yearly', dayOfPeriod: 10, dueDay: 9 },
      ['2022-H2 2023-01-09', '2023-H1 2023-07-09'],
    ],
    ['báo cáo hằng năm trước ngày 15/01 năm sau', { frequency: 'yearly', dayOfPeriod: 15, monthOfYear: 1, dueDay: 14 }, ['2022 2023-01-14', '2023 2024-01-14']],
    [
      'báo cáo tai nạn lao động năm trước ngày 10 tháng 01 của năm sau',
      { frequency: 'yearly', dayOfPeriod: 10, monthOfYear: 1, dueDay: 9 },
      ['2022 2023-01-09', '2023 2024-01-09'],
    ],
    ['tổng kết hằng năm trong tháng 1 năm sau', { frequency: 'yearly', dayOfPeriod: 31, monthOfYear: 1, dueDay: 31 }, ['2022 2023-01-31', '2023 2024-01-31']],
  ] as const)('"%s"', (text, recurrence, due) => {
    expect(recurrenceOf(text)).toEqual({ ...recurrence, afterPeriod: true });
    expect(dueIn2023(text)).toEqual(due);
  });

  it('"trước ngày 15/01 năm sau" in a clause that is not yearly stays one date next year', () => {
    expectDue(parseDeadline('Hoàn thành việc rà soát trước ngày 15/01 năm sau', SEED_CTX), '2024-01-14');
  });

  it('keeps "trước ngày 20 của tháng cuối quý" and "hằng tháng, trước ngày 20" within the period', () => {
    expect(recurrenceOf('hằng tháng, trước ngày 20')).toEqual({ frequency: 'monthly', dayOfPeriod: 20, dueDay: 19 });
  });

  it('says where the day lies, in the reading and in the summary cards show', () => {
    const quarterly = parseDeadline('báo cáo trước ngày 10 tháng đầu quý sau', SEED_CTX);
    expect(describeDeadline(quarterly, 'vi')).toBe('Định kỳ hằng quý, hạn hết ngày 9 tháng đầu quý sau');
    expect(describeDeadline(quarterly, 'en')).toBe('Recurring quarterly, due by the end of day 9 of the month after each quarter');
    expect(describeDeadline(parseDeadline('báo cáo trước ngày 05 tháng sau', SEED_CTX), 'vi')).toBe('Định kỳ hằng tháng, hạn hết ngày 4 tháng sau');
    expect(describeDeadline(parseDeadline('báo cáo hằng năm trước ngày 15/01 năm sau', SEED_CTX), 'vi')).toBe('Định kỳ hằng năm, hạn hết ngày 14/01 năm sau');
    expect(quarterly.reading).toContain('mỗi kỳ hạn hết ngày 9 tháng đầu quý sau');
  });
});
