import { type MessageKey, t } from '../i18n/translate.ts';
import { hasMessageEdits } from '../model/platform-traits.ts';
import type { OutgoingMessage } from '../model/outgoing.ts';
import type { ChatRecord, UnitRecord } from '../model/records.ts';
import { steeringChats } from './chats-of.ts';
import { composeUnitTaskList } from './compose-task-list.ts';
import { loadTaskViews } from './load-task-views.ts';
import type { WorkflowPorts } from './ports.ts';
import { refreshTaskCards } from './refresh-task-cards.ts';

/**
 * The bot removed from (or blocked in) a connected unit's group: from then on nothing reaches that
 * unit, and without a word the steering group would read its silence as the unit's. Each steering
 * group is told which unit, what it means and how to fix it, through the outbox. Returns the notices queued.
 */
export async function warnSteeringOfLostUnitGroup(
  ports: WorkflowPorts,
  input: { chat: ChatRecord; unit: Pick<UnitRecord, 'code' | 'name'>; blocked: boolean; now: Date },
): Promise<number> {
  return tellSteering(ports, { ...input, key: 'unit-group-lost', message: input.blocked ? 'absence.blocked' : 'absence.removed' });
}

/** Added back to that group: the steering group hears it, so the warning is not the last word. */
export async function tellSteeringOfRejoinedUnitGroup(
  ports: WorkflowPorts,
  input: { chat: ChatRecord; unit: Pick<UnitRecord, 'code' | 'name'>; now: Date },
): Promise<number> {
  return tellSteering(ports, { ...input, key: 'unit-group-back', message: 'absence.back' });
}

async function tellSteering(
  ports: WorkflowPorts,
  input: { chat: ChatRecord; unit: Pick<UnitRecord, 'code' | 'name'>; now: Date; key: string; message: MessageKey },
): Promise<number> {
  let queued = 0;
  for (const steering of await steeringChats(ports)) {
    const html = t(steering.locale, input.message, { unit: input.unit.name, group: input.chat.title ?? '', code: input.unit.code });
    const stored = await ports.outbox.enqueue({
      chatId: steering.id,
      kind: 'notice',
      idempotencyKey: `${input.key}:${input.chat.id}:${input.now.getTime()}:${steering.id}`,
      message: { html },
      notBefore: input.now,
    });
    if (stored) queued += 1;
  }
  return queued;
}

/**
 * The bot added back to a unit's group it had been removed from: what it missed is not replayed
 * notice by notice; the group gets its tasks as they stand now (the /nhiemvu list), and where the
 * messenger edits messages the cards it still shows (an old deadline, buttons of a task since
 * confirmed) are refreshed through the outbox, like after any change of those tasks.
 */
export async function catchUpRejoinedUnitGroup(
  ports: WorkflowPorts,
  input: { chat: ChatRecord; unit: Pick<UnitRecord, 'id' | 'name'>; now: Date },
): Promise<OutgoingMessage> {
  const tasks = await ports.stores.tasks.listTasks({ unitId: input.unit.id });
  if (hasMessageEdits(input.chat.platform)) for (const task of tasks) await refreshTaskCards(ports, { task, now: input.now });
  const views = await loadTaskViews(ports.stores.reports, tasks, input.now);
  return { html: composeUnitTaskList(views, { id: input.unit.id, name: input.unit.name }, input.now, input.chat.locale) };
}
