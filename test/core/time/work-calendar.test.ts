import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../../../src/core/time/local-date.ts';
import { VN_HOLIDAYS, VN_MAKE_UP_WORKDAYS } from '../../../src/core/time/vn-holidays.ts';
import {
  addWorkingDays,
  createWorkCalendar,
  holidayName,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from '../../../src/core/time/work-calendar.ts';

describe('Vietnamese working days', () => {
  it('weekdays work, weekends rest', () => {
    expect(isWorkingDay('2023-06-05')).toBe(true); // Monday
    expect(isWorkingDay('2023-06-10')).toBe(false); // Saturday
    expect(isWorkingDay('2023-06-11')).toBe(false); // Sunday
  });

  it.each([
    ['2023-01-02', 'Nghỉ bù Tết Dương lịch'],
    ['2023-01-23', 'Tết Nguyên đán'],
    ['2023-05-02', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
    ['2023-05-03', 'Nghỉ bù ngày Chiến thắng 30/4'],
    ['2023-09-01', 'Nghỉ lễ Quốc khánh (ngày liền kề)'],
    ['2023-09-04', 'Nghỉ bù Quốc khánh'],
    ['2024-02-14', 'Tết Nguyên đán'],
    ['2024-04-18', 'Giỗ Tổ Hùng Vương'],
    ['2024-04-29', 'Nghỉ hoán đổi dịp 30/4 – 1/5'],
    ['2024-09-03', 'Nghỉ lễ Quốc khánh (ngày liền kề)'],
    ['2025-01-31', 'Tết Nguyên đán'],
    ['2025-04-07', 'Giỗ Tổ Hùng Vương'],
    ['2025-05-02', 'Nghỉ hoán đổi dịp 30/4 – 1/5'],
    ['2025-09-01', 'Nghỉ lễ Quốc khánh (ngày liền kề)'],
    ['2026-02-16', 'Tết Nguyên đán'],
    ['2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
    ['2026-08-31', 'Nghỉ hoán đổi dịp Quốc khánh'],
    ['2027-02-08', 'Tết Nguyên đán'],
    ['2027-04-16', 'Giỗ Tổ Hùng Vương'],
  ])('%s is a day off: %s', (date, name) => {
    expect(isWorkingDay(date)).toBe(false);
    expect(holidayName(date, 'vi')).toBe(name);
  });

  it('make-up Saturdays are working days', () => {
    for (const date of ['2024-05-04', '2025-04-26', '2026-08-22']) {
      expect(isoWeekday(date)).toBe(6);
      expect(isWorkingDay(date)).toBe(true);
    }
    expect(isWorkingDay('2023-05-06')).toBe(false);
  });

  it('data is well formed: ranges ordered, make-up days are Saturdays swapped for listed weekdays', () => {
    for (const h of VN_HOLIDAYS) expect(h.from <= h.to).toBe(true);
    for (const m of VN_MAKE_UP_WORKDAYS) {
      expect(isoWeekday(m.date)).toBe(6);
      expect(isWorkingDay(m.inLieuOf)).toBe(false);
    }
  });

  it('names holidays in English too, and knows fixed-date holidays outside the table', () => {
    expect(holidayName('2025-09-02', 'en')).toBe('National Day');
    expect(holidayName('2028-05-01', 'vi')).toBe('Ngày Quốc tế Lao động 1/5');
    expect(isWorkingDay('2028-05-01')).toBe(false);
    expect(holidayName('2025-06-10', 'vi')).toBeNull();
  });

  it('moves by working days across Tết 2024 in both directions', () => {
    expect(nextWorkingDay('2024-02-07')).toBe('2024-02-15');
    expect(addWorkingDays('2024-02-07', 2)).toBe('2024-02-16');
    expect(addWorkingDays('2024-02-15', -1)).toBe('2024-02-07');
    expect(previousWorkingDay('2024-02-15')).toBe('2024-02-07');
    expect(addWorkingDays('2024-02-10', 0)).toBe('2024-02-10');
  });

  it('counts working days across the 30/4 swap of 2024', () => {
    // Fri 26/4 → Mon 6/5: Sat 4/5 (make-up) and Thu 2/5, Fri 3/5, Mon 6/5 work; 27/4–1/5 off.
    expect(workingDaysBetween('2024-04-26', '2024-05-06')).toBe(4);
    expect(workingDaysBetween('2024-05-06', '2024-04-26')).toBe(-4);
    expect(workingDaysBetween('2024-05-06', '2024-05-06')).toBe(0);
  });

  it('accepts a custom calendar with local days off', () => {
    const calendar = createWorkCalendar({
      holidays: [{ from: '2023-06-07', to: '2023-06-07', nameVi: 'Nghỉ địa phương', nameEn: 'Local day off' }],
      makeUpWorkdays: [],
    });
    expect(isWorkingDay('2023-06-07', calendar)).toBe(false);
    expect(addWorkingDays('2023-06-06', 1, calendar)).toBe('2023-06-08');
  });
});
