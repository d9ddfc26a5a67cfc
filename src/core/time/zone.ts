import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** All schedules and deadlines are in Vietnam's time zone (UTC+7, no DST). */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** An instant as a date in Vietnam. */
export function inVietnam(instant: Date | number): TZDate {
  return new TZDate(typeof instant === 'number' ? instant : instant.getTime(), TIME_ZONE);
}

/** The instant of a local wall-clock time in Vietnam. month is 1-based. */
export function vietnamInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date {
  return new Date(new TZDate(year, month - 1, day, hour, minute, second, ms, TIME_ZONE).getTime());
}

/** Local calendar date in Vietnam as yyyy-MM-dd (the key for daily slots). */
export function localDateKey(instant: Date | number): string {
  return format(inVietnam(instant), 'yyyy-MM-dd');
}

/** dd/MM/yyyy, the format Vietnamese users read. */
export function formatDateVi(instant: Date | number): string {
  return format(inVietnam(instant), 'dd/MM/yyyy');
}

/** HH:mm dd/MM/yyyy. */
export function formatDateTimeVi(instant: Date | number): string {
  return format(inVietnam(instant), 'HH:mm dd/MM/yyyy');
}

/** Whole local calendar days from `from` to `to` in Vietnam (negative when `to` is earlier). */
export function calendarDaysBetween(from: Date | number, to: Date | number): number {
  const a = inVietnam(from);
  const b = inVietnam(to);
  const ua = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const ub = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((ub - ua) / 86_400_000);
}
