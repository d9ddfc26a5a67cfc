import { periodLabel } from '../time/period-label.ts';
import { html, t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import { escapeHtml } from '../text/html.ts';
import type { TaskView } from '../status/derive-task-state.ts';
import { dueDistanceText } from '../status/days-to-due.ts';
import { formatDateVi } from '../time/zone.ts';

/**
 * `/quahan`: tasks in the overdue bucket (open, past their deadline, not awaiting confirmation; a
 * recurring duty with a missed occurrence), with the lead unit and days overdue; in a unit group, the
 * tasks whose part of that unit is overdue. The deadline shown is the one judged (derive-task-state).
 */
export function composeOverdueList(views: readonly TaskView[], now: Date, locale: Locale, onlyUnitId?: number): string {
  const lines = [t(locale, 'overdue.title', { date: formatDateVi(now) })];
  const rows = views.flatMap((view) => {
    if (onlyUnitId === undefined) return view.listBucket === 'overdue' ? [{ view, due: view.due, occurrence: view.occurrence }] : [];
    const part = view.parts.find((p) => p.assignment.unitId === onlyUnitId && p.listBucket === 'overdue');
    return part ? [{ view, due: part.due, occurrence: part.occurrence }] : [];
  });
  if (rows.length === 0) lines.push(t(locale, 'overdue.none'));
  for (const { view, due, occurrence } of rows) {
    const { task } = view;
    const lead = task.assignments.find((a) => a.role === 'lead');
    lines.push(
      t(locale, 'overdue.line', {
        code: task.code,
        title: occurrence ? html(`${escapeHtml(task.title)}${t(locale, 'task.occurrence', { period: periodLabel(occurrence, locale) })}`) : task.title,
        unit: lead?.unitName ?? '',
        due: due ? formatDateVi(due) : '',
        late: due ? dueDistanceText(due, now, locale) : '',
      }),
    );
  }
  return lines.join('\n');
}
