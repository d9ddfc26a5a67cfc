import { vietnamInstant } from '../time/zone.ts';
import { daysInMonth } from '../calendar/local-date.ts';

/** A calendar date in Vietnam, month 1-based. Arithmetic is on the calendar, not on instants. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export function isValidLocalDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1900 &&
    year <= 2200 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function localDate(year: number, month: number, day: number): LocalDate | null {
  return isValidLocalDate(year, month, day) ? { year, month, day } : null;
}

export function parseDateKey(key: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!m) return null;
  return localDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function dateKey(d: LocalDate): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** dd/MM/yyyy */
export function formatLocalVi(d: LocalDate): string {
  return `${pad(d.day)}/${pad(d.month)}/${d.year}`;
}

export function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Last day of a span of `months` months starting on `start` (inclusive): 01/03 + 6 → 31/08. */
export function endOfMonthsFrom(start: LocalDate, months: number): LocalDate {
  const total = start.month - 1 + months;
  const year = start.year + Math.floor(total / 12);
  const month = (total % 12) + 1;
  // 31/01 + 1 month: February has no 31st, so the span ends on its last day.
  if (start.day > daysInMonth(year, month)) return { year, month, day: daysInMonth(year, month) };
  return addDays({ year, month, day: start.day }, -1);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function startInstant(d: LocalDate): Date {
  return vietnamInstant(d.year, d.month, d.day);
}

export function endInstant(d: LocalDate): Date {
  return vietnamInstant(d.year, d.month, d.day, 23, 59, 59, 999);
}

export function monthEnd(year: number, month: number): LocalDate {
  return { year, month, day: daysInMonth(year, month) };
}
