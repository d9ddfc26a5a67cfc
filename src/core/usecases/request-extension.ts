import { extensionPayload } from '../actions/action-payload.ts';
import { noticeQuote } from '../text/excerpt.ts';
import { t } from '../i18n/translate.ts';
import type { Actor, AssignmentRecord, ChatRecord, TaskRecord } from '../model/records.ts';
import type { ExtensionRequestRecord } from '../ports/extension-store.ts';
import { formatDateVi, localDateKey } from '../time/zone.ts';
import { steeringChats } from './chats-of.ts';
import { dateOrNone } from './move-deadline.ts';
import { notifyUnitChats } from './notify-unit-chats.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';
import { refreshTaskCards } from './refresh-task-cards.ts';
import { unknownTaskRefusal } from './refuse-archived.ts';
import { refuseNoRole } from './refuse-no-role.ts';

export type RequestExtensionResult =
  | {
      ok: true;
      request: ExtensionRequestRecord;
      steeringNotified: boolean;
      task: TaskRecord;
      role: AssignmentRecord['role'];
      leadName: string | null;
      /** a supporting unit's request: whether the lead unit had a group to be told in (else it learns when it connects) */
      leadInformed: boolean;
    }
  | Refusal;

/** The outbox key of the message that puts one extension request to one steering group. */
export function extensionAskKey(requestId: number, chatId: number): string {
  return `extension:${requestId}:${chatId}`;
}

/** The outbox key base of the notice telling the lead unit of a supporting unit's request (also when its group connects later). */
export function extensionLeadNoticeKey(requestId: number): string {
  return `extension-asked:${requestId}`;
}

/** An extension must move the deadline later, into the future, on work that is not finished. */
function checkRequest(task: TaskRecord, assignment: AssignmentRecord, dueAt: Date, now: Date): Refusal | null {
  // Each occurrence of a recurring duty has its own due date; an approved request would move the task's
  // (unused) deadline and no occurrence, and the unit would read "hạn mới" while still overdue.
  if (task.recurrence) return refuse('ext.recurring', { code: task.code, text: task.deadlineText ?? '' });
  if (task.status === 'done') return refuse('ext.task_done', { code: task.code });
  if (task.status === 'awaiting_confirmation') return refuse('ext.task_awaiting', { code: task.code });
  if (assignment.status === 'done') return refuse('ext.part_done', { unit: assignment.unitName, code: task.code });
  const requested = localDateKey(dueAt);
  if (requested <= localDateKey(now)) return refuse('ext.date_past', { date: formatDateVi(dueAt), today: formatDateVi(now) });
  if (task.dueAt && requested <= localDateKey(task.dueAt)) {
    return refuse('ext.date_not_later', { code: task.code, date: formatDateVi(dueAt), due: formatDateVi(task.dueAt) });
  }
  return null;
}

/**
 * `/giahan` from a unit group: stored, then put to the steering group with approve/deny buttons.
 * The deadline is the whole task's, so a supporting unit may ask, but its request says so and the
 * lead unit is told at once: nobody's deadline moves without the lead knowing.
 */
export async function requestExtension(
  ports: WorkflowPorts,
  input: { taskCode: string; dueAt: Date; reason: string; chat: ChatRecord; actor: Actor; now: Date },
): Promise<RequestExtensionResult> {
  const { chat } = input;
  // The secretariat moves a deadline itself: pointing it at /ketnoi (binding a unit group) would mislead.
  if (chat.kind === 'steering') return refuse('ext.steering_use_doihan');
  if (chat.kind !== 'unit' || chat.unitId === null) return refuse('refuse.unit_only');
  const task = await ports.stores.tasks.findTaskByCode(input.taskCode);
  if (!task) return unknownTaskRefusal(ports.stores.tasks, input.taskCode);
  const assignment = task.assignments.find((a) => a.unitId === chat.unitId);
  if (!assignment) return refuseNoRole(ports, task, chat.unitId);
  const refusal = checkRequest(task, assignment, input.dueAt, input.now);
  if (refusal) return refusal;
  const lead = assignment.role === 'support' ? (task.assignments.find((a) => a.role === 'lead') ?? null) : null;
  const request = await ports.stores.extensions.createRequest({
    taskId: task.id,
    unitId: chat.unitId,
    requestedDueAt: input.dueAt,
    reason: input.reason,
    requestedBy: input.actor.id,
    at: input.now,
  });
  // every card of the task shows the request until the steering group decides it
  await refreshTaskCards(ports, { task, now: input.now });
  const params = (locale: ChatRecord['locale']) => ({
    unit: assignment.unitName,
    lead: lead?.unitName ?? '',
    code: task.code,
    title: task.title,
    from: dateOrNone(task.dueAt, locale),
    to: formatDateVi(input.dueAt),
    reason: noticeQuote(input.reason),
  });
  // The lead is told first, so the steering notice says whether it could be (a lead without a group cannot).
  const leadInformed = lead
    ? (await notifyUnitChats(ports, {
        unitIds: [lead.unitId],
        taskId: task.id,
        key: extensionLeadNoticeKey(request.id),
        now: input.now,
        compose: (locale) => ({ html: t(locale, 'ext.lead_notice', params(locale)) }),
      })) > 0
    : false;
  const askKey = lead ? (leadInformed ? 'ext.steering_ask_support' : 'ext.steering_ask_support_unreached') : 'ext.steering_ask';
  const steering = await steeringChats(ports);
  for (const target of steering) {
    const locale = target.locale;
    await ports.outbox.enqueue({
      chatId: target.id,
      kind: 'notice',
      idempotencyKey: extensionAskKey(request.id, target.id),
      message: {
        html: t(locale, askKey, params(locale)),
        buttons: [
          [
            { text: t(locale, 'button.approve'), data: extensionPayload(request.id, true), fallback: `/duyetgiahan ${task.code} ${assignment.unitCode}` },
            {
              text: t(locale, 'button.deny'),
              data: extensionPayload(request.id, false),
              fallback: `/tuchoigiahan ${task.code} ${assignment.unitCode} ${locale === 'en' ? '[reason]' : '[lý do]'}`,
            },
          ],
        ],
      },
      notBefore: input.now,
    });
  }
  return { ok: true, request, steeringNotified: steering.length > 0, task, role: assignment.role, leadName: lead?.unitName ?? null, leadInformed };
}
