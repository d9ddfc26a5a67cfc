import { foldVietnamese } from '../text/fold.ts';
import { blockerLineHtml } from '../digest/task-line.ts';
import { partStateLabel, reportedDoneText, roleText, stateLabel } from '../digest/wording.ts';
import { isPastDue } from '../status/owed-deadline.ts';
import { owingUnitsText } from '../status/owing-units.ts';
import { reportedTimeliness, settledTimeliness } from '../status/reported-timeliness.ts';
import { occurrenceStatusLine } from './status-line.ts';
import { owedMonthsLines } from './owed-months-lines.ts';
import { html, t } from '../i18n/translate.ts';
import type { Locale, ReportRecord } from '../model/records.ts';
import type { ExtensionRequestRecord } from '../ports/extension-store.ts';
import { isDoneState, type ListBucket, type PartState, type TaskView } from '../status/derive-task-state.ts';
import { escapeHtml } from '../text/html.ts';
import { formatDateTimeVi, formatDateVi } from '../time/zone.ts';
import { dueDistanceText } from '../status/days-to-due.ts';
import { periodLabel } from '../time/period-label.ts';
import { dueLine, settledOccurrenceLine } from './compose-task-message.ts';
import { percentText } from '../digest/wording.ts';
import { statusLabel } from './status-label.ts';
import { excerpt } from '../text/excerpt.ts';
import { RECEIPT_QUOTE_MAX } from './compose-report-receipt.ts';
import type { ClosedDoneReport } from './reassign-closed-reports.ts';
import type { AssignmentChangeView } from './assignment-changes.ts';
import { extensionDecisionLines, type ExtensionDecisionView } from './extension-decision-lines.ts';
import { secretariatActionOf, secretariatVerb } from '../status/secretariat-action.ts';

export interface DeadlineChangeView {
  at: Date;
  from: Date | null;
  to: Date | null;
  reason: string | null;
}

export interface TaskDetailInput {
  /** the task from deriveTaskState */
  view: TaskView;
  reports: readonly ReportRecord[];
  evidenceCount: number;
  deadlineChanges: readonly DeadlineChangeView[];
  /** extension requests still waiting for the committee: shown until decided */
  pendingExtensions?: readonly ExtensionRequestRecord[];
  /** extension requests approved or denied, in the order decided (a denial leaves no other trace) */
  decidedExtensions?: readonly ExtensionDecisionView[];
  /** "done" reports a reassignment closed: shown as void, never as an ordinary "done" */
  closedDones?: readonly ClosedDoneReport[];
  /** each /giao of the task, oldest first (assignment-changes.ts) */
  assignmentChanges?: readonly AssignmentChangeView[];
  /** unit code → the name tables show, for units no longer on the task (a lead before /giao) */
  unitNames?: ReadonlyMap<string, string>;
  now: Date;
  locale: Locale;
}

const pct = percentText;

function timelinessText(view: { state: TaskView['state']; listBucket: ListBucket; official: TaskView['official'] }, hasDue: boolean, locale: Locale): string {
  // a recurring duty confirmed for one occurrence is still overdue for a later one it owes
  if (isDoneState(view.state) && view.listBucket !== 'overdue') return '';
  const key =
    view.listBucket === 'due_soon' ? 'detail.due_soon' : view.official === 'openOverdue' ? 'detail.overdue' : hasDue ? 'detail.on_time' : 'detail.no_deadline';
  return ` · ${t(locale, key)}`;
}

/**
 * The deadline, judged at the lead's report once the task is reported done (never "quá hạn" for the
 * secretariat's wait). A recurring duty names the occurrence owed now and its due date: the one its
 * overdue is judged by (owed-deadline.ts), as /quahan and the lists name it; a "done" of an earlier
 * occurrence is a line of its own, judged by that occurrence's due date.
 */
