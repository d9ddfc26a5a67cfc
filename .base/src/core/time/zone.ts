import { TZDate } from '@date-fns/tz';

/** All schedules and deadlines are in Vietnam's time zone (UTC+7, no DST). */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 1975, so the hot formatting paths
 * (every task line of every digest) shift by a constant instead of asking the zone database for the
 * offset each time; a test checks them against @date-fns/tz over 2020–2030.
 */
const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The instant's wall-clock fields in Vietnam, read through UTC getters. */
function wallClock(instant: Date | number): Date {
  return new Date((typeof instant === 'number' ? instant : instant.getTime()) + OFFSET_MS);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as a date in Vietnam. */
export function inVietnam(instant: Date | number): TZDate {
  return new TZDate(typeof instant === 'number' ? instant : instant.getTime(), TIME_ZONE);
}

/**
 * The instant of a local wall-clock time in Vietnam. month is 1-based; fields out of range roll over
 * as Date's do. The constant offset (see above) makes this ≈ 100× cheaper than asking the zone
 * database, which mattered: recurring duties list their occurrences through it in every view.
 */
export function vietnamInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, ms);
  return new Date(utc.getTime() - OFFSET_MS);
}

/** Local calendar date in Vietnam as yyyy-MM-dd (the key for daily slots). */
export function localDateKey(instant: Date | number): string {
  const d = wallClock(instant);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** dd/MM/yyyy, the format Vietnamese users read. */
export function formatDateVi(instant: Date | number): string {
  const d = wallClock(instant);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCFullYear(), 4)}`;
}

/** HH:mm dd/MM/yyyy. */
export function formatDateTimeVi(instant: Date | number): string {
  const d = wallClock(instant);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} ${formatDateVi(instant)}`;
}

/** Whole local calendar days from `from` to `to` in Vietnam (negative when `to` is earlier). */
export function calendarDaysBetween(from: Date | number, to: Date | number): number {
  const day = (instant: Date | number) => Math.floor(wallClock(instant).getTime() / DAY_MS);
  return day(to) - day(from);
}
