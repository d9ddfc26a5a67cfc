import { describe, expect, it } from 'vitest';
import type { Recurrence } from '../../../src/core/deadline/types.ts';
import { listOccurrences, occurrenceDueOnOrAfter } from '../../../src/core/nudges/recurrence-occurrences.ts';

const keyed = (r: Recurrence, from: string, to: string) => listOccurrences(r, { from, to }).map((o) => `${o.key} ${o.dueDate}`);

describe('a report due after the period it covers (afterPeriod)', () => {
  it('"trước ngày 10 tháng đầu quý sau": the report on each quarter is due in the next quarter\'s first month', () => {
    expect(keyed({ frequency: 'quarterly', dayOfPeriod: 10, afterPeriod: true }, '2023-01-01', '2024-01-31')).toEqual([
      '2022-Q4 2023-01-09',
      '2023-Q1 2023-04-09',
      '2023-Q2 2023-07-09',
      '2023-Q3 2023-10-09',
      '2023-Q4 2024-01-09',
    ]);
    // "chậm nhất ngày 10" (the reader resolved the day): due on the 10th itself
    expect(keyed({ frequency: 'quarterly', dayOfPeriod: 10, dueDay: 10, afterPeriod: true }, '2023-04-01', '2023-04-30')).toEqual(['2023-Q1 2023-04-10']);
  });

  it('"trước ngày 05 tháng sau": the report on each month is due early in the next month, under that month\'s key', () => {
    expect(keyed({ frequency: 'monthly', dayOfPeriod: 5, afterPeriod: true }, '2023-03-01', '2023-05-31')).toEqual([
      '2023-02 2023-03-04',
      '2023-03 2023-04-04',
      '2023-04 2023-05-04',
    ]);
  });

  it('"trước ngày 15/01 năm sau": the yearly report on 2023 is due in January 2024; without a day, at the end of that month', () => {
    expect(keyed({ frequency: 'yearly', dayOfPeriod: 15, monthOfYear: 1, afterPeriod: true }, '2023-06-01', '2025-06-01')).toEqual([
      '2023 2024-01-14',
      '2024 2025-01-14',
    ]);
    expect(keyed({ frequency: 'yearly', afterPeriod: true }, '2024-01-01', '2024-12-31')).toEqual(['2023 2024-01-31']);
  });

  it('"tháng đầu của kỳ sau" for six months: due in July for the first half, in January for the second', () => {
    expect(keyed({ frequency: 'half_yearly', dayOfPeriod: 10, dueDay: 10, afterPeriod: true }, '2023-01-01', '2023-12-31')).toEqual([
      '2022-H2 2023-01-10',
      '2023-H1 2023-07-10',
    ]);
  });

  it('weekly: the day of the next week', () => {
    // "thứ Hai tuần sau" (day 1, as reached): the report on week 1 of 2023 is due Monday 09/01/2023
    expect(keyed({ frequency: 'weekly', dayOfPeriod: 1, dueDay: 1, afterPeriod: true }, '2023-01-02', '2023-01-15')).toEqual([
      '2022-W52 2023-01-02',
      '2023-W01 2023-01-09',
    ]);
  });

  it("the duty's bounds are the periods reported on: a duty from April owes no report on March, and owes one on December in January", () => {
    const duty: Recurrence = { frequency: 'quarterly', dayOfPeriod: 10, afterPeriod: true, from: '2023-04-01', until: '2023-12-31' };
    expect(keyed(duty, '2023-01-01', '2024-12-31')).toEqual(['2023-Q2 2023-07-09', '2023-Q3 2023-10-09', '2023-Q4 2024-01-09']);
    expect(occurrenceDueOnOrAfter(duty, '2023-01-01')?.key).toBe('2023-Q2');
  });
});
