import { daysInMonth, endInstant } from '../time/local-date.ts';
import { inVietnam } from '../time/zone.ts';
import { refuse, type Refusal } from './ports.ts';

/**
 * A date typed by a user (dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy, dd/MM) as the end of that
 * local day in Vietnam: "hạn 15/12" means the whole of 15/12 is still in time.
 */
export function parseUserDate(text: string, now: Date): Date | null {
  const read = readUserDate(text, now);
  return read.ok ? read.at : null;
}

/**
 * Why a typed date was refused, as the user is told: a day the month does not have ("31/02/2027") is named as such,
 * not sent back to the format it was already written in.
 */
export function userDateRefusal(text: string, now: Date): Refusal {
  const read = readUserDate(text, now);
  return !read.ok && read.calendar
    ? refuse('refuse.date_not_in_calendar', { text, month: read.calendar.month, year: read.calendar.year, days: read.calendar.days })
    : refuse('refuse.invalid_date', { text });
}

type UserDate = { ok: true; at: Date } | { ok: false; calendar?: { month: number; year: number; days: number } };

function readUserDate(text: string, now: Date): UserDate {
  const m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(text.trim());
  if (!m) return { ok: false };
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = m[3] ? Number(m[3]) : inVietnam(now).getFullYear();
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1) return { ok: false };
  const days = daysInMonth(year, month);
  if (day > days) return { ok: false, calendar: { month, year, days } };
  return { ok: true, at: endInstant({ year, month, day }) };
}
