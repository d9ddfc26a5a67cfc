import { t } from '../i18n/translate.ts';
import type { Actor, ChatRecord, TaskRecord } from '../model/records.ts';
import type { ExtensionRequestRecord } from '../ports/extension-store.ts';
import { formatDateVi } from '../time/zone.ts';
import { dateOrNone } from './move-deadline.ts';
import { notifyUnitChats } from './notify-unit-chats.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';
import { checkSecretariat } from './secretariat-authority.ts';

export type DecideExtensionResult = { ok: true; request: ExtensionRequestRecord; task: TaskRecord } | Refusal;

/** Approve (the deadline moves, linked to the request) or deny; a request is decided once. */
export async function decideExtension(
  ports: WorkflowPorts,
  input: { requestId: number; approve: boolean; note: string | null; chat: ChatRecord; isSecretariat: boolean; actor: Actor; now: Date },
): Promise<DecideExtensionResult> {
  const denied = checkSecretariat(input);
  if (denied) return denied;
  const { extensions, tasks } = ports.stores;
  const pending = await extensions.getRequest(input.requestId);
  if (!pending) return refuse('ext.not_found');
  if (pending.status !== 'pending') return refuse('ext.already_decided');
  const request = await extensions.decide(pending.id, input.approve ? 'approved' : 'denied', input.note, input.actor, input.now);
  if (!request) return refuse('ext.already_decided');
  let task = await tasks.getTask(request.taskId);
  if (!task) return refuse('refuse.task_not_found', { code: String(request.taskId) });
  if (input.approve) task = await tasks.moveDeadline(task.id, request.requestedDueAt, request.reason, input.actor, request.id);
  const current = task;
  await notifyUnitChats(ports, {
    unitIds: [request.unitId],
    taskId: current.id,
    key: `extension-decided:${request.id}`,
    now: input.now,
    compose: (locale) => ({
      html: input.approve
        ? t(locale, 'ext.approved_unit', { code: current.code, title: current.title, date: formatDateVi(request.requestedDueAt) })
        : t(locale, 'ext.denied_unit', { code: current.code, title: current.title, date: dateOrNone(current.dueAt, locale) }),
    }),
  });
  return { ok: true, request, task: current };
}
