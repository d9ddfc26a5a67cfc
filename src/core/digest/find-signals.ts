/** What the steering digest calls out: blockers raised since the last digest, units that went quiet. */
import { calendarDaysBetween } from '../time/zone.ts';
import type { DigestBlocker, DigestTask, DigestUnit, SilentUnit } from './types.ts';

/** Blocked tasks whose blocker was raised after `since` (the previous digest), oldest first. */
export function findNewBlockers(tasks: readonly DigestTask[], since: Date): DigestBlocker[] {
  return tasks
    .filter((t) => t.status === 'blocked' && t.blockerAt && t.blockerAt.getTime() > since.getTime())
    .map((t) => ({ code: t.code, title: t.title, unitName: t.unitName, note: t.blockerNote ?? '', at: t.blockerAt! }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * Units with open tasks whose latest report on any task is silentDays or more ago (or never).
 * Units with nothing open are not chased.
 */
export function findSilentUnits(tasks: readonly DigestTask[], units: readonly DigestUnit[], now: Date, silentDays = 7): SilentUnit[] {
  const silent: SilentUnit[] = [];
  for (const unit of units) {
    const own = tasks.filter((t) => t.unitCode === unit.code);
    if (!own.some((t) => t.status !== 'done' && t.status !== 'awaiting_confirmation')) continue;
    const latest = own.reduce<Date | null>((max, t) => (t.lastReportAt && (!max || t.lastReportAt > max) ? t.lastReportAt : max), null);
    if (!latest || calendarDaysBetween(latest, now) >= silentDays) silent.push({ unitName: unit.name, lastReportAt: latest });
  }
  return silent;
}
