import { html, t } from '../i18n/translate.ts';
import { noticeQuote } from '../text/excerpt.ts';
import type { Actor, ChatRecord, Locale, TaskRecord } from '../model/records.ts';
import type { ExtensionRequestRecord } from '../ports/extension-store.ts';
import { formatDateTimeVi, formatDateVi } from '../time/zone.ts';
import { closeExtensionAsks } from './close-extension-asks.ts';
import { dateOrNone } from './move-deadline.ts';
import { notifyUnitChats } from './notify-unit-chats.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';
import { refreshTaskCards } from './refresh-task-cards.ts';
import { refuseArchived } from './refuse-archived.ts';
import { refuseStaleApproval } from './stale-extension.ts';
import { checkSecretariat } from './secretariat-authority.ts';

export type DecideExtensionResult = { ok: true; request: ExtensionRequestRecord; task: TaskRecord } | Refusal;

/** Who decided a request, by name when the audit row kept it. */
async function deciderName(ports: WorkflowPorts, request: ExtensionRequestRecord): Promise<string> {
  const rows = await ports.stores.audit.list({ entityType: 'task', entityId: String(request.taskId), action: `task.extension_${request.status}` });
  const row = rows.find((r) => (r.after as { requestId?: number } | undefined)?.requestId === request.id);
  return row?.actorName ?? request.decidedBy ?? '';
}

/** A request already decided: say which way, when and by whom. */
async function alreadyDecided(ports: WorkflowPorts, request: ExtensionRequestRecord): Promise<Refusal> {
  const task = await ports.stores.tasks.getTask(request.taskId);
  if (!request.decidedAt || request.status === 'pending') return refuse('ext.already_decided');
  if (request.status === 'withdrawn') {
    const unit = await ports.stores.directory.getUnit(request.unitId);
    return refuse('ext.already_withdrawn', { code: task?.code ?? String(request.taskId), unit: unit?.name ?? '', at: formatDateTimeVi(request.decidedAt) });
  }
  return refuse(request.status === 'approved' ? 'ext.already_approved' : 'ext.already_denied', {
    code: task?.code ?? String(request.taskId),
    date: formatDateVi(request.requestedDueAt),
    at: formatDateTimeVi(request.decidedAt),
    by: await deciderName(ports, request),
  });
}

/**
 * What refuses a decision on the request before anything is written: not the secretariat, decided or withdrawn
 * already, the task archived, or (approving) a request the task has moved past. [Từ chối] checks it too before it
 * asks for the reason, so a press on a request nobody can decide says why at once.
 */
export async function checkExtensionDecision(
  ports: WorkflowPorts,
  input: { requestId: number; approve: boolean; chat: ChatRecord; isSecretariat: boolean },
): Promise<{ ok: true; pending: ExtensionRequestRecord; task: TaskRecord } | Refusal> {
  const denied = checkSecretariat(input);
  if (denied) return denied;
  const pending = await ports.stores.extensions.getRequest(input.requestId);
  if (!pending) return refuse('ext.not_found');
  if (pending.status !== 'pending') return alreadyDecided(ports, pending);
  // checked before deciding: a decision on an archived task would be recorded and move nothing anyone sees
  const onTask = await ports.stores.tasks.getTask(pending.taskId);
  if (!onTask) return refuse('refuse.task_not_found', { code: String(pending.taskId) });
  const archived = refuseArchived(onTask);
  if (archived) return archived;
  const stale = input.approve ? await refuseStaleApproval(ports, onTask, pending) : null;
  if (stale) return stale;
  return { ok: true, pending, task: onTask };
}

/**
 * Approve (the deadline moves, linked to the request) or deny; a request is decided once. An
 * approved move is told to every unit on the task, as `/doihan` is; a denial to the unit that asked
 * and the lead, with the reason given. The steering group's ask is edited to show the decision (and
 * the reason of a denial), without its buttons.
 */
export async function decideExtension(
  ports: WorkflowPorts,
  input: { requestId: number; approve: boolean; note: string | null; chat: ChatRecord; isSecretariat: boolean; actor: Actor; now: Date },
): Promise<DecideExtensionResult> {
  const { extensions, tasks } = ports.stores;
  const checked = await checkExtensionDecision(ports, input);
  if (!checked.ok) return checked;
  const { pending } = checked;
  const request = await extensions.decide(pending.id, input.approve ? 'approved' : 'denied', input.note, input.actor, input.now);
  if (!request) return alreadyDecided(ports, (await extensions.getRequest(pending.id)) ?? pending);
  const before = await tasks.getTask(request.taskId);
  if (!before) return refuse('refuse.task_not_found', { code: String(request.taskId) });
  const current = input.approve ? await tasks.moveDeadline(before.id, request.requestedDueAt, request.reason, input.actor, input.now, request.id) : before;
  // approved: the new deadline; denied: the request leaves the card (it showed it while pending)
  await refreshTaskCards(ports, { task: current, now: input.now });
  const asker = before.assignments.find((a) => a.unitId === request.unitId);
  const unitName = asker?.unitName ?? '';
  const params = (locale: Locale) => ({
    code: current.code,
    title: current.title,
    unit: unitName,
    from: dateOrNone(before.dueAt, locale),
    to: formatDateVi(request.requestedDueAt),
    date: dateOrNone(current.dueAt, locale),
    // after a denial: the deadline kept, or that the task has none (not "hạn vẫn là kế hoạch không nêu hạn riêng")
    still: current.dueAt ? t(locale, 'ext.still_due', { date: formatDateVi(current.dueAt) }) : t(locale, 'ext.still_no_due'),
    reason: noticeQuote(request.reason),
    at: formatDateTimeVi(input.now),
    by: input.actor.name ?? input.actor.id,
    why: html(input.note ? t(locale, 'ext.denied_why', { reason: noticeQuote(input.note) }) : ''),
  });
  const lead = current.assignments.find((a) => a.role === 'lead');
  await notifyUnitChats(ports, {
    unitIds: input.approve ? current.assignments.map((a) => a.unitId) : [request.unitId, ...(lead ? [lead.unitId] : [])],
    taskId: current.id,
    key: `extension-decided:${request.id}`,
    now: input.now,
    compose: (locale) => ({ html: t(locale, input.approve ? 'ext.approved_all' : 'ext.denied_unit', params(locale)) }),
  });
  await closeExtensionAsks(ports, {
    request,
    task: before,
    unitName,
    role: asker?.role ?? null,
    leadName: lead?.unitName ?? '',
    now: input.now,
    line: (locale) => t(locale, input.approve ? 'ext.approved_line' : 'ext.denied_line', params(locale)),
  });
  return { ok: true, request, task: current };
}