function detailDueLine(view: TaskView, now: Date, locale: Locale): string {
  if (view.task.recurrence) {
    const owed =
      view.occurrence && view.due
        ? t(locale, 'task.due_recurring', {
            text: view.task.deadlineText ?? t(locale, 'task.recurring_default'),
            period: periodLabel(view.occurrence, locale),
            date: formatDateVi(view.due),
            left: dueDistanceText(view.due, now, locale),
          })
        : dueLine(view.task, now, locale);
    // each unit reports each occurrence: name the units that have not, when not the lead alone
    const units = view.due && isPastDue(view.due, now) ? owingUnitsText(view, view.occurrence, now, (role) => roleText(role, locale)) : null;
    const owedBy = units ? t(locale, 'detail.owed_by', { units }) : '';
    const settled = settledTimeliness(view);
    return settled ? `${owed}${owedBy}\n${settledOccurrenceLine(settled, locale)}` : `${owed}${owedBy}`;
  }
  const judged = reportedTimeliness(view);
  if (!judged?.due) return dueLine(view.task, now, locale);
  return t(locale, 'task.due_reported', { date: formatDateVi(judged.due), reported: reportedDoneText(judged, locale) });
}

/** A recurring duty several units owe: each unit's own occurrence (one may be a period behind the other). */
function partOwedText(view: TaskView, part: PartState, now: Date, locale: Locale): string {
  if (!view.task.recurrence || view.parts.length < 2 || !part.occurrence || !part.due) return '';
  return t(locale, 'detail.unit_owed', {
    period: periodLabel(part.occurrence, locale),
    date: formatDateVi(part.due),
    left: dueDistanceText(part.due, now, locale),
  });
}

/**
 * A unit's state and percent. A recurring duty's "done" of an earlier occurrence than the one the unit
 * owes now is labelled with its own period, and its percent is not shown beside the owed one (QA4 #3).
 */
function partStatus(view: TaskView, part: PartState, locale: Locale): { status: string; percent: string } {
  if (part.closedByLead) return { status: partStateLabel(part, locale), percent: '' };
  const status = stateLabel(part.state, locale);
  const done = isDoneState(part.state) || part.state === 'awaiting_confirmation';
  if (!view.task.recurrence || !done || !part.doneOccurrence || part.doneOccurrence === part.occurrence) return { status, percent: pct(part.percent) };
  return { status: t(locale, 'detail.part_done_period', { status, period: periodLabel(part.doneOccurrence, locale) }), percent: '' };
}

const HISTORY_SHOWN = 10;

/**
 * The newest reports, each saying what it did. An undo names the report it took back (its status and
 * time) and the status it restored; the report taken back says who undid it and when. `reports` may
 * hold more than are shown, so that the report an undo took back is found.
 */
function historyLines(
  reports: readonly ReportRecord[],
  closedDones: readonly ClosedDoneReport[],
  unitName: (code: string) => string,
  locale: Locale,
): string[] {
  const closedBy = new Map(closedDones.map((c) => [c.reportId, c.leadName]));
  const byId = new Map(reports.map((r) => [r.id, r]));
  const undoOf = new Map(reports.flatMap((r) => (r.retractsReportId === null ? [] : [[r.retractsReportId, r] as const])));
  const who = (r: ReportRecord) => r.reporterName ?? r.reporterId;
  return reports.slice(0, HISTORY_SHOWN).map((r) => {
    const common = {
      at: formatDateTimeVi(r.createdAt),
      unit: unitName(r.unitCode),
      who: who(r),
      status: statusLabel(r.status, locale),
      percent: pct(r.percent),
    };
    if (r.retractsReportId !== null) {
      const undone = byId.get(r.retractsReportId);
      const what = undone
        ? t(locale, 'detail.undo_what', { status: statusLabel(undone.status, locale), at: formatDateTimeVi(undone.createdAt) })
        : t(locale, 'detail.undo_what_unknown');
      return t(locale, 'detail.undo_line', { ...common, what: html(what) });
    }
    const undo = undoOf.get(r.id);
    const closedFor = closedBy.get(r.id);
    const mark = undo
      ? t(locale, 'detail.undone_mark', { at: formatDateTimeVi(undo.createdAt), who: who(undo) })
      : closedFor !== undefined
        ? t(locale, 'detail.reassigned_mark', { lead: closedFor })
        : '';
    // the secretariat's confirm, return or resolve is its act, never the unit's own progress
    const action = secretariatActionOf(r, reports);
    if (action)
      return (
        t(locale, 'detail.secretariat_line', {
          ...common,
          action: secretariatVerb(action, locale),
          // "Thường trực BCĐ (Lê Thị Mai)" already says the role
          role: /thuong truc/i.test(foldVietnamese(who(r))) ? '' : t(locale, 'detail.secretariat_role'),
          note: r.note ? `: ${excerpt(r.note, RECEIPT_QUOTE_MAX)}` : '',
        }) + mark
      );
    // Quoted short as the receipt quotes it: one long reply must not turn every /chitiet into a flood.
    return t(locale, 'detail.history_line', { ...common, note: r.note ? ` — ${excerpt(r.note, RECEIPT_QUOTE_MAX)}` : '' }) + mark;
  });
}

