import { describe, expect, it } from 'vitest';
import { lastDayBefore, lastDayNumberBefore } from '../../../src/core/time/before-boundary.ts';
import {
  addDays,
  addMonths,
  daysBetweenDates,
  dueInstant,
  endOfMonthsFrom,
  isoWeekday,
  isoWeekKey,
  makeLocalDate,
  monthEnd,
  parseDateKey,
  shiftMonth,
} from '../../../src/core/time/local-date.ts';
import { addWorkingDays, workingDaysBetween } from '../../../src/core/time/work-calendar.ts';
import { parseDeadline } from '../../../src/core/deadline/parse-deadline.ts';
import { listOccurrences } from '../../../src/core/nudges/recurrence-occurrences.ts';

describe('"trước ngày D": one rule', () => {
  it('strict ends on D−1, inclusive on D, for a date and for a day of a period', () => {
    expect(lastDayBefore('2023-12-15', 'strict')).toBe('2023-12-14');
    expect(lastDayBefore('2024-03-01', 'strict')).toBe('2024-02-29');
    expect(lastDayBefore({ year: 2023, month: 12, day: 15 }, 'inclusive')).toEqual({ year: 2023, month: 12, day: 15 });
    expect(lastDayNumberBefore(20, 'strict')).toBe(19);
    expect(lastDayNumberBefore(20, 'inclusive')).toBe(20);
    expect(lastDayNumberBefore(1, 'strict')).toBeNull();
  });

  it('the deadline reader and the recurrence occurrences read it the same way', () => {
    const ctx = { documentDate: '2024-01-10' };
    expect(parseDeadline('trước ngày 01/03/2024', ctx)).toMatchObject({ kind: 'due', dueDate: '2024-02-29' });
    expect(parseDeadline('trước ngày 01/03/2024', { ...ctx, beforeBoundary: 'inclusive' })).toMatchObject({ dueDate: '2024-03-01' });
    const monthly = listOccurrences({ frequency: 'monthly', dayOfPeriod: 1 }, { from: '2024-03-01', to: '2024-03-31' }, 'strict');
    expect(monthly.map((o) => o.dueDate)).toEqual(['2024-03-31']); // "trước ngày 1/4" ends on 31/03
  });
});

describe('local dates on date-fns', () => {
  it('adds days and months in both forms, clamping to the month end', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays({ year: 2023, month: 12, day: 31 }, 1)).toEqual({ year: 2024, month: 1, day: 1 });
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(shiftMonth(2023, 11, 3)).toEqual({ year: 2024, month: 2 });
    expect(shiftMonth(2024, 1, -1)).toEqual({ year: 2023, month: 12 });
    expect(endOfMonthsFrom({ year: 2023, month: 3, day: 1 }, 6)).toEqual({ year: 2023, month: 8, day: 31 });
    expect(endOfMonthsFrom({ year: 2024, month: 1, day: 31 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(monthEnd(2100, 2)).toEqual({ year: 2100, month: 2, day: 28 });
    expect(makeLocalDate(2024, 1, 32)).toBe('2024-02-01');
  });

  it('weekdays, distances, validity, and the due instant of a bare date (end of day in Vietnam)', () => {
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect([isoWeekKey('2021-01-03'), isoWeekKey('2024-12-30'), isoWeekKey('2023-03-01')]).toEqual(['2020-W53', '2025-W01', '2023-W09']);
    expect(daysBetweenDates('2024-02-01', '2024-03-01')).toBe(29);
    expect(parseDateKey('2023-02-29')).toBeNull();
    expect(dueInstant({ year: 2023, month: 12, day: 14 }).toISOString()).toBe('2023-12-14T16:59:59.999Z');
    expect(dueInstant({ year: 2023, month: 12, day: 14, hour: 9, minute: 30 }).toISOString()).toBe('2023-12-14T02:30:00.000Z');
  });
});

describe('working days', () => {
  it('skip weekends and holidays, in an announced and in a computed year', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-23'); // Tết Bính Ngọ 14/02–22/02
    expect(addWorkingDays('2028-01-24', 1)).toBe('2028-02-01'); // computed Tết 2028
    expect(workingDaysBetween('2028-01-24', '2028-02-01')).toBe(1);
    expect(addWorkingDays('2028-02-01', -1)).toBe('2028-01-24');
  });
});
