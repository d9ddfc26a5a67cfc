import { t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import type { TaskView } from '../status/derive-task-state.ts';
import { calendarDaysBetween, formatDateVi } from '../time/zone.ts';

/**
 * `/quahan`: tasks in the overdue bucket (open, past their deadline, not awaiting confirmation),
 * with the lead unit and days overdue; in a unit group, the tasks whose part of that unit is overdue.
 */
export function composeOverdueList(views: readonly TaskView[], now: Date, locale: Locale, onlyUnitId?: number): string {
  const overdue = views.filter((view) =>
    onlyUnitId === undefined ? view.listBucket === 'overdue' : view.parts.some((p) => p.assignment.unitId === onlyUnitId && p.listBucket === 'overdue'),
  );
  const lines = [t(locale, 'overdue.title', { date: formatDateVi(now) })];
  if (overdue.length === 0) lines.push(t(locale, 'overdue.none'));
  for (const { task } of overdue) {
    const lead = task.assignments.find((a) => a.role === 'lead');
    lines.push(
      t(locale, 'overdue.line', {
        code: task.code,
        title: task.title,
        unit: lead?.unitName ?? '',
        due: task.dueAt ? formatDateVi(task.dueAt) : '',
        days: task.dueAt ? Math.max(calendarDaysBetween(task.dueAt, now), 1) : 0,
      }),
    );
  }
  return lines.join('\n');
}
