/**
 * The one local-date type: a calendar date in Vietnam (month 1-based), with no time zone of its own.
 * Its text form, the DateKey `yyyy-MM-dd`, is what stores, slots and holiday tables use; every
 * function here takes either form and returns the form it was given. Calendar arithmetic is done by
 * date-fns on a carrier Date at local noon, which no daylight-saving change can move to another day.
 */
import {
  addDays as addDaysFns,
  addMonths as addMonthsFns,
  differenceInCalendarDays,
  getDaysInMonth,
  getISODay,
  getISOWeek,
  getISOWeekYear,
  lastDayOfMonth,
} from 'date-fns';
import { vietnamInstant } from './zone.ts';

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** A local date with an optional wall-clock time, as a plan file may write a deadline. */
export interface LocalDateTime extends LocalDate {
  hour?: number;
  minute?: number;
}

/** yyyy-MM-dd, the text form of a LocalDate. */
export type DateKey = string;

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function carrier(d: LocalDate): Date {
  const c = new Date(2000, 0, 1, 12);
  c.setFullYear(d.year, d.month - 1, d.day);
  return c;
}

function fromCarrier(c: Date): LocalDate {
  return { year: c.getFullYear(), month: c.getMonth() + 1, day: c.getDate() };
}

/** Reads a DateKey's fields without checking the calendar (throws on a malformed key). */
function fieldsOf(key: DateKey): LocalDate {
  const m = DATE_KEY.exec(key);
  if (!m) throw new Error(`Not a local date (yyyy-MM-dd): ${key}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const asDate = (d: LocalDate | DateKey): LocalDate => (typeof d === 'string' ? fieldsOf(d) : d);

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(carrier({ year, month, day: 1 }));
}

export function isValidLocalDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function localDate(year: number, month: number, day: number): LocalDate | null {
  return isValidLocalDate(year, month, day) ? { year, month, day } : null;
}

export function parseDateKey(key: string): LocalDate | null {
  const m = DATE_KEY.exec(key);
  if (!m) return null;
  return localDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function dateKey(d: LocalDate): DateKey {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** The DateKey of year/month/day; out-of-range days and months roll over as on a calendar (32/1 → 1/2). */
export function makeLocalDate(year: number, month: number, day: number): DateKey {
  return dateKey(fromCarrier(carrier({ year, month, day })));
}

export function localDateParts(key: DateKey): LocalDate {
  return fromCarrier(carrier(fieldsOf(key)));
}

/** dd/MM/yyyy */
export function formatLocalVi(d: LocalDate | DateKey): string {
  const { year, month, day } = asDate(d);
  return `${pad(day)}/${pad(month)}/${year}`;
}

export function addDays(d: LocalDate, days: number): LocalDate;
export function addDays(d: DateKey, days: number): DateKey;
export function addDays(d: LocalDate | DateKey, days: number): LocalDate | DateKey {
  const moved = fromCarrier(addDaysFns(carrier(asDate(d)), days));
  return typeof d === 'string' ? dateKey(moved) : moved;
}

/** The same day `months` months later; a day the target month lacks becomes its last day (31/01 + 1 → 28/02). */
export function addMonths(d: LocalDate, months: number): LocalDate;
export function addMonths(d: DateKey, months: number): DateKey;
export function addMonths(d: LocalDate | DateKey, months: number): LocalDate | DateKey {
  const moved = fromCarrier(addMonthsFns(carrier(asDate(d)), months));
  return typeof d === 'string' ? dateKey(moved) : moved;
}

/** Year and month `months` months after year/month (month 1-based; negative goes back). */
export function shiftMonth(year: number, month: number, months: number): { year: number; month: number } {
  const { year: y, month: m } = addMonths({ year, month, day: 1 }, months);
  return { year: y, month: m };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: LocalDate | DateKey): number {
  return getISODay(carrier(asDate(d)));
}

/** The ISO week (Monday–Sunday) a date belongs to, as 2023-W09. */
export function isoWeekKey(d: LocalDate | DateKey): string {
  const c = carrier(asDate(d));
  return `${getISOWeekYear(c)}-W${pad(getISOWeek(c))}`;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetweenDates(from: LocalDate | DateKey, to: LocalDate | DateKey): number {
  return differenceInCalendarDays(carrier(asDate(to)), carrier(asDate(from)));
}

/** Last day of a span of `months` months starting on `start` (inclusive): 01/03 + 6 → 31/08. */
export function endOfMonthsFrom(start: LocalDate, months: number): LocalDate {
  const shifted = addMonths(start, months);
  // 31/01 + 1 month: February has no 31st, so the span ends on its last day.
  if (shifted.day !== start.day) return shifted;
  return addDays(shifted, -1);
}

export function monthEnd(year: number, month: number): LocalDate {
  return fromCarrier(lastDayOfMonth(carrier({ year, month, day: 1 })));
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Start of the local day in Vietnam, or the given wall-clock time. */
export function startInstant(d: LocalDateTime): Date {
  return vietnamInstant(d.year, d.month, d.day, d.hour ?? 0, d.minute ?? 0);
}

/** End of the local day in Vietnam (23:59:59.999). */
export function endInstant(d: LocalDate): Date {
  return vietnamInstant(d.year, d.month, d.day, 23, 59, 59, 999);
}

/** A bare date as a deadline means the whole day counts: due at its end; a written time is due then. */
export function dueInstant(d: LocalDateTime): Date {
  if (d.hour !== undefined) return vietnamInstant(d.year, d.month, d.day, d.hour, d.minute ?? 0);
  return endInstant(d);
}
