import { periodLabel } from '../time/period-label.ts';
import { html, t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import { escapeHtml } from '../text/html.ts';
import type { PartState, TaskView } from '../status/derive-task-state.ts';

type JudgedRow = Pick<PartState, 'state' | 'doneReportedAt'>;
import { isOverdueOpen, overdueLateText } from '../status/overdue-open.ts';
import { formatDateVi } from '../time/zone.ts';
import { owingUnitsText } from '../status/owing-units.ts';
import { roleText } from '../digest/wording.ts';

/**
 * `/quahan`: tasks overdue and open (isOverdueOpen: past their deadline, or reported done late and
 * awaiting confirmation; a recurring duty with a missed occurrence), with the lead unit and days overdue; in a unit group, the
 * tasks whose part of that unit is overdue. The deadline shown is the one judged (derive-task-state).
 */
export function composeOverdueList(views: readonly TaskView[], now: Date, locale: Locale, onlyUnitId?: number): string {
  const lines = [t(locale, 'overdue.title', { date: formatDateVi(now) })];
  const rows = views.flatMap((view) => {
    if (onlyUnitId === undefined) return isOverdueOpen(view) ? [{ view, row: view as JudgedRow, due: view.due, occurrence: view.occurrence }] : [];
    const part = view.parts.find((p) => p.assignment.unitId === onlyUnitId && isOverdueOpen(p));
    return part ? [{ view, row: part as JudgedRow, due: part.due, occurrence: part.occurrence }] : [];
  });
  if (rows.length === 0) lines.push(t(locale, 'overdue.none'));
  for (const { view, row, due, occurrence } of rows) {
    const { task } = view;
    const lead = task.assignments.find((a) => a.role === 'lead');
    lines.push(
      t(locale, 'overdue.line', {
        code: task.code,
        title: occurrence ? html(`${escapeHtml(task.title)}${t(locale, 'task.occurrence', { period: periodLabel(occurrence, locale) })}`) : task.title,
        unit: (onlyUnitId === undefined ? owingUnitsText(view, occurrence, now, (role) => roleText(role, locale)) : null) ?? lead?.unitName ?? '',
        due: due ? formatDateVi(due) : '',
        late: due ? overdueLateText(row, due, now, locale) : '',
      }),
    );
  }
  return lines.join('\n');
}
