import { statusPayload } from '../actions/action-payload.ts';
import { blockerLineHtml } from '../digest/task-line.ts';
import { partStateLabel, reportedDoneText, stateLabel } from '../digest/wording.ts';
import { dueDistanceText } from '../status/days-to-due.ts';
import { isDoneState, type PartState, partOf, type TaskView } from '../status/derive-task-state.ts';
import { type ReportedTimeliness, reportedTimeliness, settledTimeliness } from '../status/reported-timeliness.ts';
import { occurrenceStatusLine } from './status-line.ts';
import { overduePeriodsOf } from '../status/overdue-periods.ts';
import { isPastDue } from '../status/owed-deadline.ts';
import { html, type SafeHtml, t } from '../i18n/translate.ts';
import type { Locale, Role, TaskRecord } from '../model/records.ts';
import type { OutgoingMessage } from '../model/outgoing.ts';
import { escapeHtml } from '../text/html.ts';
import { periodLabel } from '../time/period-label.ts';
import { percentText } from '../digest/wording.ts';
import { formatDateVi } from '../time/zone.ts';

/**
 * The status buttons of a task message; each carries the command that does the same where a channel
 * has no buttons (see fitToChannel).
 */
export function statusButtons(task: Pick<TaskRecord, 'id' | 'code'>, locale: Locale) {
  const en = locale === 'en';
  return [
    [
      { text: t(locale, 'button.in_progress'), data: statusPayload(task.id, 'ip'), fallback: `/tiendo ${task.code} <%>` },
      { text: t(locale, 'button.done'), data: statusPayload(task.id, 'dn'), fallback: `/xong ${task.code}` },
    ],
    [
      { text: t(locale, 'button.blocked'), data: statusPayload(task.id, 'bl'), fallback: `/vuongmac ${task.code} ${en ? '<reason>' : '<lý do>'}` },
      detailButton(task, locale),
    ],
  ];
}

function detailButton(task: Pick<TaskRecord, 'id' | 'code'>, locale: Locale) {
  return { text: t(locale, 'button.detail'), data: statusPayload(task.id, 'dt'), fallback: `/chitiet ${task.code}` };
}

export function dueLine(task: TaskRecord, now: Date, locale: Locale): string {
  if (!task.dueAt) return t(locale, 'task.no_due', { text: task.deadlineText ?? t(locale, 'task.no_due_default') });
  return t(locale, 'task.due', { date: formatDateVi(task.dueAt), left: dueDistanceText(task.dueAt, now, locale) });
}

function unitNames(task: TaskRecord, role: Role, exceptUnitId: number | null): string {
  return task.assignments
    .filter((a) => a.role === role && a.unitId !== exceptUnitId)
    .map((a) => a.unitName)
    .join(', ');
}

/** "Kỳ tháng 03/2023 (hạn 19/03/2023): báo hoàn thành 21/03/2023, trễ 2 ngày": a recurring duty's "done", judged by the occurrence it settled. */
export function settledOccurrenceLine(settled: ReportedTimeliness, locale: Locale): string {
  return t(locale, 'task.occurrence_reported', {
    period: periodLabel(settled.occurrence ?? '', locale),
    date: settled.due ? formatDateVi(settled.due) : '',
    reported: reportedDoneText(settled, locale),
  });
}

/** The "done" a unit's card judges: a supporting unit's own once it reported its part done, else the lead's (the task's). */
function doneOnCard(view: TaskView, own: PartState | null) {
  return own?.role === 'support' && own.doneReportedAt ? own : view;
}

/** "Các kỳ còn nợ (quá hạn): tháng 03/2023, …": every overdue period the card's unit owes, when more than one. */
function owedPeriodsLine(view: TaskView, own: PartState | null, now: Date, locale: Locale): string[] {
  const owed = own ? overduePeriodsOf(view, now, own.assignment.unitId).filter((p) => p.awaitingDoneAt === null && p.occurrence) : [];
  if (owed.length < 2) return [];
  return [t(locale, 'card.owed_periods', { periods: owed.map((p) => periodLabel(p.occurrence!, locale)).join(', ') })];
}

/** " — đã quá hạn" once the deadline is behind `now`: the only mark of time on a card. */
function pastDueMark(due: Date, now: Date, locale: Locale): SafeHtml {
  return html(isPastDue(due, now) ? t(locale, 'card.past_due') : '');
}

