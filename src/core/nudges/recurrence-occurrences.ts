/**
 * Occurrences of a recurring duty ("báo cáo trước ngày 20 hằng tháng"): each occurrence is nudged and
 * tracked on its own, keyed by its period (2023-06, 2023-W24, 2023-Q2, 2023-H1, 2023).
 *
 * dayOfPeriod means: weekly — ISO weekday (1 Monday … 7 Sunday); monthly — day of the month; quarterly,
 * half-yearly — day of the period's last month, as in Decree 09/2019/NĐ-CP reporting rules; yearly — day
 * of monthOfYear when the duty names its month ("trước ngày 30/11 hằng năm"), else of December (a day
 * beyond 31 without a month is a day of the year, see yearly-day.ts).
 * Without dayOfPeriod an occurrence is due at the end of the period (for weekly: Friday, the end of the
 * working week). A day past the month's end is clamped to its last day.
 * When the deadline reader already applied the boundary rule (recurrence.dueDay), that day is used as is;
 * otherwise the boundary argument decides whether "trước ngày D" ends on D-1 (strict) or D (inclusive).
 * A report due after its period (afterPeriod: "trước ngày 10 tháng đầu quý sau") falls in the first month after the
 * period (weekly: the next week; yearly with a month: that month of the next year) and keeps the period's key: the
 * report on 2023-Q1 is due 09/04/2023. The duty's own from/until then bound the periods reported on (their last day),
 * not the due days: a plan that starts with April owes no report on March, though it is due in April.
 */
import type { BeforeBoundary, Recurrence } from '../deadline/types.ts';
import { MONTHS_PER_PERIOD } from '../deadline/recurrence-in-plan.ts';
import { monthDayOfNumberedYear } from '../deadline/yearly-day.ts';
import { lastDayBefore } from '../time/before-boundary.ts';
import { addDays, daysInMonth, endInstant, isoWeekday, isoWeekKey, localDateParts, makeLocalDate, shiftMonth } from '../time/local-date.ts';

export interface Occurrence {
  /** period key, also the tracking key of the occurrence */
  key: string;
  /** local date of the due day */
  dueDate: string;
  /** end of the due day in Vietnam */
  due: Date;
}

export interface OccurrenceRange {
  /** local dates, inclusive: occurrences whose due day falls in the range */
  from: string;
  to: string;
}

interface Period {
  key: string;
  dueDate: string;
  /** the period's last day */
  ends: string;
}

function dueInMonth(year: number, month: number, day: number | undefined, boundary: BeforeBoundary): string {
  const last = daysInMonth(year, month);
  if (day === undefined) return makeLocalDate(year, month, last);
  return lastDayBefore(makeLocalDate(year, month, Math.min(day, last)), boundary);
}

function periodKey(frequency: keyof typeof MONTHS_PER_PERIOD, year: number, index: number): string {
  switch (frequency) {
    case 'monthly':
      return `${year}-${String(index).padStart(2, '0')}`;
    case 'quarterly':
      return `${year}-Q${index}`;
    case 'half_yearly':
      return `${year}-H${index}`;
    case 'yearly':
      return String(year);
  }
}

function weeklyPeriods(from: string, to: string, day: number | undefined, boundary: BeforeBoundary, after: boolean): Period[] {
  const periods: Period[] = [];
  // Start two weeks early: a strict "before Monday" deadline falls in the previous week, a report after its week in the next.
  for (let monday = addDays(from, -(isoWeekday(from) - 1) - 14); monday <= addDays(to, 7); monday = addDays(monday, 7)) {
    const target = addDays(monday, (after ? 7 : 0) + (day ?? 5) - 1);
    const dueDate = day === undefined ? target : lastDayBefore(target, boundary);
    periods.push({ key: isoWeekKey(monday), dueDate, ends: addDays(monday, 6) });
  }
  return periods;
}

/** The month of the year a yearly occurrence falls in, with its day; other frequencies keep the day. */
function yearlyMonthDay(recurrence: Recurrence, day: number | undefined): { month?: number; day: number | undefined } {
  if (recurrence.frequency !== 'yearly') return { day };
  if (recurrence.monthOfYear !== undefined) return { month: recurrence.monthOfYear, day };
  const numbered = day !== undefined && day > 31 ? monthDayOfNumberedYear(day) : undefined;
  return numbered ?? { day };
}

function monthBasedPeriods(
  frequency: keyof typeof MONTHS_PER_PERIOD,
  from: string,
  to: string,
  due: { month?: number; day: number | undefined },
  boundary: BeforeBoundary,
  after: boolean,
): Period[] {
  const size = MONTHS_PER_PERIOD[frequency];
  const start = localDateParts(from);
  const end = localDateParts(to);
  const periods: Period[] = [];
  // Two periods of margin before, one after: a strict boundary on day 1 moves the due day into the month before, and
  // a report after its period is due in the next one.
  const monthIndex = (d: { year: number; month: number }) => d.year * 12 + d.month - 1; // months since year 0
  let index = Math.floor(monthIndex(start) / size) - 2;
  const last = Math.floor(monthIndex(end) / size) + 1;
  for (; index <= last; index++) {
    const { year, month } = shiftMonth(0, 1, index * size + size - 1); // the period's last month
    const indexInYear = (month / size) | 0;
    const target = after ? shiftMonth(year, month, 1) : { year, month };
    periods.push({
      key: periodKey(frequency, year, indexInYear),
      dueDate: dueInMonth(target.year, due.month ?? target.month, due.day, boundary),
      ends: makeLocalDate(year, month, daysInMonth(year, month)),
    });
  }
  return periods;
}

export function listOccurrences(recurrence: Recurrence, range: OccurrenceRange, boundary: BeforeBoundary = 'strict'): Occurrence[] {
  const after = recurrence.afterPeriod === true;
  // the duty's bounds apply to the due days, or to the periods reported on when the report is due after them
  const from = !after && recurrence.from && recurrence.from > range.from ? recurrence.from : range.from;
  const to = !after && recurrence.until && recurrence.until < range.to ? recurrence.until : range.to;
  if (from > to) return [];
  const { frequency } = recurrence;
  const day = recurrence.dueDay ?? recurrence.dayOfPeriod;
  const rule: BeforeBoundary = recurrence.dueDay !== undefined ? 'inclusive' : boundary;
  const periods =
    frequency === 'weekly'
      ? weeklyPeriods(from, to, day === undefined ? undefined : Math.min(Math.max(day, 1), 7), rule, after)
      : monthBasedPeriods(frequency, from, to, yearlyMonthDay(recurrence, day), rule, after);
  return periods
    .filter((p) => p.dueDate >= from && p.dueDate <= to)
    .filter((p) => !after || ((!recurrence.from || p.ends >= recurrence.from) && (!recurrence.until || p.ends <= recurrence.until)))
    .map((p) => {
      return { key: p.key, dueDate: p.dueDate, due: endInstant(localDateParts(p.dueDate)) };
    });
}

/** The occurrence a date belongs to for tracking: the first one due on or after it (or after the duty's start). */
export function occurrenceDueOnOrAfter(recurrence: Recurrence, localDate: string, boundary: BeforeBoundary = 'strict'): Occurrence | undefined {
  const start = recurrence.from && recurrence.from > localDate ? recurrence.from : localDate;
  return listOccurrences(recurrence, { from: localDate, to: addDays(start, 400) }, boundary)[0];
}
