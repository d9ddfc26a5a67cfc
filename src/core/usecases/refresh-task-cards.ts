import { hasMessageEdits } from '../model/platform-traits.ts';
import type { OutgoingMessage } from '../model/outgoing.ts';
import type { ChatRecord, TaskRecord } from '../model/records.ts';
import type { ImportSummary } from '../ports/plan-store.ts';
import { composeUnassignedCard } from './compose-task-message.ts';
import { taskCardKey } from './post-unit-tasks.ts';
import type { WorkflowPorts } from './ports.ts';

/** The outbox key of the one edit of a card that may wait at a time (see EnqueueInput.latest). */
export function taskCardEditKey(taskId: number, chatId: number): string {
  return `${taskCardKey(taskId, chatId)}:edit`;
}

/** The text of a card edit stored before it is rendered: the sender renders the card when it sends it. */
export const CARD_PLACEHOLDER: OutgoingMessage = { html: '' };

/** The key of the one waiting "refresh every card of this task" entry (`latest`: a burst is one entry). */
export function taskCardsRefreshKey(taskId: number): string {
  return `task:${taskId}:cards`;
}

/** The active groups of these units whose messenger edits messages in place (one read for all of them). */
export async function editableUnitChats(ports: Pick<WorkflowPorts, 'stores'>, unitIds: number[]): Promise<ChatRecord[]> {
  if (unitIds.length === 0) return [];
  return (await ports.stores.chats.listChats({ kind: 'unit', unitIds, active: true })).filter((chat) => hasMessageEdits(chat.platform));
}

/**
 * After a task's shown state changed (a report, a decision, a new deadline, an extension asked or
 * denied, a re-import, an undo, /giao), each card of the task in its units' groups is edited to read
 * as the task stands. Here only one entry is queued, without reading anything: "refresh the cards of
 * this task" (`latest`: while it waits, more changes of the task are the same entry). The outbox
 * sender turns it into one edit per group and renders each edit when it sends it
 * (render-task-cards.ts), with the same composeTaskCard that posted the card, so the card shows the
 * state at send time. An edit notifies nobody, so it never becomes a new message: nothing is queued
 * for a messenger that cannot edit (Zalo), and the sender drops an edit it cannot make in place
 * (`editOnly`) or of a card never sent. Returns whether an entry was stored.
 */
export async function refreshTaskCards(ports: Pick<WorkflowPorts, 'outbox'>, input: { task: Pick<TaskRecord, 'id'>; now: Date }): Promise<boolean> {
  return ports.outbox.enqueue({
    chatId: null,
    kind: 'task',
    idempotencyKey: taskCardsRefreshKey(input.task.id),
    message: CARD_PLACEHOLDER,
    notBefore: input.now,
    latest: true,
    card: { taskId: input.task.id },
  });
}

/**
 * After a unit group changed its language (/ngonngu): every card of the unit's tasks in that group is
 * edited to read in the new language, as its next digest and answers will. One edit row per card,
 * rendered when sent (render-task-cards.ts), through the outbox and its rate limits; a card never sent
 * has nothing to edit and its row is dropped. An archived task's card is edited too (it says the task left
 * the plan). Returns the edits queued.
 */
export async function refreshChatCards(ports: Pick<WorkflowPorts, 'stores' | 'outbox'>, input: { chat: ChatRecord; now: Date }): Promise<number> {
  const { chat } = input;
  if (chat.kind !== 'unit' || chat.unitId === null || !chat.active || !hasMessageEdits(chat.platform)) return 0;
  let queued = 0;
  // archived tasks too: their cards say, in the group's language, that they left the plan
  for (const task of await ports.stores.tasks.listTasks({ unitId: chat.unitId, withArchived: true })) {
    const stored = await ports.outbox.enqueue({
      chatId: chat.id,
      kind: 'task',
      idempotencyKey: taskCardEditKey(task.id, chat.id),
      message: CARD_PLACEHOLDER,
      notBefore: input.now,
      edits: taskCardKey(task.id, chat.id),
      editOnly: true,
      latest: true,
      card: { taskId: task.id, unitId: chat.unitId },
    });
    if (stored) queued++;
  }
  return queued;
}

/**
 * After /giao or a re-import of the plan took units off a task: their cards say the task is no longer
 * theirs and name its new lead, so nobody presses a status button that would be refused. Returns the
 * edits queued.
 */
export async function retireTaskCards(
  ports: WorkflowPorts,
  input: { task: TaskRecord; unitIds: number[]; leadName: string; now: Date; byReimport?: boolean },
): Promise<number> {
  let queued = 0;
  for (const chat of await editableUnitChats(ports, input.unitIds)) {
    if (chat.unitId === null) continue;
    const stored = await ports.outbox.enqueue({
      chatId: chat.id,
      kind: 'task',
      // the same key as a refresh's edit: a waiting one (of the card the unit no longer has) takes this text
      idempotencyKey: taskCardEditKey(input.task.id, chat.id),
      message: composeUnassignedCard(input.task, input.leadName, input.now, chat.locale, input.byReimport),
      notBefore: input.now,
      edits: taskCardKey(input.task.id, chat.id),
      editOnly: true,
      latest: true,
    });
    if (stored) queued++;
  }
  return queued;
}

/**
 * After a plan was imported again: the cards of the tasks it changed (a unit whose role changed reads
 * its new role), and of those it archived (their cards say they are no longer in the plan and lose
 * their buttons); the units a kept task no longer names read that it is no longer theirs. New tasks,
 * and the units newly named on a task, get cards from activatePlan. Returns the tasks whose cards'
 * refresh was queued (those with a unit group that edits).
 */
export async function refreshImportedCards(
  ports: WorkflowPorts,
  input: { summary: Pick<ImportSummary, 'planId' | 'updated' | 'archived' | 'unassigned'>; now: Date },
): Promise<number> {
  const { planId, updated, archived, unassigned } = input.summary;
  if (updated.length === 0 && archived.length === 0) return 0;
  const changed = new Set(updated);
  const tasks = updated.length > 0 ? (await ports.stores.tasks.listTasks({ planId })).filter((task) => changed.has(task.code)) : [];
  for (const code of archived) {
    const task = await ports.stores.tasks.findArchivedTaskByCode(code);
    if (task?.planId === planId) tasks.push(task);
  }
  // one read for the groups of every unit concerned: a task whose units have no group that edits has no card to refresh
  const chats = await editableUnitChats(ports, [...new Set(tasks.flatMap((task) => task.assignments.map((a) => a.unitId)))]);
  const withCards = tasks.filter((task) => task.assignments.some((a) => chats.some((chat) => chat.unitId === a.unitId)));
  let queued = 0;
  for (const task of withCards) if (await refreshTaskCards(ports, { task, now: input.now })) queued++;
  for (const { code, unitIds } of unassigned) {
    const task = tasks.find((t) => t.code === code);
    const leadName = task?.assignments.find((a) => a.role === 'lead')?.unitName;
    if (task && leadName) await retireTaskCards(ports, { task, unitIds, leadName, now: input.now, byReimport: true });
  }
  return queued;
}
