/**
 * Working days for public offices: Monday–Friday that are not holidays, plus announced make-up Saturdays.
 * Functions take an optional calendar so a deployment can add local days off; the default is Vietnam's.
 */
import { addDays, isoWeekday } from './local-date.ts';
import { computedHolidays, LUNAR_YEARS } from './statutory-holidays.ts';
import { type HolidayEntry, type MakeUpWorkday, VN_HOLIDAY_YEARS, VN_HOLIDAYS, VN_MAKE_UP_WORKDAYS } from './vn-holidays.ts';

export interface WorkCalendar {
  isWorkingDay(localDate: string): boolean;
  holidayName(localDate: string, locale: 'vi' | 'en'): string | null;
  /** true when the day off is not from an announcement but estimated (computed, or marked so in the table) */
  isEstimatedHoliday(localDate: string): boolean;
}

export interface WorkCalendarData {
  holidays: readonly HolidayEntry[];
  makeUpWorkdays: readonly MakeUpWorkday[];
  /** years the holiday table covers; other years use computed statutory holidays (statutory-holidays.ts) */
  years?: { first: number; last: number };
}

export function createWorkCalendar(data: WorkCalendarData): WorkCalendar {
  const names = new Map<string, HolidayEntry>();
  for (const entry of data.holidays) {
    for (let d = entry.from; d <= entry.to; d = addDays(d, 1)) names.set(d, entry);
  }
  const makeUp = new Set(data.makeUpWorkdays.map((m) => m.date));
  const covered = (localDate: string): boolean => {
    if (!data.years) return true;
    const year = Number(localDate.slice(0, 4));
    return year >= data.years.first && year <= data.years.last;
  };
  // Computed years, kept with the calendar; bounded by the years the lunar calendar covers.
  const computed = new Map<number, Map<string, HolidayEntry>>();
  const computedYear = (year: number): Map<string, HolidayEntry> => {
    const ready = computed.get(year);
    if (ready) return ready;
    const days = new Map(computedHolidays(year).map((entry) => [entry.from, entry]));
    if (year >= LUNAR_YEARS.first && year <= LUNAR_YEARS.last) computed.set(year, days);
    return days;
  };
  const lookup = (localDate: string): HolidayEntry | undefined => {
    const listed = names.get(localDate);
    if (listed || covered(localDate)) return listed;
    return computedYear(Number(localDate.slice(0, 4))).get(localDate);
  };
  return {
    isWorkingDay(localDate) {
      if (makeUp.has(localDate)) return true;
      if (isoWeekday(localDate) >= 6) return false;
      return lookup(localDate) === undefined;
    },
    holidayName(localDate, locale) {
      const entry = lookup(localDate);
      if (!entry) return null;
      return locale === 'vi' ? entry.nameVi : entry.nameEn;
    },
    isEstimatedHoliday(localDate) {
      return lookup(localDate)?.estimated === true;
    },
  };
}

export const vietnamCalendar: WorkCalendar = createWorkCalendar({
  holidays: VN_HOLIDAYS,
  makeUpWorkdays: VN_MAKE_UP_WORKDAYS,
  years: VN_HOLIDAY_YEARS,
});

export function isWorkingDay(localDate: string, calendar: WorkCalendar = vietnamCalendar): boolean {
  return calendar.isWorkingDay(localDate);
}

export function holidayName(localDate: string, locale: 'vi' | 'en', calendar: WorkCalendar = vietnamCalendar): string | null {
  return calendar.holidayName(localDate, locale);
}

/** The first working day strictly after localDate. */
export function nextWorkingDay(localDate: string, calendar: WorkCalendar = vietnamCalendar): string {
  return addWorkingDays(localDate, 1, calendar);
}

/** The last working day strictly before localDate. */
export function previousWorkingDay(localDate: string, calendar: WorkCalendar = vietnamCalendar): string {
  return addWorkingDays(localDate, -1, calendar);
}

/** The working day that is the same day if it is a working day, otherwise the last one before it. */
export function workingDayOnOrBefore(localDate: string, calendar: WorkCalendar = vietnamCalendar): string {
  return calendar.isWorkingDay(localDate) ? localDate : previousWorkingDay(localDate, calendar);
}

/** Moves n working days from localDate (which need not be a working day); n = 0 returns it unchanged. */
export function addWorkingDays(localDate: string, n: number, calendar: WorkCalendar = vietnamCalendar): string {
  const step = n < 0 ? -1 : 1;
  let date = localDate;
  for (let left = Math.abs(n); left > 0; ) {
    date = addDays(date, step);
    if (calendar.isWorkingDay(date)) left--;
  }
  return date;
}

/**
 * Working days d with from < d ≤ to (so a task due on `from` is 1 working day overdue on the next
 * working day); negative, with the bounds swapped, when to is before from.
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar = vietnamCalendar): number {
  if (to < from) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d)) count++;
  }
  return count;
}
