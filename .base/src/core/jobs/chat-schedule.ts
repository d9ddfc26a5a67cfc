/** When a chat's digests are due, from its /caidat settings and the defaults. */
import { addDays } from '../time/local-date.ts';
import type { WorkCalendar } from '../time/work-calendar.ts';
import type { ChatRecord } from '../model/records.ts';
import { mondayOf } from './schedule-time.ts';

export const DEFAULT_SCHEDULE = {
  unitDigestTime: '07:30',
  steeringDigestTime: '16:30',
  /** Friday */
  weeklyDigestDay: 5,
  nudgeTime: '08:00',
} as const;

export function digestsEnabled(chat: ChatRecord): boolean {
  return chat.active && chat.settings.digestsEnabled !== false;
}

/** A digest due before the group was bound is not owed: the group has just received its task cards. */
export function boundBy(chat: ChatRecord, scheduledAt: Date): boolean {
  return chat.boundAt == null || chat.boundAt.getTime() <= scheduledAt.getTime();
}

export function nudgesEnabled(chat: ChatRecord): boolean {
  return chat.active && chat.settings.nudgesEnabled !== false;
}

export function unitDigestTime(chat: ChatRecord): string {
  return chat.settings.unitDigestTime ?? DEFAULT_SCHEDULE.unitDigestTime;
}

export function steeringDigestTime(chat: ChatRecord): string {
  return chat.settings.steeringDigestTime ?? DEFAULT_SCHEDULE.steeringDigestTime;
}

/**
 * The local date of the week's weekly edition: the configured weekday, or when that is a day off,
 * the last working day before it in the same week; null when the week has no such working day.
 */
export function weeklyDigestDate(localDate: string, weeklyDay: number, calendar: WorkCalendar): string | null {
  const monday = mondayOf(localDate);
  const day = Math.min(Math.max(Math.trunc(weeklyDay), 1), 7);
  for (let d = addDays(monday, day - 1); d >= monday; d = addDays(d, -1)) {
    if (calendar.isWorkingDay(d)) return d;
  }
  return null;
}

/** Whether localDate carries the weekly edition for a chat (which then replaces the daily one). */
export function isWeeklyDigestDay(chat: ChatRecord, localDate: string, calendar: WorkCalendar): boolean {
  const weeklyDay = chat.settings.weeklyDigestDay ?? DEFAULT_SCHEDULE.weeklyDigestDay;
  return weeklyDigestDate(localDate, weeklyDay, calendar) === localDate;
}
