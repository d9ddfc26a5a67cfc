/**
 * A yearly duty's day as one number (the plan file's `day_of_period` of a yearly recurrence): the day of
 * a leap year, so every calendar day, 29/02 included, has exactly one number (30/11 → 335, 31/12 → 366).
 * In a common year 29/02 falls on 28/02.
 */
const LEAP_MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export const DAYS_IN_NUMBERED_YEAR = 366;

export function dayOfNumberedYear(month: number, day: number): number {
  return LEAP_MONTH_LENGTHS.slice(0, month - 1).reduce((sum, n) => sum + n, 0) + day;
}

/** The month and day of a number from dayOfNumberedYear; undefined outside 1–366. */
export function monthDayOfNumberedYear(dayNumber: number): { month: number; day: number } | undefined {
  if (!Number.isInteger(dayNumber) || dayNumber < 1 || dayNumber > DAYS_IN_NUMBERED_YEAR) return undefined;
  let rest = dayNumber;
  for (const [index, length] of LEAP_MONTH_LENGTHS.entries()) {
    if (rest <= length) return { month: index + 1, day: rest };
    rest -= length;
  }
  return undefined;
}

/** Whether month/day is a day of the numbered year (29/02 is; 31/04 is not). */
export function isDayOfNumberedYear(month: number, day: number): boolean {
  const length = LEAP_MONTH_LENGTHS[month - 1];
  return length !== undefined && Number.isInteger(day) && day >= 1 && day <= length;
}
