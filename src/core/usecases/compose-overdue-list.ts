import { t } from '../i18n/translate.ts';
import type { Locale, TaskRecord } from '../model/records.ts';
import { judgeTimeliness } from '../status/task-status.ts';
import { calendarDaysBetween, formatDateVi } from '../time/zone.ts';

/** `/quahan`: open tasks past their deadline, with the lead unit and days overdue. */
export function composeOverdueList(tasks: readonly TaskRecord[], now: Date, locale: Locale, onlyUnitId?: number): string {
  const overdue = tasks.filter(
    (task) =>
      task.status !== 'awaiting_confirmation' &&
      judgeTimeliness({ status: task.status, due: task.dueAt, now }) === 'overdue' &&
      (onlyUnitId === undefined || task.assignments.some((a) => a.unitId === onlyUnitId)),
  );
  const lines = [t(locale, 'overdue.title', { date: formatDateVi(now) })];
  if (overdue.length === 0) lines.push(t(locale, 'overdue.none'));
  for (const task of overdue) {
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
