/**
 * Sends planned nudges: each unit nudge to the unit's groups, mentioning their focal points; escalations
 * of one task (or occurrence) grouped into one message per steering group. Keys come from the nudge
 * slot keys, so a rerun of the day's slot enqueues nothing twice.
 */
import { type FocalPoint, composeEscalation, composeUnitNudge } from '../src/core/jobs/compose-nudge.ts';
import { resolveBlockerPayload, statusPayload } from '../src/core/actions/action-payload.ts';
import { t } from '../src/core/i18n/translate.ts';
import { nudgesEnabled } from '../src/core/jobs/chat-schedule.ts';
import { messageKey } from '../src/core/jobs/slot-keys.ts';
import type { ChatRecord } from '../src/core/model/records.ts';
import type { TaskNudge } from '../src/core/jobs/task-nudges.ts';
import { nudgeSlotKey } from '../src/core/nudges/plan-nudges.ts';
import type { EnqueueInput } from '../src/core/ports/outbox.ts';
import { notBeforeFor } from './enqueue-at.ts';
import type { JobDeps, JobSlot } from './types.ts';

export const FOCAL_POINT_ROLE = 'focal_point';

export type NudgeItem = TaskNudge;

async function focalPointsOf(deps: JobDeps, chatId: number, cache: Map<number, FocalPoint[]>): Promise<FocalPoint[]> {
  let people = cache.get(chatId);
  if (!people) {
    const members = await deps.stores.chats.listMembers(chatId);
    people = members.filter((m) => m.role === FOCAL_POINT_ROLE).map((m) => ({ externalUserId: m.externalUserId, displayName: m.displayName }));
    cache.set(chatId, people);
  }
  return people;
}

export async function deliverNudges(deps: JobDeps, slot: JobSlot, items: readonly NudgeItem[]): Promise<number> {
  if (items.length === 0) return 0;
  const unitChats = new Map<number, ChatRecord[]>();
  for (const chat of await deps.stores.chats.listChats({ kind: 'unit', active: true })) {
    if (chat.unitId === null || !nudgesEnabled(chat)) continue;
    unitChats.set(chat.unitId, [...(unitChats.get(chat.unitId) ?? []), chat]);
  }
  const steeringChats = (await deps.stores.chats.listChats({ kind: 'steering', active: true })).filter(nudgesEnabled);
  const members = new Map<number, FocalPoint[]>();
  const notBefore = notBeforeFor(deps, slot.now);
  const messages: EnqueueInput[] = [];
  const escalations = new Map<string, NudgeItem[]>();

  for (const item of items) {
    const { nudge, assignment } = item;
    if (nudge.kind === 'escalate') {
      const key = nudgeSlotKey(item.keyTaskId, 'steering', 'escalate', nudge.date);
      escalations.set(key, [...(escalations.get(key) ?? []), item]);
      continue;
    }
    for (const chat of unitChats.get(assignment.unitId) ?? []) {
      const html = composeUnitNudge({
        kind: nudge.kind,
        task: item.task,
        role: assignment.role,
        focalPoints: await focalPointsOf(deps, chat.id, members),
        ...(item.blocked ? { blocked: true } : {}),
        now: slot.now,
        locale: chat.locale,
      });
      const link = { taskId: assignment.taskId, unitId: assignment.unitId };
      messages.push({ chatId: chat.id, kind: 'nudge', idempotencyKey: messageKey(nudge.slotKey, chat.id), message: { html }, notBefore, link });
    }
  }

  for (const [key, group] of escalations) {
    const first = group[0]!;
    const units = [...group]
      .sort((a, b) => (a.assignment.role === b.assignment.role ? 0 : a.assignment.role === 'lead' ? -1 : 1))
      .map((g) => ({ name: g.assignment.unitName, role: g.assignment.role, ...(g.blocked ? { blocked: true } : {}) }));
    for (const chat of steeringChats) {
      const html = composeEscalation({ task: first.task, units, now: slot.now, locale: chat.locale });
      const link = { taskId: first.assignment.taskId, unitId: null };
      const { taskId } = first.assignment;
      // an overdue task held up by a blocker: the committee can clear it from here, as from the blocker notice
      const buttons = units.some((u) => u.blocked)
        ? [
            [
              { text: t(chat.locale, 'button.resolve_blocker'), data: resolveBlockerPayload(taskId), fallback: `/gotvuong ${first.task.code}` },
              { text: t(chat.locale, 'button.detail'), data: statusPayload(taskId, 'dt'), fallback: `/chitiet ${first.task.code}` },
            ],
          ]
        : undefined;
      const message = buttons ? { html, buttons } : { html };
      messages.push({ chatId: chat.id, kind: 'nudge', idempotencyKey: messageKey(key, chat.id), message, notBefore, link });
    }
  }

  let enqueued = 0;
  for (const message of messages) if (await deps.outbox.enqueue(message)) enqueued++;
  return enqueued;
}
