import { periodLabel } from '../time/period-label.ts';
import { html, t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import { escapeHtml } from '../text/html.ts';
import type { TaskView } from '../status/derive-task-state.ts';
import { overdueLateText } from '../status/overdue-open.ts';
import { type OverduePeriod, overdueEntriesOf, overdueFiguresOf } from '../status/overdue-periods.ts';
import { overdueFiguresLine } from '../digest/overdue-figures-line.ts';
import { formatDateVi } from '../time/zone.ts';
import { roleText, stateLabel } from '../digest/wording.ts';

/**
 * The unit a line names. A recurring duty's line is one unit's period: named with its role when the duty
 * has several units (in its own group a lead is just itself, a supporting unit "(phối hợp)", QA5 #1); a
 * one-off task's plan-level line names its lead.
 */
function unitText(view: TaskView, period: OverduePeriod, inUnitGroup: boolean, locale: Locale): string {
  const { part } = period;
  if (!part) return view.task.assignments.find((a) => a.role === 'lead')?.unitName ?? '';
  const labelled = part.role === 'support' || (!inUnitGroup && view.task.recurrence !== null && view.parts.length > 1);
  return labelled ? `${part.assignment.unitName} (${roleText(part.role, locale)})` : part.assignment.unitName;
}

/**
 * `/quahan`: every overdue unit-period (overdueEntriesOf): a one-off task past its deadline or reported
 * done late and awaiting confirmation, with its lead; a recurring duty, one line per unit and per period
 * it owes, the lead's late "done" awaiting confirmation included; in a unit group, that unit's own. The
 * lateness is against today, or at the awaiting "done". Listed by deadline, then code, as /baocao
 * section III; the figures line says how many tasks the entries are when a recurring duty owes several.
 */
export function composeOverdueList(views: readonly TaskView[], now: Date, locale: Locale, onlyUnitId?: number): string {
  const lines = [t(locale, 'overdue.title', { date: formatDateVi(now) })];
  const entries = overdueEntriesOf(views, now, onlyUnitId);
  const figures = overdueFiguresLine(overdueFiguresOf(entries), locale);
  if (figures) lines.push(figures);
  for (const [i, { view, period }] of entries.entries()) {
    const { task } = view;
    const { occurrence, due } = period;
    lines.push(
      t(locale, 'overdue.line', {
        code: task.code,
        title: occurrence ? html(`${escapeHtml(task.title)}${t(locale, 'task.occurrence', { period: periodLabel(occurrence, locale) })}`) : task.title,
        unit: unitText(view, period, onlyUnitId !== undefined, locale),
        due: formatDateVi(due),
        late: overdueLateText({ state: period.state, doneReportedAt: period.awaitingDoneAt }, due, now, locale),
      }),
    );
    // a supporting unit's lines name the lead's "done" awaiting confirmation as the lead's, as its /nhiemvu
    // does: once, under the task's last line
    if (entries.slice(i + 1).some((later) => later.view === view)) continue;
    const own = onlyUnitId === undefined ? null : period.part;
    const leadPart = own?.role === 'support' ? view.parts.find((p) => p.role === 'lead' && p.state === 'awaiting_confirmation') : undefined;
    if (leadPart) {
      const unit = leadPart.assignment.unitShortName ?? leadPart.assignment.unitName;
      lines.push(`  ${t(locale, 'line.lead_part', { unit, status: stateLabel(leadPart.state, locale) })}`);
    }
  }
  if (entries.length === 0) lines.push(t(locale, 'overdue.none'));
  return lines.join('\n');
}
