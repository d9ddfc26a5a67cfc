/** What digests call out besides the buckets: parts nobody reported on, units that went quiet. */
import { isDoneState } from '../status/derive-task-state.ts';
import { calendarDaysBetween } from '../time/zone.ts';
import { byDueThenCode } from './bucket-tasks.ts';
import type { DigestTask, DigestUnit, SilentUnit } from './types.ts';

export const SILENT_DAYS = 7;

const latest = (...dates: (Date | null | undefined)[]): Date | null =>
  dates.reduce<Date | null>((max, d) => (d && (!max || d.getTime() > max.getTime()) ? d : max), null);

/** Still expected to report: not done (a supporting unit's finished part included), not awaiting confirmation. */
export function isOpenRow(row: DigestTask): boolean {
  return !isDoneState(row.state) && row.state !== 'awaiting_confirmation';
}

/**
 * Open rows with no report for silentDays. Silence counts from the last report, or, for a unit that
 * never reported, from when it got the task (or its group was connected, `postedAt`): a task posted
 * less than silentDays ago is not silent.
 */
export function silentTasks(rows: readonly DigestTask[], now: Date, silentDays = SILENT_DAYS, postedAt: Date | null = null): DigestTask[] {
  return rows
    .filter(isOpenRow)
    .filter((t) => {
      const from = latest(t.lastReportAt, t.assignedAt, postedAt);
      return !from || calendarDaysBetween(from, now) >= silentDays;
    })
    .sort(byDueThenCode);
}

/**
 * Units with open parts whose latest report on any task is silentDays or more ago (or never, and
 * they got the task and their group at least that long ago). Units with nothing open are not chased.
 * `postedAt`: when each unit's group was connected (units without a group are listed apart).
 */
export function findSilentUnits(
  parts: readonly DigestTask[],
  units: readonly DigestUnit[],
  now: Date,
  silentDays = SILENT_DAYS,
  postedAt: ReadonlyMap<string, Date | null> = new Map(),
): SilentUnit[] {
  const silent: SilentUnit[] = [];
  for (const unit of units) {
    const own = parts.filter((t) => t.unitCode === unit.code);
    if (!own.some(isOpenRow)) continue;
    const lastReport = latest(...own.map((t) => t.lastReportAt));
    // Counted from the unit's first open task: one new task does not excuse weeks of silence on the others.
    const firstAssigned = own.filter(isOpenRow).reduce<Date | null>((min, t) => (t.assignedAt && (!min || t.assignedAt < min) ? t.assignedAt : min), null);
    const from = latest(lastReport, firstAssigned, postedAt.get(unit.code));
    if (!from || calendarDaysBetween(from, now) >= silentDays) silent.push({ unitName: unit.shortName ?? unit.name, lastReportAt: lastReport });
  }
  return silent;
}
