/**
 * The one meaning of "trước ngày D" (docs/deadlines.md, "the boundary rule"): under 'strict' (the
 * default, the literal reading) the last day that still counts is D−1; under 'inclusive' (chosen per
 * plan when the secretariat reads it as "by the 15th") it is D itself. Every reader of a "trước" date —
 * a single date, a day of each month, a day of each year — asks here.
 */
import { addDays, type DateKey, type LocalDate } from './local-date.ts';

export type BeforeBoundary = 'strict' | 'inclusive';

/** The last day that is still "trước ngày D". */
export function lastDayBefore(d: LocalDate, boundary: BeforeBoundary): LocalDate;
export function lastDayBefore(d: DateKey, boundary: BeforeBoundary): DateKey;
export function lastDayBefore(d: LocalDate | DateKey, boundary: BeforeBoundary): LocalDate | DateKey {
  if (boundary === 'inclusive') return d;
  return typeof d === 'string' ? addDays(d, -1) : addDays(d, -1);
}

/**
 * The same rule on a day number of a period ("trước ngày 20 hằng tháng" → 19 strict, 20 inclusive);
 * null when the day falls in the previous period (strict "trước ngày 1").
 */
export function lastDayNumberBefore(day: number, boundary: BeforeBoundary): number | null {
  if (boundary === 'inclusive') return day;
  return day > 1 ? day - 1 : null;
}