/** `/chitiet <mã>`: the task's state and each unit's part (both from deriveTaskState), the plan clause, the history. */
export function composeTaskDetail({
  view,
  reports,
  evidenceCount,
  deadlineChanges,
  pendingExtensions = [],
  decidedExtensions = [],
  closedDones = [],
  assignmentChanges = [],
  unitNames = new Map(),
  now,
  locale,
}: TaskDetailInput): string {
  const { task } = view;
  // the history names units as the parts above do, never by their codes
  const unitName = (code: string) => task.assignments.find((a) => a.unitCode === code)?.unitName ?? unitNames.get(code) ?? code;
  const lines = [
    t(locale, 'task.header', { title: task.title }),
    `<code>${escapeHtml(task.code)}</code> · ${t(locale, 'task.plan', { plan: task.planNumber, phase: task.phaseName ? ` · ${task.phaseName}` : '' })}`,
    detailDueLine(view, now, locale),
    occurrenceStatusLine(view, now, locale, true) ??
      t(locale, 'detail.status', {
        status: stateLabel(view.state, locale),
        percent: pct(view.percent),
        timeliness: timelinessText(view, view.due !== null, locale),
      }),
    ...owedMonthsLines(view, now, locale),
    ...view.blockers.map((b) => blockerLineHtml(b, now, locale, { showUnit: true })),
    ...pendingExtensions.map((request) =>
      t(locale, 'ext.pending_line', {
        unit: task.assignments.find((a) => a.unitId === request.unitId)?.unitName ?? '',
        to: formatDateVi(request.requestedDueAt),
        at: formatDateVi(request.createdAt),
        reason: excerpt(request.reason, RECEIPT_QUOTE_MAX),
      }),
    ),
    '',
    t(locale, 'detail.units'),
    ...view.parts.map((part) =>
      t(locale, 'detail.unit_line', {
        unit: part.assignment.unitName,
        role: t(locale, part.role === 'lead' ? 'role.lead' : 'role.support'),
        ...partStatus(view, part, locale),
        last: part.assignment.lastReportAt ? ` (${t(locale, 'detail.last_report')} ${formatDateVi(part.assignment.lastReportAt)})` : '',
        owed: html(partOwedText(view, part, now, locale)),
      }),
    ),
  ];
  const clause = task.sourceClause ?? task.body;
  if (clause) {
    lines.push('', t(locale, 'detail.source', { section: task.section ? ` (${task.section})` : '' }), `<blockquote>${escapeHtml(clause)}</blockquote>`);
  }
  lines.push('', reports.length ? t(locale, 'detail.history') : t(locale, 'detail.no_history'));
  lines.push(...historyLines(reports, closedDones, unitName, locale));
  lines.push('', t(locale, 'detail.evidence', { count: evidenceCount }));
  if (assignmentChanges.length) {
    lines.push(t(locale, 'detail.assignment_changes'));
    for (const c of assignmentChanges) {
      const support = c.support.length ? t(locale, 'assign.support_list', { units: c.support.join(', ') }) : t(locale, 'assign.support_none');
      lines.push(
        t(locale, c.fromLead === c.toLead ? 'detail.assignment_line_same' : 'detail.assignment_line', {
          at: formatDateVi(c.at),
          from: c.fromLead ?? '—',
          to: c.toLead,
          support,
          reason: c.reason ?? '',
        }),
      );
    }
  }
  lines.push(...extensionDecisionLines(decidedExtensions, locale));
  if (deadlineChanges.length) {
    lines.push(t(locale, 'detail.deadline_changes'));
    for (const c of deadlineChanges) {
      lines.push(
        t(locale, 'detail.deadline_line', {
          at: formatDateVi(c.at),
          from: c.from ? formatDateVi(c.from) : '—',
          to: c.to ? formatDateVi(c.to) : '—',
          reason: c.reason ?? '',
        }),
      );
    }
  }
  return lines.join('\n');
}
