/**
 * A recurring duty begins with its plan: without its own `from`, its first period is the first that
 * begins on or after the plan's issue date (a plan issued 28/08 owes its first monthly report for
 * September, none for the months before). Applied where a task is read, so every view (cards, lists,
 * digests, nudges, reports) computes its occurrences from the same start.
 */
import { addDays, isoWeekday, localDateParts, makeLocalDate, shiftMonth } from '../time/local-date.ts';
import type { Recurrence, RecurrenceFrequency } from './types.ts';

/** Months in one period of each month-based frequency (the occurrences in nudges/ count periods the same way). */
export const MONTHS_PER_PERIOD: Record<Exclude<RecurrenceFrequency, 'weekly'>, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

/** The first day (a local date key) of the first period of `frequency` that begins on or after `date`. */
export function firstPeriodStartOnOrAfter(frequency: RecurrenceFrequency, date: string): string {
  if (frequency === 'weekly') {
    const weekday = isoWeekday(date);
    return weekday === 1 ? date : addDays(date, 8 - weekday);
  }
  const size = MONTHS_PER_PERIOD[frequency];
  const { year, month, day } = localDateParts(date);
  const index = month - 1; // months since January
  if (day === 1 && index % size === 0) return date;
  const next = shiftMonth(year, month, size - (index % size));
  return makeLocalDate(next.year, next.month, 1);
}

/** The recurrence as the plan starts it: its own `from` when it has one, else the plan's first whole period. */
export function recurrenceInPlan(recurrence: Recurrence, planStart: string): Recurrence {
  if (recurrence.from) return recurrence;
  return { ...recurrence, from: firstPeriodStartOnOrAfter(recurrence.frequency, planStart) };
}
