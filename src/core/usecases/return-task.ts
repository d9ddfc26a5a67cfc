import { t } from '../i18n/translate.ts';
import { noticeQuote } from '../text/excerpt.ts';
import type { Actor, ChatRecord, TaskRecord } from '../model/records.ts';
import { formatDateTimeVi } from '../time/zone.ts';
import { notifyUnitChats } from './notify-unit-chats.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';
import { decisionRefusal } from './describe-decision.ts';
import { refuseArchived } from './refuse-archived.ts';
import { refreshTaskCards } from './refresh-task-cards.ts';
import { checkSecretariat } from './secretariat-authority.ts';
import { closeDoneAsks, findPendingDone } from './steering-done-ask.ts';

export type ReturnTaskResult = { ok: true; task: TaskRecord } | Refusal;

/** The secretariat does not accept a "done": back to in progress, with the reason told to the unit. */
export async function returnTask(
  ports: WorkflowPorts,
  input: { taskId: number; reason: string; chat: ChatRecord; isSecretariat: boolean; actor: Actor; now: Date },
): Promise<ReturnTaskResult> {
  const denied = checkSecretariat(input);
  if (denied) return denied;
  const task = await ports.stores.tasks.getTask(input.taskId);
  if (!task) return refuse('refuse.task_not_found', { code: String(input.taskId) });
  const archived = refuseArchived(task);
  if (archived) return archived;
  const lead = task.assignments.find((a) => a.role === 'lead');
  if (task.status !== 'awaiting_confirmation' || !lead) return decisionRefusal(ports, task, input.chat.locale);
  const reason = input.reason.trim();
  if (!reason) return refuse('return.need_reason', { code: task.code });
  const pending = findPendingDone(await ports.stores.reports.history(task.id, 500), lead.unitId);
  // the "done" awaiting a decision must be the current lead's (a former lead's was closed by /giao)
  if (!pending) return decisionRefusal(ports, task, input.chat.locale);
  const percent = task.percent === 100 ? null : task.percent;
  const { task: updated, report } = await ports.stores.reports.appendReport({
    taskId: task.id,
    unitId: lead.unitId,
    status: 'in_progress',
    percent,
    note: reason,
    channel: 'secretariat',
    reporterId: input.actor.id,
    reporterName: input.actor.name ?? null,
    sourceChatId: input.chat.externalId,
    sourceMessageId: null,
    at: input.now,
    taskStatus: { status: 'returned', percent, doneReportedAt: null },
    auditAction: 'task.return',
  });
  await refreshTaskCards(ports, { task: updated, now: input.now });
  await closeDoneAsks(ports, {
    task: updated,
    report: pending,
    unitName: lead.unitName,
    now: input.now,
    decision: (locale) =>
      t(locale, 'decision.returned_line', { at: formatDateTimeVi(input.now), by: input.actor.name ?? input.actor.id, reason: noticeQuote(reason) }),
  });
  await notifyUnitChats(ports, {
    unitIds: [lead.unitId],
    taskId: task.id,
    key: `return:${report.id}`,
    now: input.now,
    compose: (locale) => ({ html: t(locale, 'return.unit', { code: task.code, title: task.title, reason: noticeQuote(reason) }) }),
  });
  return { ok: true, task: updated };
}
