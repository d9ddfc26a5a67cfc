import { describe, expect, it } from 'vitest';
import { listOccurrences, occurrenceDueOnOrAfter } from '../../../src/core/nudges/recurrence-occurrences.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';

describe('listOccurrences', () => {
  it('monthly "trước ngày 20": due at the end of the 19th', () => {
    const occ = listOccurrences({ frequency: 'monthly', dayOfPeriod: 20 }, { from: '2023-06-01', to: '2023-08-31' });
    expect(occ.map((o) => [o.key, o.dueDate])).toEqual([
      ['2023-06', '2023-06-19'],
      ['2023-07', '2023-07-19'],
      ['2023-08', '2023-08-19'],
    ]);
    expect(occ[0]!.due).toEqual(vietnamInstant(2023, 6, 19, 23, 59, 59, 999));
  });

  it('inclusive boundary is due at the end of the day itself; no day means the end of the month', () => {
    expect(listOccurrences({ frequency: 'monthly', dayOfPeriod: 20 }, { from: '2023-06-01', to: '2023-06-30' }, 'inclusive')[0]!.dueDate).toBe('2023-06-20');
    expect(listOccurrences({ frequency: 'monthly' }, { from: '2024-02-01', to: '2024-02-29' })[0]!.dueDate).toBe('2024-02-29');
  });

  it('"trước ngày 1" falls at the end of the previous month, "ngày 31" is clamped', () => {
    expect(listOccurrences({ frequency: 'monthly', dayOfPeriod: 1 }, { from: '2023-03-01', to: '2023-03-31' })).toMatchObject([
      { key: '2023-04', dueDate: '2023-03-31' },
    ]);
    expect(listOccurrences({ frequency: 'monthly', dayOfPeriod: 31 }, { from: '2023-02-01', to: '2023-02-28' }, 'inclusive')[0]!.dueDate).toBe('2023-02-28');
  });

  it('uses the due day the deadline reader resolved', () => {
    // "ngày 20 hằng tháng" (not "trước"): due at the end of the 20th whatever the boundary argument
    expect(listOccurrences({ frequency: 'monthly', dayOfPeriod: 20, dueDay: 20 }, { from: '2023-06-01', to: '2023-06-30' })[0]!.dueDate).toBe('2023-06-20');
    expect(listOccurrences({ frequency: 'monthly', dayOfPeriod: 20, dueDay: 19 }, { from: '2023-06-01', to: '2023-06-30' }, 'inclusive')[0]!.dueDate).toBe(
      '2023-06-19',
    );
  });

  it('respects the recurrence bounds', () => {
    const occ = listOccurrences({ frequency: 'monthly', dayOfPeriod: 20, from: '2023-06-20', until: '2023-09-30' }, { from: '2023-01-01', to: '2023-12-31' });
    expect(occ.map((o) => o.key)).toEqual(['2023-07', '2023-08', '2023-09']);
  });

  it("quarterly, half-yearly and yearly count the day in the period's last month", () => {
    const range = { from: '2023-01-01', to: '2023-12-31' };
    expect(listOccurrences({ frequency: 'quarterly', dayOfPeriod: 15 }, range).map((o) => `${o.key} ${o.dueDate}`)).toEqual([
      '2023-Q1 2023-03-14',
      '2023-Q2 2023-06-14',
      '2023-Q3 2023-09-14',
      '2023-Q4 2023-12-14',
    ]);
    expect(listOccurrences({ frequency: 'half_yearly' }, range).map((o) => `${o.key} ${o.dueDate}`)).toEqual(['2023-H1 2023-06-30', '2023-H2 2023-12-31']);
    expect(listOccurrences({ frequency: 'yearly', dayOfPeriod: 10 }, range).map((o) => `${o.key} ${o.dueDate}`)).toEqual(['2023 2023-12-09']);
  });

  it('weekly: ISO week keys, Friday by default', () => {
    const occ = listOccurrences({ frequency: 'weekly' }, { from: '2023-01-01', to: '2023-01-15' });
    expect(occ.map((o) => `${o.key} ${o.dueDate}`)).toEqual(['2023-W01 2023-01-06', '2023-W02 2023-01-13']);
    const strictMonday = listOccurrences({ frequency: 'weekly', dayOfPeriod: 1 }, { from: '2023-01-01', to: '2023-01-08' });
    expect(strictMonday.map((o) => `${o.key} ${o.dueDate}`)).toEqual(['2023-W01 2023-01-01', '2023-W02 2023-01-08']);
  });

  it('finds the occurrence a date is tracked under', () => {
    expect(occurrenceDueOnOrAfter({ frequency: 'monthly', dayOfPeriod: 20 }, '2023-06-19')?.key).toBe('2023-06');
    expect(occurrenceDueOnOrAfter({ frequency: 'monthly', dayOfPeriod: 20 }, '2023-06-20')?.key).toBe('2023-07');
    expect(occurrenceDueOnOrAfter({ frequency: 'monthly', dayOfPeriod: 20, until: '2023-06-30' }, '2023-06-20')).toBeUndefined();
  });
});
