import { t } from '../i18n/translate.ts';
import type { Actor, ChatRecord, TaskRecord } from '../model/records.ts';
import { formatDateVi, localDateKey } from '../time/zone.ts';
import { notifyUnitChats } from './notify-unit-chats.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';
import { unknownTaskRefusal } from './refuse-archived.ts';
import { refreshTaskCards } from './refresh-task-cards.ts';
import { checkSecretariat } from './secretariat-authority.ts';

export type MoveDeadlineResult = { ok: true; task: TaskRecord; from: Date | null } | Refusal;

export function dateOrNone(date: Date | null, locale: 'vi' | 'en'): string {
  return date ? formatDateVi(date) : t(locale, 'task.no_due_default');
}

/** `/doihan`: the secretariat moves a deadline (today or later) with a reason; the unit groups are told. */
export async function moveDeadline(
  ports: WorkflowPorts,
  input: { taskCode: string; dueAt: Date; reason: string; chat: ChatRecord; isSecretariat: boolean; actor: Actor; now: Date },
): Promise<MoveDeadlineResult> {
  const denied = checkSecretariat(input);
  if (denied) return denied;
  // A deadline already behind us would make the task overdue the moment it is set; today is still allowed.
  if (localDateKey(input.dueAt) < localDateKey(input.now)) {
    return refuse('args.deadline_past', { date: formatDateVi(input.dueAt), today: formatDateVi(input.now) });
  }
  const task = await ports.stores.tasks.findTaskByCode(input.taskCode);
  if (!task) return unknownTaskRefusal(ports.stores.tasks, input.taskCode);
  const updated = await ports.stores.tasks.moveDeadline(task.id, input.dueAt, input.reason, input.actor, input.now);
  await refreshTaskCards(ports, { task: updated, now: input.now });
  await notifyUnitChats(ports, {
    unitIds: updated.assignments.map((a) => a.unitId),
    taskId: task.id,
    key: `deadline:${task.id}:${input.now.getTime()}`,
    now: input.now,
    compose: (locale) => ({
      html: t(locale, 'deadline.unit_notice', {
        code: task.code,
        title: task.title,
        from: dateOrNone(task.dueAt, locale),
        to: formatDateVi(input.dueAt),
        reason: input.reason,
      }),
    }),
  });
  return { ok: true, task: updated, from: task.dueAt };
}