/**
 * The card stays in the chat for weeks, so it carries no count of days ("còn 15 ngày" would be wrong
 * the next morning): only the deadline's date, and "đã quá hạn" once it is behind. That mark changes at
 * a deadline, and the daily card-deadlines job edits the card then (jobs/card-deadlines.ts); the live
 * count is in /nhiemvu and /chitiet. Once the lead reported done, the deadline is judged at that report,
 * as /chitiet judges it.
 */
function cardDueLine(view: TaskView, own: PartState | null, now: Date, locale: Locale): string {
  const { task } = view;
  // a recurring duty: the occurrence this unit owes now, the one /nhiemvu and /chitiet name
  // while later occurrences remain it is owed whatever the last "done" was; that "done" is judged by its own occurrence
  const owed = own ?? view;
  if (task.recurrence) {
    const line =
      owed.occurrence && owed.due
        ? t(locale, 'task.due_recurring_card', {
            date: formatDateVi(owed.due),
            text: task.deadlineText ?? t(locale, 'task.recurring_default'),
            period: periodLabel(owed.occurrence, locale),
            overdue: pastDueMark(owed.due, now, locale),
          })
        : task.dueAt
          ? t(locale, 'task.due_card', { date: formatDateVi(task.dueAt), overdue: pastDueMark(task.dueAt, now, locale) })
          : dueLine(task, now, locale);
    const done = doneOnCard(view, own);
    const settled = settledTimeliness(done);
    // the lead's "done" on a supporting unit's card is named as the lead's, never read as the unit's own
    const lead = own?.role === 'support' && done === view ? view.parts.find((p) => p.role === 'lead') : undefined;
    const settledLine = settled
      ? lead
        ? t(locale, 'line.lead_part', { unit: lead.assignment.unitShortName ?? lead.assignment.unitName, status: settledOccurrenceLine(settled, locale) })
        : settledOccurrenceLine(settled, locale)
      : null;
    return [line, ...owedPeriodsLine(view, own, now, locale), ...(settledLine ? [settledLine] : [])].join('\n');
  }
  if (!task.dueAt) return dueLine(task, now, locale);
  const judged = reportedTimeliness(view);
  if (judged) return t(locale, 'task.due_reported', { date: formatDateVi(task.dueAt), reported: reportedDoneText(judged, locale) });
  return t(locale, 'task.due_card', { date: formatDateVi(task.dueAt), overdue: pastDueMark(task.dueAt, now, locale) });
}

const pct = percentText;

/**
 * The task's state as /chitiet names it. A supporting unit also reads its own part whenever its state
 * or progress differs from the task's; then the task's percent (the lead's progress) is left off its
 * line, so the only percent on the card is the unit's own (docs/status.md).
 */
function stateLines(view: TaskView, own: PartState | null, now: Date, locale: Locale): string[] {
  // a recurring duty: each unit reports each occurrence, so its card speaks of the occurrence it owes itself
  const ownOccurrence = own && view.task.recurrence ? occurrenceStatusLine({ ...own, task: view.task }, now, locale, false) : null;
  const ownDiffers =
    !ownOccurrence && own !== null && own.role === 'support' && (own.state !== view.state || (!isDoneState(own.state) && own.percent !== view.percent));
  const percent = ownDiffers ? '' : pct(view.percent);
  const lines = [
    ownOccurrence ??
      occurrenceStatusLine(view, now, locale, false) ??
      t(locale, 'detail.status', { status: stateLabel(view.state, locale), percent, timeliness: '' }),
  ];
  if (own && ownDiffers) {
    lines.push(t(locale, 'card.own_part', { status: stateLabel(own.state, locale), percent: isDoneState(own.state) ? '' : pct(own.percent) }));
  } else if (own?.closedByLead) {
    // the task's "Hoàn thành" is the lead's: the supporting unit reads that its own part was never reported done
    lines.push(t(locale, 'card.own_part', { status: partStateLabel(own, locale), percent: '' }));
  }
  // the blocker's date, not its age in days: the card is not edited each day
  return [...lines, ...view.blockers.map((b) => blockerLineHtml(b, now, locale, { showUnit: true, age: false }))];
}

/** An extension a unit asked for that the steering group has not decided (ExtensionStore.pendingForTask). */
export interface PendingExtensionOnCard {
  unitId: number;
  requestedDueAt: Date;
}

