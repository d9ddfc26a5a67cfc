import { t } from '../i18n/translate.ts';
import { isClosedTask } from '../status/closed-task.ts';
import { noticeQuote } from '../text/excerpt.ts';
import type { Actor, AssignmentRecord, ChatRecord, TaskRecord } from '../model/records.ts';
import { notifyUnitChats } from './notify-unit-chats.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';
import { refuseArchived } from './refuse-archived.ts';
import { refreshTaskCards } from './refresh-task-cards.ts';
import { checkSecretariat } from './secretariat-authority.ts';
import { closeBlockerNotices } from './close-blocker-notices.ts';
import { formatDateTimeVi } from '../time/zone.ts';

export type ResolveBlockerResult = { ok: true; task: TaskRecord; units: AssignmentRecord[] } | Refusal;

/**
 * `/gotvuong <mã> [ghi chú]` or [Gỡ vướng]: the secretariat marks a task's blockers resolved. Each
 * blocked unit's part goes back to "đang thực hiện" through an appended report (channel
 * 'secretariat', audited as task.blocker_resolve); the unit's own last-report time is not touched,
 * so the resolution does not count as the unit reporting. Each unit's group is told.
 */
export async function resolveBlocker(
  ports: WorkflowPorts,
  input: { taskId: number; note: string | null; chat: ChatRecord; isSecretariat: boolean; actor: Actor; now: Date },
): Promise<ResolveBlockerResult> {
  const denied = checkSecretariat(input);
  if (denied) return denied;
  let task = await ports.stores.tasks.getTask(input.taskId);
  if (!task) return refuse('refuse.task_not_found', { code: String(input.taskId) });
  const archived = refuseArchived(task);
  if (archived) return archived;
  const blocked = task.assignments.filter((a) => a.status === 'blocked');
  if (isClosedTask(task) || blocked.length === 0) return refuse('resolve.none', { code: task.code });
  const note = input.note?.trim() ? input.note.trim() : null;
  const before = task;
  const reportIds: number[] = [];
  for (const a of blocked) {
    const { task: updated, report } = await ports.stores.reports.appendReport({
      current: task,
      taskId: task.id,
      unitId: a.unitId,
      status: 'in_progress',
      percent: a.percent,
      note,
      channel: 'secretariat',
      reporterId: input.actor.id,
      reporterName: input.actor.name ?? null,
      sourceChatId: input.chat.externalId,
      sourceMessageId: null,
      at: input.now,
      ...(a.role === 'lead' && task.status === 'blocked' ? { taskStatus: { status: 'in_progress' as const, percent: a.percent } } : {}),
      auditAction: 'task.blocker_resolve',
    });
    task = updated;
    reportIds.push(report.id);
  }
  await refreshTaskCards(ports, { task, now: input.now });
  const by = input.actor.name ?? input.actor.id;
  await closeBlockerNotices(ports, {
    before,
    after: task,
    now: input.now,
    ended: (locale) => t(locale, 'steering.blocker_ended_resolved', { at: formatDateTimeVi(input.now), by }),
  });
  const { code, title } = task;
  await notifyUnitChats(ports, {
    unitIds: blocked.map((a) => a.unitId),
    taskId: task.id,
    key: `resolve:${reportIds.join('-')}`,
    now: input.now,
    compose: (locale) => ({ html: t(locale, 'resolve.unit', { code, title, note: note ? t(locale, 'resolve.note', { note: noticeQuote(note) }) : '' }) }),
  });
  return { ok: true, task, units: blocked };
}
