/**
 * The one rule of "còn N ngày" / "hạn hôm nay" / "quá hạn N ngày": whole local calendar days
 * (Asia/Ho_Chi_Minh) between today and the deadline's date, as the deadline itself is written
 * ("trước ngày 15/12"). Lists, /chitiet, task cards, digests, /quahan, /baocao and the nudges all
 * word it here, so no two views count differently. Nudges are still *sent* on working days only
 * (plan-nudges.ts); what they say is this count.
 */
// Only the time zone: task-status.ts (imported by the records) asks here too.
import { calendarDaysBetween } from '../time/zone.ts';

type Locale = 'vi' | 'en';

/** "Sắp đến hạn" means due today or within this many days (the list heading says "≤ 3 ngày"). */
export const DUE_SOON_DAYS = 3;

export type DueDistance = { kind: 'left'; days: number } | { kind: 'due_today' } | { kind: 'overdue'; days: number };

/** How far a deadline is from `now`; overdue (the due instant has passed) counts at least 1 day. */
export function dueDistance(due: Date, now: Date): DueDistance {
  // past once the due instant is behind us, as owed-deadline.ts isPastDue
  if (now.getTime() > due.getTime()) return { kind: 'overdue', days: Math.max(calendarDaysBetween(due, now), 1) };
  const left = calendarDaysBetween(now, due);
  return left <= 0 ? { kind: 'due_today' } : { kind: 'left', days: left };
}

/** Due today or within DUE_SOON_DAYS days, counted as the text counts them, so "còn 3 ngày" is under "Sắp đến hạn (≤ 3 ngày)". */
export function isDueSoon(due: Date, now: Date): boolean {
  const distance = dueDistance(due, now);
  return distance.kind === 'due_today' || (distance.kind === 'left' && distance.days <= DUE_SOON_DAYS);
}

/** Whole days a deadline is behind `now` (0 while not past), by the same rule. */
export function daysOverdue(due: Date, now: Date): number {
  const distance = dueDistance(due, now);
  return distance.kind === 'overdue' ? distance.days : 0;
}

/** "còn 2 ngày", "hạn hôm nay", "quá hạn 5 ngày" (English: "2 days left", "due today", "5 days overdue"). */
export function dueDistanceText(due: Date, now: Date, locale: Locale): string {
  const distance = dueDistance(due, now);
  const vi = locale === 'vi';
  if (distance.kind === 'due_today') return vi ? 'hạn hôm nay' : 'due today';
  const n = distance.days;
  const days = `${n} ${n === 1 ? 'day' : 'days'}`;
  if (distance.kind === 'overdue') return vi ? `quá hạn ${n} ngày` : `${days} overdue`;
  return vi ? `còn ${n} ngày` : `${days} left`;
}
