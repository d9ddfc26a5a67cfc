import { t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import type { OverdueFigures } from '../status/overdue-periods.ts';

/**
 * "Quá hạn: 3 nhiệm vụ, 8 lượt (nhiệm vụ định kỳ: 1 nhiệm vụ, 6 lượt, …)": the one figures line /quahan,
 * /kehoach, the digests and /baocao section III print (as marks), so a count of tasks is never read
 * against a list of entries. Null when every entry is its own task: the count already says it all.
 */
export function overdueFiguresLine(figures: OverdueFigures, locale: Locale): string | null {
  if (figures.entries <= figures.tasks) return null;
  const { tasks, entries, recurringTasks, recurringEntries } = figures;
  return t(locale, 'overdue.figures', { tasks, entries, recurring_tasks: recurringTasks, recurring_entries: recurringEntries });
}