/** The card's line per undecided extension: the unit's own request plainly, another unit's by name. */
export function pendingExtensionLines(task: TaskRecord, unitId: number, pending: readonly PendingExtensionOnCard[], locale: Locale): string[] {
  return pending.map((request) => {
    const date = formatDateVi(request.requestedDueAt);
    const unit = task.assignments.find((a) => a.unitId === request.unitId)?.unitName;
    // the unit's own request, or one by a unit /giao has since taken off the task: no name to give
    if (request.unitId === unitId || !unit) return t(locale, 'card.extension_pending', { date });
    return t(locale, 'card.extension_pending_by', { unit, date });
  });
}

/**
 * The card a unit group receives for one task it leads or supports, as the task stands (`view`, from
 * deriveTaskState): posted when the task is given, edited in place whenever its state changes
 * (refresh-task-cards.ts). An extension still waiting for the steering group's decision is shown
 * under the deadline it would move. A confirmed task keeps only [Chi tiết]; a task the plan no
 * longer has says so and keeps no buttons.
 */
export function composeTaskCard(
  view: TaskView,
  unitId: number,
  now: Date,
  locale: Locale,
  replyThreads = true,
  pendingExtensions: readonly PendingExtensionOnCard[] = [],
): OutgoingMessage {
  const { task } = view;
  const own = partOf(view, unitId);
  const role = own?.role ?? 'support';
  const lines = [
    t(locale, 'task.header', { title: task.title }),
    t(locale, 'task.code_role', { code: task.code, role: t(locale, role === 'lead' ? 'role.lead' : 'role.support') }),
    t(locale, 'task.plan', { plan: task.planNumber, phase: task.phaseName ? ` · ${task.phaseName}` : '' }),
  ];
  if (task.archivedAt) {
    lines.push(t(locale, 'card.archived', { plan: task.planNumber, date: formatDateVi(task.archivedAt) }));
    return { html: lines.join('\n') };
  }
  lines.push(cardDueLine(view, own, now, locale));
  // a recurring duty stays open for its later occurrences: reported on as before, only its "done" was confirmed
  const closed = isDoneState(view.state) && !(task.recurrence && view.due);
  if (!closed) lines.push(...pendingExtensionLines(task, unitId, pendingExtensions, locale));
  lines.push(...stateLines(view, own, now, locale));
  const leads = unitNames(task, 'lead', unitId);
  const supports = unitNames(task, 'support', unitId);
  if (leads) lines.push(t(locale, 'task.lead_units', { units: leads }));
  if (supports) lines.push(t(locale, 'task.support_units', { units: supports }));
  const clause = task.sourceClause ?? task.body;
  if (clause) lines.push(`<blockquote>${escapeHtml(clause)}</blockquote>`);
  if (closed) {
    lines.push(t(locale, 'card.done_hint'));
    return { html: lines.join('\n'), buttons: [[detailButton(task, locale)]] };
  }
  if (isDoneState(view.state)) {
    const period = view.doneOccurrence ? periodLabel(view.doneOccurrence, locale) : '';
    lines.push(period ? t(locale, 'card.recurring_confirmed_hint', { period }) : t(locale, 'card.recurring_confirmed_hint_plain'));
  }
  // Where members cannot reply to this message (Zalo), they name its code after a mention of the bot.
  lines.push(replyThreads ? t(locale, 'task.reply_hint') : t(locale, 'task.mention_hint', { code: task.code }));
  return { html: lines.join('\n'), buttons: statusButtons(task, locale) };
}

/**
 * The card of a unit that /giao took off the task: worded as an archived task's card, it says the
 * task is no longer the unit's and who leads it now; only [Chi tiết] is left (the task lives on,
 * and its status buttons would be refused).
 */
export function composeUnassignedCard(task: TaskRecord, leadName: string, now: Date, locale: Locale, byReimport = false): OutgoingMessage {
  const lines = [
    t(locale, 'task.header', { title: task.title }),
    t(locale, 'card.code', { code: task.code }),
    t(locale, 'task.plan', { plan: task.planNumber, phase: task.phaseName ? ` · ${task.phaseName}` : '' }),
    t(locale, byReimport ? 'card.unassigned_reimport' : 'card.unassigned', { date: formatDateVi(now), lead: leadName, plan: task.planNumber }),
  ];
  return { html: lines.join('\n'), buttons: [[detailButton(task, locale)]] };
}
