/** Local times of day and periods for schedules, all in Asia/Ho_Chi_Minh. */
import { addDays, isoWeekday, localDateParts, makeLocalDate } from '../time/local-date.ts';
import { vietnamInstant } from '../time/zone.ts';

const TIME_OF_DAY = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of "HH:mm", or null when it is not a time of day. */
export function parseTimeOfDay(text: string): number | null {
  const m = TIME_OF_DAY.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The instant of local time hh:mm on a local date; an invalid time falls back to `fallback`. */
export function atLocalTime(localDate: string, hhmm: string, fallback: string): Date {
  const minutes = parseTimeOfDay(hhmm) ?? parseTimeOfDay(fallback) ?? 0;
  const { year, month, day } = localDateParts(localDate);
  return vietnamInstant(year, month, day, Math.floor(minutes / 60), minutes % 60);
}

/** The first instant of the local day after localDate: the end of a daily slot's relevance. */
export function endOfLocalDay(localDate: string): Date {
  const { year, month, day } = localDateParts(addDays(localDate, 1));
  return vietnamInstant(year, month, day);
}

/** The Monday of the ISO week of localDate. */
export function mondayOf(localDate: string): string {
  return addDays(localDate, -(isoWeekday(localDate) - 1));
}

/** The first instant after the ISO week (Monday–Sunday) of localDate: the end of a weekly slot's relevance. */
export function endOfIsoWeek(localDate: string): Date {
  return endOfLocalDay(addDays(mondayOf(localDate), 6));
}

/** The Monday of an ISO week key such as 2023-W09 (week 1 is the week of 4 January). */
export function isoWeekMonday(weekKey: string): string | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(weekKey);
  if (!m) return null;
  return addDays(mondayOf(makeLocalDate(Number(m[1]), 1, 4)), (Number(m[2]) - 1) * 7);
}

/**
 * Until when a missed daily digest is still worth sending late: the same day, before quiet hours
 * begin (a digest read the next morning is stale; the next one folds it in instead).
 */
export function digestRelevantUntil(localDate: string, scheduledAt: Date, quietStart: string | null): Date {
  const endOfDay = endOfLocalDay(localDate);
  if (quietStart === null || parseTimeOfDay(quietStart) === null) return endOfDay;
  const quiet = atLocalTime(localDate, quietStart, quietStart);
  return quiet.getTime() > scheduledAt.getTime() ? quiet : endOfDay;
}
