/**
 * Days off for a year the announced table (vn-holidays.ts) does not cover, computed from the Labour
 * Code 2019 art. 112 and the usual pattern of the yearly announcements. They are estimates: the
 * Government may swap days (hoán đổi) or pick other days around Tết; replace them with the announced
 * schedule by adding the year to the table.
 *
 * - Tết Dương lịch 1/1; 30/4; 1/5; Quốc khánh 2/9 plus the adjacent day that joins a weekend.
 * - Tết Nguyên đán: five days, the last day of the lunar year through lunar 1/4.
 * - Giỗ Tổ Hùng Vương: lunar 10/3.
 * - A statutory day on a Saturday or Sunday is compensated on the next working day (nghỉ bù).
 *
 * Lunar dates come from @dqcai/vn-lunar, Hồ Ngọc Đức's Vietnamese lunar calendar (UTC+7), which differs
 * from the Chinese calendar in some years (Tết 1985 is 21/01 in Vietnam, 20/02 in China).
 */
import { getSolarDate } from '@dqcai/vn-lunar';
import { addDays, type DateKey, isoWeekday, makeLocalDate } from './local-date.ts';
import type { HolidayEntry } from './vn-holidays.ts';

interface HolidayName {
  nameVi: string;
  nameEn: string;
}

const NEW_YEAR: HolidayName = { nameVi: 'Tết Dương lịch', nameEn: "New Year's Day" };
const TET: HolidayName = { nameVi: 'Tết Nguyên đán', nameEn: 'Lunar New Year (Tết)' };
const HUNG_KINGS: HolidayName = { nameVi: 'Giỗ Tổ Hùng Vương', nameEn: 'Hung Kings Commemoration Day' };
const REUNIFICATION: HolidayName = { nameVi: 'Ngày Chiến thắng 30/4', nameEn: 'Reunification Day' };
const LABOUR: HolidayName = { nameVi: 'Ngày Quốc tế Lao động 1/5', nameEn: "International Workers' Day" };
const NATIONAL: HolidayName = { nameVi: 'Quốc khánh 2/9', nameEn: 'National Day' };
const NATIONAL_EXTRA: HolidayName = { nameVi: 'Nghỉ lễ Quốc khánh (ngày liền kề)', nameEn: 'National Day holiday (adjacent day)' };

/** Years the lunar package covers. */
export const LUNAR_YEARS = { first: 1800, last: 2199 } as const;

/** The solar date of a lunar date in Vietnam's calendar, or null outside the years it covers. */
export function solarOfLunar(lunarYear: number, lunarMonth: number, lunarDay: number): DateKey | null {
  if (lunarYear < LUNAR_YEARS.first || lunarYear > LUNAR_YEARS.last) return null;
  const s = getSolarDate(lunarDay, lunarMonth, lunarYear);
  if (s.year === 0) return null;
  return makeLocalDate(s.year, s.month, s.day);
}

/** Tết day 1 (lunar 1/1) of the lunar year that starts in the given solar year. */
export function tetDay(year: number): DateKey | null {
  return solarOfLunar(year, 1, 1);
}

/** Giỗ Tổ Hùng Vương (lunar 10/3) in the given solar year. */
export function hungKingsDay(year: number): DateKey | null {
  return solarOfLunar(year, 3, 10);
}

const isWeekend = (date: DateKey): boolean => isoWeekday(date) >= 6;

/** The day next to 2/9 that joins the break to a weekend (the pattern of the 2023–2027 announcements). */
function nationalDayNeighbour(year: number): DateKey {
  const nationalDay = makeLocalDate(year, 9, 2);
  const weekday = isoWeekday(nationalDay);
  // Monday, Thursday, Sunday: the day after (Tue 3/9, Fri 3/9, Mon 3/9); otherwise the day before.
  return addDays(nationalDay, weekday === 1 || weekday === 4 || weekday === 7 ? 1 : -1);
}

function statutoryDays(year: number): { date: DateKey; name: HolidayName }[] {
  const days: { date: DateKey; name: HolidayName }[] = [{ date: makeLocalDate(year, 1, 1), name: NEW_YEAR }];
  const tet = tetDay(year);
  if (tet) for (let i = -1; i <= 3; i++) days.push({ date: addDays(tet, i), name: TET });
  const hungKings = hungKingsDay(year);
  if (hungKings) days.push({ date: hungKings, name: HUNG_KINGS });
  days.push(
    { date: makeLocalDate(year, 4, 30), name: REUNIFICATION },
    { date: makeLocalDate(year, 5, 1), name: LABOUR },
    { date: makeLocalDate(year, 9, 2), name: NATIONAL },
    { date: nationalDayNeighbour(year), name: NATIONAL_EXTRA },
  );
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Computed days off of one solar year (statutory days and their compensation days), all estimated. */
export function computedHolidays(year: number): HolidayEntry[] {
  const days = statutoryDays(year);
  const taken = new Set(days.map((d) => d.date));
  const entries: HolidayEntry[] = days.map((d) => ({ from: d.date, to: d.date, ...d.name, estimated: true }));
  for (const d of days) {
    if (!isWeekend(d.date)) continue;
    let inLieu = addDays(d.date, 1);
    while (isWeekend(inLieu) || taken.has(inLieu)) inLieu = addDays(inLieu, 1);
    taken.add(inLieu);
    entries.push({ from: inLieu, to: inLieu, nameVi: `Nghỉ bù ${d.name.nameVi}`, nameEn: `${d.name.nameEn} (in lieu)`, estimated: true });
  }
  return entries;
}
