import { periodLabel } from '../time/period-label.ts';
import { html, t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import { escapeHtml } from '../text/html.ts';
import type { PartState, TaskView } from '../status/derive-task-state.ts';
import { isOverdueOpen, overdueEntryOf, overdueLateText } from '../status/overdue-open.ts';
import { formatDateVi } from '../time/zone.ts';
import { owingUnitsText } from '../status/owing-units.ts';
import { roleText, stateLabel } from '../digest/wording.ts';

/** The unit a unit group's line is about: its own part ("Công an thành phố Trà Vinh (phối hợp)"), not the lead's (QA5 #1). */
function ownUnitText(part: PartState, locale: Locale): string {
  return part.role === 'support' ? `${part.assignment.unitName} (${roleText(part.role, locale)})` : part.assignment.unitName;
}

/**
 * `/quahan`: tasks overdue and open (isOverdueOpen: past their deadline, or reported done late and
 * awaiting confirmation; a recurring duty with a missed occurrence), with the unit that owes it and days
 * overdue; in a unit group, the tasks whose part of that unit is overdue, named with that unit. The
 * period, deadline and lateness are the row's own (overdueEntryOf): a missed occurrence against today,
 * a late "done" awaiting confirmation at that "done".
 */
export function composeOverdueList(views: readonly TaskView[], now: Date, locale: Locale, onlyUnitId?: number): string {
  const lines = [t(locale, 'overdue.title', { date: formatDateVi(now) })];
  const rows = views.flatMap((view): { view: TaskView; row: TaskView | PartState; part: PartState | null }[] => {
    if (onlyUnitId === undefined) return isOverdueOpen(view) ? [{ view, row: view, part: null }] : [];
    const part = view.parts.find((p) => p.assignment.unitId === onlyUnitId && isOverdueOpen(p));
    return part ? [{ view, row: part, part }] : [];
  });
  if (rows.length === 0) lines.push(t(locale, 'overdue.none'));
  for (const { view, row, part } of rows) {
    const { task } = view;
    const entry = overdueEntryOf(row, task.recurrence !== null, now);
    const { occurrence, due } = entry;
    const lead = task.assignments.find((a) => a.role === 'lead');
    const owing = part === null && entry.awaitingDoneAt === null ? owingUnitsText(view, occurrence, now, (role) => roleText(role, locale)) : null;
    lines.push(
      t(locale, 'overdue.line', {
        code: task.code,
        title: occurrence ? html(`${escapeHtml(task.title)}${t(locale, 'task.occurrence', { period: periodLabel(occurrence, locale) })}`) : task.title,
        unit: part ? ownUnitText(part, locale) : (owing ?? lead?.unitName ?? ''),
        due: due ? formatDateVi(due) : '',
        late: due ? overdueLateText({ state: row.state, doneReportedAt: entry.awaitingDoneAt }, due, now, locale) : '',
      }),
    );
    // a supporting unit's line names the lead's "done" awaiting confirmation as the lead's, as its /nhiemvu does
    const leadPart = part?.role === 'support' ? view.parts.find((p) => p.role === 'lead' && p.state === 'awaiting_confirmation') : undefined;
    if (leadPart) {
      const unit = leadPart.assignment.unitShortName ?? leadPart.assignment.unitName;
      lines.push(`  ${t(locale, 'line.lead_part', { unit, status: stateLabel(leadPart.state, locale) })}`);
    }
  }
  return lines.join('\n');
}
