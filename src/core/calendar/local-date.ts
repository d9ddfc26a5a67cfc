/**
 * Arithmetic on local dates written yyyy-MM-dd. A local date has no time zone of its own,
 * so UTC midnight is used as a neutral carrier for weekday and day arithmetic.
 */
const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(localDate: string): number {
  const m = LOCAL_DATE.exec(localDate);
  if (!m) throw new Error(`Not a local date (yyyy-MM-dd): ${localDate}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(localDate: string, days: number): string {
  return fromUtc(toUtc(localDate) + days * DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(localDate: string): number {
  const day = new Date(toUtc(localDate)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function daysBetweenDates(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function localDateParts(localDate: string): { year: number; month: number; day: number } {
  const ms = toUtc(localDate);
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function makeLocalDate(year: number, month: number, day: number): string {
  return fromUtc(Date.UTC(year, month - 1, day));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
