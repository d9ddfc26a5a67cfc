import type { Actor, ChatRecord, ReportRecord, TaskRecord } from '../model/records.ts';
import type { TaskStatus } from '../status/task-status.ts';
import { t } from '../i18n/translate.ts';
import { formatDateTimeVi } from '../time/zone.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';
import { refuseArchived } from './refuse-archived.ts';
import { refreshTaskCards } from './refresh-task-cards.ts';
import { closeDoneAsks } from './steering-done-ask.ts';
import { closeBlockerNotices } from './close-blocker-notices.ts';

export const UNDO_WINDOW_MS = 10 * 60_000;

export type UndoReportResult = { ok: true; restored: TaskStatus; percent: number | null; report: ReportRecord; task: TaskRecord } | Refusal;

/**
 * "Hoàn tác" within 10 minutes: the log stays append-only, so undo appends a retraction that
 * restores the unit's (and, for the lead, the task's) state before the report.
 */
export async function undoReport(ports: WorkflowPorts, input: { reportId: number; chat: ChatRecord; actor: Actor; now: Date }): Promise<UndoReportResult> {
  const { reports, tasks } = ports.stores;
  const report = await reports.getReport(input.reportId);
  if (!report || report.retractsReportId !== null) return refuse('undo.not_found');
  if (input.chat.kind !== 'unit' || input.chat.unitId !== report.unitId) return refuse('refuse.other_unit', { unit: report.unitCode });
  const history = await reports.history(report.taskId, 500);
  if (history.some((r) => r.retractsReportId === report.id)) return refuse('undo.already');
  const task = await tasks.getTask(report.taskId);
  // a blocker reported by mistake stays until the unit reports again or the secretariat resolves it: say how
  if (input.now.getTime() - report.createdAt.getTime() > UNDO_WINDOW_MS)
    return report.status === 'blocked' && task ? refuse('undo.expired_blocked', { code: task.code }) : refuse('undo.expired');
  if (!task) return refuse('undo.not_found');
  const archived = refuseArchived(task);
  if (archived) return archived;
  if (task.status === 'done') return refuse('undo.confirmed');
  // The committee already decided on this "done": undoing it would silently erase the return.
  if (task.status === 'returned' && report.status === 'done') return refuse('undo.returned');
  // Only the unit's latest standing word on the task can be taken back: undoing an older one would
  // erase what it said since (retractions, and reports already taken back, do not count).
  const retracted = new Set(history.flatMap((r) => (r.retractsReportId === null ? [] : [r.retractsReportId])));
  const saidSince = history.some((r) => r.unitId === report.unitId && r.id > report.id && r.retractsReportId === null && !retracted.has(r.id));
  if (saidSince) return refuse('undo.superseded');
  const assignment = task.assignments.find((a) => a.unitId === report.unitId);
  const previous = await reports.previousReport(report.taskId, report.unitId, report.id);
  const restored: TaskStatus = previous?.status ?? 'not_started';
  const percent = previous?.percent ?? null;
  const isLead = assignment?.role === 'lead';
  const taskStatus = isLead
    ? restored === 'done'
      ? { status: 'awaiting_confirmation' as const, percent: 100, doneReportedAt: previous?.createdAt ?? null }
      : { status: restored, percent, doneReportedAt: null }
    : undefined;
  const result = await reports.appendReport({
    taskId: report.taskId,
    unitId: report.unitId,
    status: restored,
    percent,
    note: null,
    channel: report.channel,
    reporterId: input.actor.id,
    reporterName: input.actor.name ?? null,
    sourceChatId: input.chat.externalId,
    sourceMessageId: null,
    at: input.now,
    retractsReportId: report.id,
    restoresLastReportAt: previous?.createdAt ?? null,
    ...(taskStatus ? { taskStatus } : {}),
    auditAction: 'task.report_undo',
  });
  await refreshTaskCards(ports, { task: result.task, now: input.now });
  await closeBlockerNotices(ports, {
    before: task,
    after: result.task,
    now: input.now,
    ended: (locale) => t(locale, 'steering.blocker_ended_undone', { at: formatDateTimeVi(input.now), by: input.actor.name ?? input.actor.id }),
  });
  // A lead's "done" taken back: the steering group's request to confirm it is withdrawn too.
  if (isLead && report.status === 'done' && task.status === 'awaiting_confirmation' && assignment) {
    await closeDoneAsks(ports, {
      task: result.task,
      report,
      unitName: assignment.unitName,
      now: input.now,
      decision: (locale) =>
        t(locale, 'decision.withdrawn_line', { unit: assignment.unitName, at: formatDateTimeVi(input.now), by: input.actor.name ?? input.actor.id }),
    });
  }
  return { ok: true, restored, percent, report: result.report, task: result.task };
}
