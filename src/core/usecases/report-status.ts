import type { Actor, ChatRecord, ReportChannel, ReportRecord, Role, TaskRecord } from '../model/records.ts';
import type { TaskStatus } from '../status/task-status.ts';
import { blockerRunStart } from './blocker-run.ts';
import { notifySteeringOfReport } from './notify-steering-of-report.ts';
import { t } from '../i18n/translate.ts';
import { formatDateTimeVi } from '../time/zone.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';
import { refuseArchived } from './refuse-archived.ts';
import { isClosedTask } from '../status/closed-task.ts';
import { refuseNoRole } from './refuse-no-role.ts';
import { refreshTaskCards } from './refresh-task-cards.ts';
import { statusLabel } from './status-label.ts';
import { closeDoneAsks, findPendingDone } from './steering-done-ask.ts';
import { closeBlockerNotices } from './close-blocker-notices.ts';
import { awaitingDoneName, creditedPeriod, donePeriod, periodsStillOwed } from './recurring-done-period.ts';

export type ReportedStatus = Exclude<TaskStatus, 'awaiting_confirmation' | 'returned'>;

export interface ReportStatusInput {
  task: TaskRecord;
  unitId: number;
  reporter: Actor;
  status: ReportedStatus;
  percent: number | null;
  note: string | null;
  channel: ReportChannel;
  /** where the report was written: authority comes from the group's binding */
  chat: ChatRecord;
  sourceMessageId: string | null;
  now: Date;
}

/** `period`: a recurring duty's occurrence the "done" was credited to, as people write it ("tháng 06/2023") */
/** `stillOwed`: the overdue periods of a recurring duty the unit still owes after this "done" */
export type ReportStatusResult = { ok: true; report: ReportRecord; task: TaskRecord; role: Role; period?: string; stillOwed?: readonly string[] } | Refusal;

/** Checks that the report may be made for this unit and task; null when it may. */
export async function checkReportAuthority(ports: WorkflowPorts, input: { task: TaskRecord; unitId: number; chat: ChatRecord }): Promise<Refusal | null> {
  const { task, unitId, chat } = input;
  const archived = refuseArchived(task);
  if (archived) return archived;
  if (chat.kind !== 'unit' || chat.unitId !== unitId) return refuse('refuse.unit_only');
  if (!task.assignments.some((a) => a.unitId === unitId)) return refuseNoRole(ports, task, unitId);
  if (isClosedTask(task)) return refuse('refuse.task_done', { code: task.code });
  return null;
}

/**
 * A report without a percent keeps the unit's earlier one, except an earlier 100: that was a "done" (its
 * own, or the lead's it followed), and a later blocker or progress report says the part is not done, so
 * it would read "Vướng mắc 100%" (a supporting unit's /chitiet after the lead finished, QA9 #2).
 */
function percentFor(status: ReportedStatus, stated: number | null, previous: number | null): number | null {
  if (status === 'done') return 100;
  if (status === 'not_started') return stated ?? 0;
  return stated ?? (previous === 100 ? null : previous);
}

/**
 * One status report, however it arrived (button, command, free-text reply). A lead's "done" makes
 * the task wait for the secretariat's confirmation; a supporting unit's only closes its own part.
 */
export async function reportStatus(ports: WorkflowPorts, input: ReportStatusInput): Promise<ReportStatusResult> {
  const refusal = await checkReportAuthority(ports, input);
  if (refusal) return refusal;
  const { task, now } = input;
  const assignment = task.assignments.find((a) => a.unitId === input.unitId)!;
  const isLead = assignment.role === 'lead';
  if (isLead && input.status === 'done' && task.status === 'awaiting_confirmation') {
    // a recurring duty's card already asks for the next period: say which period's "done" is waiting
    const reports = task.recurrence ? await ports.stores.reports.history(task.id, 500) : [];
    const pending = task.recurrence ? findPendingDone(reports, input.unitId) : null;
    return refuse('refuse.already_awaiting', { code: awaitingDoneName(task, reports, pending, input.chat.locale) });
  }
  // a recurring duty's "done" is for the period it names when the unit owes it, else the earliest owed
  const period = input.status === 'done' ? await donePeriod(ports, { task, assignment, note: input.note, now, locale: input.chat.locale }) : null;
  if (period && !period.ok) return period;
  // A lead reporting again while its "done" awaits confirmation takes that "done" back.
  const superseded =
    isLead && input.status !== 'done' && task.status === 'awaiting_confirmation'
      ? findPendingDone(await ports.stores.reports.history(task.id, 500), input.unitId)
      : null;
  // read before the report is stored: the run it continues, whose notice the steering group already has
  const runStart =
    input.status === 'blocked' ? await blockerRunStart(ports, { taskId: task.id, unitId: input.unitId, wasBlocked: assignment.status === 'blocked' }) : null;
  const percent = percentFor(input.status, input.percent, assignment.percent);
  const taskStatus = isLead
    ? input.status === 'done'
      ? { status: 'awaiting_confirmation' as const, percent: 100, doneReportedAt: now }
      : { status: input.status, percent, doneReportedAt: null }
    : undefined;
  const { report, task: updated } = await ports.stores.reports.appendReport({
    current: task,
    taskId: task.id,
    unitId: input.unitId,
    status: input.status,
    percent,
    note: input.note,
    channel: input.channel,
    reporterId: input.reporter.id,
    reporterName: input.reporter.name ?? null,
    sourceChatId: input.chat.externalId,
    sourceMessageId: input.sourceMessageId,
    ...(period?.named ? { period: period.named } : {}),
    at: now,
    ...(taskStatus ? { taskStatus } : {}),
    auditAction: 'task.report',
  });
  await refreshTaskCards(ports, { task: updated, now });
  await closeBlockerNotices(ports, {
    before: task,
    after: updated,
    now,
    ended: (locale) =>
      t(locale, 'steering.blocker_ended_report', { unit: assignment.unitName, at: formatDateTimeVi(now), status: statusLabel(input.status, locale) }),
  });
  if (superseded) {
    await closeDoneAsks(ports, {
      task: updated,
      report: superseded,
      unitName: assignment.unitName,
      now,
      decision: (locale) =>
        t(locale, 'decision.superseded_line', {
          unit: assignment.unitName,
          status: statusLabel(input.status, locale),
          at: formatDateTimeVi(now),
          by: input.reporter.name ?? input.reporter.id,
        }),
    });
  }
  if ((isLead && input.status === 'done') || input.status === 'blocked') {
    await notifySteeringOfReport(ports, { report, task: updated, unitName: assignment.unitName, now, runStart });
  }
  const credited = period ? creditedPeriod(updated, period.before, report, input.chat.locale) : null;
  const stillOwed = period ? periodsStillOwed(updated, period.before, report, now, input.chat.locale) : [];
  return { ok: true, report, task: updated, role: assignment.role, ...(credited ? { period: credited } : {}), ...(stillOwed.length ? { stillOwed } : {}) };
}
