import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../../../src/core/time/local-date.ts';
import { computedHolidays, hungKingsDay, tetDay } from '../../../src/core/time/statutory-holidays.ts';
import { VN_HOLIDAYS, VN_MAKE_UP_WORKDAYS } from '../../../src/core/time/vn-holidays.ts';
import { createWorkCalendar, holidayName, isWorkingDay, vietnamCalendar } from '../../../src/core/time/work-calendar.ts';

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it.each([
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    // Vietnam's calendar, not China's: the new moon fell before midnight at UTC+7 but after it at UTC+8.
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
    [2030, '2030-02-02'],
  ])('Tết %i is %s', (year, date) => {
    expect(tetDay(year)).toBe(date);
  });

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('Giỗ Tổ Hùng Vương %i is %s', (year, date) => {
    expect(hungKingsDay(year)).toBe(date);
  });
});

describe('computed holidays for years past the announced table', () => {
  it('reproduce the 2027 estimate of the table day by day (same rules, same days off)', () => {
    const computed = createWorkCalendar({ holidays: computedHolidays(2027), makeUpWorkdays: [] });
    const table = createWorkCalendar({ holidays: VN_HOLIDAYS, makeUpWorkdays: VN_MAKE_UP_WORKDAYS });
    for (let d = '2027-01-01'; d <= '2027-12-31'; d = addDays(d, 1)) {
      expect([d, computed.isWorkingDay(d)]).toEqual([d, table.isWorkingDay(d)]);
    }
  });

  it('Tết 2028: the lunar year-end (25/01) through mùng 4, the weekend compensated after', () => {
    // Tết 2028 = Wednesday 26/01/2028: Tue 25/01 – Sat 29/01, Saturday compensated on Monday 31/01.
    for (const date of ['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28', '2028-01-31']) {
      expect([date, isWorkingDay(date)]).toEqual([date, false]);
    }
    expect(holidayName('2028-01-26', 'vi')).toBe('Tết Nguyên đán');
    expect(holidayName('2028-01-31', 'vi')).toBe('Nghỉ bù Tết Nguyên đán');
    expect(isWorkingDay('2028-01-24')).toBe(true);
    expect(isWorkingDay('2028-02-01')).toBe(true);
    expect(vietnamCalendar.isEstimatedHoliday('2028-01-26')).toBe(true);
  });

  it('Giỗ Tổ from the lunar calendar, compensated when it falls on a weekend', () => {
    expect(holidayName('2028-04-04', 'vi')).toBe('Giỗ Tổ Hùng Vương'); // lunar 10/3 Mậu Thân, a Tuesday
    expect(isWorkingDay('2028-04-04')).toBe(false);
    // 2029: lunar 10/3 = Monday 23/04/2029.
    expect(hungKingsDay(2029)).toBe('2029-04-23');
    expect(isWorkingDay('2029-04-23')).toBe(false);
  });

  it('every year from 2028 to 2060 has Tết (five statutory days) and Giỗ Tổ off, estimated', () => {
    for (let year = 2028; year <= 2060; year++) {
      const tet = tetDay(year)!;
      for (let i = -1; i <= 3; i++) expect(holidayName(addDays(tet, i), 'vi')).toBe('Tết Nguyên đán');
      expect(holidayName(hungKingsDay(year)!, 'vi')).toBe('Giỗ Tổ Hùng Vương');
      const statutoryWeekend = [-1, 0, 1, 2, 3].filter((i) => isoWeekday(addDays(tet, i)) >= 6).length;
      const inLieu = computedHolidays(year).filter((h) => h.nameVi === 'Nghỉ bù Tết Nguyên đán');
      expect(inLieu).toHaveLength(statutoryWeekend);
      for (const h of computedHolidays(year)) expect(h.estimated).toBe(true);
    }
  });

  it('announced days are not estimates; the fixed solar holidays are computed for any year', () => {
    expect(vietnamCalendar.isEstimatedHoliday('2026-02-17')).toBe(false);
    expect(holidayName('2031-09-02', 'en')).toBe('National Day');
    expect(holidayName('2031-01-01', 'vi')).toBe('Tết Dương lịch');
    expect(isWorkingDay('2031-04-30')).toBe(false);
  });
});
