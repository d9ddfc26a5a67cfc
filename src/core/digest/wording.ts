/** Shared phrases of digests and reports, Vietnamese first. */
import { calendarDaysBetween, formatDateVi } from '../time/zone.ts';
import type { Locale } from './types.ts';

/** "còn 2 ngày", "hạn hôm nay", "quá hạn 5 ngày" — whole local calendar days. */
export function daysLeftText(due: Date, now: Date, locale: Locale): string {
  if (due.getTime() < now.getTime()) {
    const late = Math.max(calendarDaysBetween(due, now), 0);
    if (late === 0) return locale === 'vi' ? 'quá hạn hôm nay' : 'overdue today';
    return locale === 'vi' ? `quá hạn ${late} ngày` : `${late} ${late === 1 ? 'day' : 'days'} overdue`;
  }
  const left = calendarDaysBetween(now, due);
  if (left === 0) return locale === 'vi' ? 'hạn hôm nay' : 'due today';
  return locale === 'vi' ? `còn ${left} ngày` : `${left} ${left === 1 ? 'day' : 'days'} left`;
}

export function dueText(due: Date | null, now: Date, locale: Locale): string {
  if (!due) return locale === 'vi' ? 'không có hạn' : 'no deadline';
  return `${locale === 'vi' ? 'hạn' : 'due'} ${formatDateVi(due)} (${daysLeftText(due, now, locale)})`;
}

export function roleText(role: 'lead' | 'support', locale: Locale): string {
  if (locale === 'vi') return role === 'lead' ? 'chủ trì' : 'phối hợp';
  return role === 'lead' ? 'lead' : 'support';
}

export function lastReportText(lastReportAt: Date | null, locale: Locale): string {
  if (!lastReportAt) return locale === 'vi' ? 'chưa báo cáo lần nào' : 'never reported';
  return `${locale === 'vi' ? 'báo cáo gần nhất' : 'last report'} ${formatDateVi(lastReportAt)}`;
}

export function percentOf(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part * 100) / total);
}
