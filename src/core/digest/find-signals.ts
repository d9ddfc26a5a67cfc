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
 * Waiting on someone else, not on the unit: a blocked part (the blocker has its own section and age) or a
 * part whose extension request the committee has not decided (`waiting`, by `partKey`, holds when it was asked).
 */
function waitsOnOthers(row: DigestTask, waiting: ReadonlyMap<string, Date>): boolean {
  return row.state === 'blocked' || waiting.has(partKey(row.taskId, row.unitCode));
}

/** Key of one unit's part in a task, for `waiting`. */
export function partKey(taskId: string, unitCode: string): string {
  return `${taskId}:${unitCode}`;
}

/**
 * Open rows with no report for silentDays. Silence counts from the last report, or, for a unit that
 * never reported, from when it got the task (or its group was connected, `postedAt`): a task posted
 * less than silentDays ago is not silent.
 */
export function silentTasks(rows: readonly DigestTask[], now: Date, silentDays = SILENT_DAYS, postedAt: Date | null = null): DigestTask[] {
  return (
    rows
      .filter(isOpenRow)
      // a blocked part waits on others (its blocker is listed with its age)
      .filter((t) => t.state !== 'blocked')
      .filter((t) => {
        const from = latest(t.lastReportAt, t.assignedAt, postedAt);
        return !from || calendarDaysBetween(from, now) >= silentDays;
      })
      .sort(byDueThenCode)
  );
}

/**
 * Units with open parts whose latest report on any task is silentDays or more ago (or never, and
 * they got the task and their group at least that long ago). Units with nothing open are not chased.
 * `postedAt`: when each unit's group was connected (units without a group are listed apart). Parts that
 * wait on others do not make a unit silent, and an extension request counts as the unit's word.
 */
export function findSilentUnits(
  parts: readonly DigestTask[],
  units: readonly DigestUnit[],
  now: Date,
  silentDays = SILENT_DAYS,
  postedAt: ReadonlyMap<string, Date | null> = new Map(),
  waiting: ReadonlyMap<string, Date> = new Map(),
): SilentUnit[] {
  const silent: SilentUnit[] = [];
  for (const unit of units) {
    const own = parts.filter((t) => t.unitCode === unit.code);
    const chased = own.filter((t) => isOpenRow(t) && !waitsOnOthers(t, waiting));
    if (chased.length === 0) continue;
    const lastReport = latest(...own.map((t) => t.lastReportAt));
    const lastAsked = latest(...own.map((t) => waiting.get(partKey(t.taskId, t.unitCode))));
    // Counted from the unit's first chased task: one new task does not excuse weeks of silence on the others.
    const firstAssigned = chased.reduce<Date | null>((min, t) => (t.assignedAt && (!min || t.assignedAt < min) ? t.assignedAt : min), null);
    const from = latest(lastReport, lastAsked, firstAssigned, postedAt.get(unit.code));
    if (!from || calendarDaysBetween(from, now) >= silentDays) silent.push({ unitName: unit.shortName ?? unit.name, lastReportAt: lastReport });
  }
  return silent;
}
