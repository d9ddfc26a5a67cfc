import { t } from '../i18n/translate.ts';
import type { Actor, ChatRecord, TaskRecord } from '../model/records.ts';
import { judgeTimeliness, TIMELINESS_LABEL_EN, TIMELINESS_LABEL_VI, type Timeliness } from '../status/task-status.ts';
import { formatDateTimeVi, formatDateVi } from '../time/zone.ts';
import { notifyUnitChats } from './notify-unit-chats.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';
import { decisionRefusal } from './describe-decision.ts';
import { refuseArchived } from './refuse-archived.ts';
import { refreshTaskCards } from './refresh-task-cards.ts';
import { checkSecretariat } from './secretariat-authority.ts';
import { closeDoneAsks, doneOccurrence, findPendingDone } from './steering-done-ask.ts';
import { periodLabel } from '../time/period-label.ts';
import { closeBlockerNotices } from './close-blocker-notices.ts';

/** `period`: a recurring duty's occurrence the confirmed "done" was for ("2023-05"); null for a one-off task */
export type ConfirmCompletionResult = { ok: true; task: TaskRecord; timeliness: Timeliness; period: string | null } | Refusal;

/** "BC-01 (kỳ tháng 05/2023)": what was confirmed, a recurring duty's period named (the next one is still owed). */
export function confirmedTaskName(result: { task: TaskRecord; period: string | null }, locale: 'vi' | 'en'): string {
  return result.period ? `${result.task.code} (${locale === 'vi' ? 'kỳ ' : 'period '}${periodLabel(result.period, locale)})` : result.task.code;
}

export function timelinessLabel(timeliness: Timeliness, locale: 'vi' | 'en'): string {
  return (locale === 'en' ? TIMELINESS_LABEL_EN : TIMELINESS_LABEL_VI)[timeliness];
}

/**
 * The secretariat confirms a lead's "done": the task is done, judged on time or late at the moment
 * the unit reported it (doneReportedAt), not at the moment of confirmation.
 */
export async function confirmCompletion(
  ports: WorkflowPorts,
  input: { taskId: number; chat: ChatRecord; isSecretariat: boolean; actor: Actor; now: Date },
): Promise<ConfirmCompletionResult> {
  const denied = checkSecretariat(input);
  if (denied) return denied;
  const task = await ports.stores.tasks.getTask(input.taskId);
  if (!task) return refuse('refuse.task_not_found', { code: String(input.taskId) });
  const archived = refuseArchived(task);
  if (archived) return archived;
  const lead = task.assignments.find((a) => a.role === 'lead');
  if (task.status !== 'awaiting_confirmation' || !lead) return decisionRefusal(ports, task, input.chat.locale);
  const pending = findPendingDone(await ports.stores.reports.history(task.id, 500), lead.unitId);
  // the "done" awaiting a decision must be the current lead's (a former lead's was closed by /giao)
  if (!pending) return decisionRefusal(ports, task, input.chat.locale);
  const doneReportedAt = task.doneReportedAt ?? input.now;
  // a recurring duty's "done" is judged against the occurrence it was made for, not the one owed next
  const occurrence = await doneOccurrence(ports, task, pending);
  const due = occurrence?.due ?? task.dueAt;
  const { task: updated } = await ports.stores.reports.appendReport({
    taskId: task.id,
    unitId: lead.unitId,
    status: 'done',
    percent: 100,
    note: null,
    channel: 'secretariat',
    reporterId: input.actor.id,
    reporterName: input.actor.name ?? null,
    sourceChatId: input.chat.externalId,
    sourceMessageId: null,
    at: input.now,
    taskStatus: { status: 'done', percent: 100, confirmedAt: input.now },
    auditAction: 'task.confirm',
  });
  await refreshTaskCards(ports, { task: updated, now: input.now });
  await closeBlockerNotices(ports, {
    before: task,
    after: updated,
    now: input.now,
    ended: (locale) => t(locale, 'steering.blocker_ended_confirmed', { at: formatDateTimeVi(input.now) }),
  });
  const timeliness = judgeTimeliness({ status: 'done', due, now: input.now, doneReportedAt, recurring: updated.recurrence !== null });
  await closeDoneAsks(ports, {
    task: updated,
    report: pending,
    occurrence,
    unitName: lead.unitName,
    now: input.now,
    decision: (locale) =>
      t(locale, 'decision.confirmed_line', {
        timeliness: timelinessLabel(timeliness, locale),
        at: formatDateTimeVi(input.now),
        by: input.actor.name ?? input.actor.id,
      }),
  });
  await notifyUnitChats(ports, {
    unitIds: updated.assignments.map((a) => a.unitId),
    taskId: task.id,
    key: `confirm:${task.id}`,
    now: input.now,
    compose: (locale, unitId) => ({
      // a recurring duty's supporting unit reports each period itself: the lead's period was confirmed, not its part
      html:
        occurrence && unitId !== lead.unitId
          ? t(locale, 'confirm.unit_support_period', {
              code: task.code,
              title: task.title,
              period: periodLabel(occurrence.key, locale),
              lead: lead.unitName,
              timeliness: timelinessLabel(timeliness, locale),
            })
          : t(locale, 'confirm.unit', {
              code: task.code,
              title: task.title,
              timeliness: timelinessLabel(timeliness, locale),
              at: formatDateTimeVi(doneReportedAt),
              // the label already says "không có hạn" when there is none
              due: due
                ? `; ${locale === 'en' ? 'due' : 'hạn'} ${formatDateVi(due)}${occurrence ? ` (${locale === 'en' ? 'period' : 'kỳ'} ${periodLabel(occurrence.key, locale)})` : ''}`
                : '',
            }),
    }),
  });
  return { ok: true, task: updated, timeliness, period: occurrence?.key ?? null };
}
