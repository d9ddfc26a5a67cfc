import { t } from '../i18n/translate.ts';
import type { Actor, ChatRecord } from '../model/records.ts';
import type { ExtensionRequestRecord } from '../ports/extension-store.ts';
import { formatDateVi } from '../time/zone.ts';
import { steeringChats } from './chats-of.ts';
import { dateOrNone } from './move-deadline.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';

export type RequestExtensionResult = { ok: true; request: ExtensionRequestRecord; steeringNotified: boolean } | Refusal;

/** `/giahan` from a unit group: stored, then put to the steering group with approve/deny buttons. */
export async function requestExtension(
  ports: WorkflowPorts,
  input: { taskCode: string; dueAt: Date; reason: string; chat: ChatRecord; actor: Actor; now: Date },
): Promise<RequestExtensionResult> {
  const { chat } = input;
  if (chat.kind !== 'unit' || chat.unitId === null) return refuse('refuse.unit_only');
  const task = await ports.stores.tasks.findTaskByCode(input.taskCode);
  if (!task) return refuse('refuse.task_not_found', { code: input.taskCode });
  const assignment = task.assignments.find((a) => a.unitId === chat.unitId);
  if (!assignment) {
    const unit = await ports.stores.directory.getUnit(chat.unitId);
    return refuse('refuse.no_role', { unit: unit?.name ?? '', code: task.code });
  }
  if (task.status === 'done') return refuse('refuse.task_done', { code: task.code });
  const request = await ports.stores.extensions.createRequest({
    taskId: task.id,
    unitId: chat.unitId,
    requestedDueAt: input.dueAt,
    reason: input.reason,
    requestedBy: input.actor.id,
    at: input.now,
  });
  const steering = await steeringChats(ports);
  for (const target of steering) {
    const locale = target.locale;
    await ports.outbox.enqueue({
      chatId: target.id,
      kind: 'notice',
      idempotencyKey: `extension:${request.id}:${target.id}`,
      message: {
        html: t(locale, 'ext.steering_ask', {
          unit: assignment.unitName,
          code: task.code,
          title: task.title,
          from: dateOrNone(task.dueAt, locale),
          to: formatDateVi(input.dueAt),
          reason: input.reason,
        }),
        buttons: [
          [
            { text: t(locale, 'button.approve'), data: `gh:${request.id}:y` },
            { text: t(locale, 'button.deny'), data: `gh:${request.id}:n` },
          ],
        ],
      },
      notBefore: input.now,
    });
  }
  return { ok: true, request, steeringNotified: steering.length > 0 };
}
