import { hasMessageEdits, hasReplyThreads } from '../model/platform-traits.ts';
import type { OutgoingMessage } from '../model/outgoing.ts';
import type { ChatRecord, TaskRecord } from '../model/records.ts';
import type { ImportSummary } from '../ports/plan-store.ts';
import { composeTaskCard, composeUnassignedCard } from './compose-task-message.ts';
import { loadTaskViews } from './load-task-views.ts';
import { taskCardKey } from './post-unit-tasks.ts';
import type { WorkflowPorts } from './ports.ts';

/** The outbox key of the one edit of a card that may wait at a time (see EnqueueInput.latest). */
export function taskCardEditKey(taskId: number, chatId: number): string {
  return `${taskCardKey(taskId, chatId)}:edit`;
}

/** The active groups of these units whose messenger edits messages in place (one read for all of them). */
async function editableUnitChats(ports: WorkflowPorts, unitIds: number[]): Promise<ChatRecord[]> {
  if (unitIds.length === 0) return [];
  return (await ports.stores.chats.listChats({ kind: 'unit', unitIds, active: true })).filter((chat) => hasMessageEdits(chat.platform));
}

/** One waiting edit per card (`latest`), never a new message (`editOnly`). Returns the edits queued. */
async function queueCardEdits(
  ports: WorkflowPorts,
  input: { taskId: number; chats: readonly ChatRecord[]; now: Date; compose: (chat: ChatRecord & { unitId: number }) => OutgoingMessage },
): Promise<number> {
  let queued = 0;
  for (const chat of input.chats) {
    if (chat.unitId === null) continue;
    const stored = await ports.outbox.enqueue({
      chatId: chat.id,
      kind: 'task',
      idempotencyKey: taskCardEditKey(input.taskId, chat.id),
      message: input.compose({ ...chat, unitId: chat.unitId }),
      notBefore: input.now,
      edits: taskCardKey(input.taskId, chat.id),
      editOnly: true,
      latest: true,
    });
    if (stored) queued++;
  }
  return queued;
}

/**
 * After a task's shown state changed (a report, a decision, a new deadline, an extension asked or
 * denied, a re-import, an undo), each card of the task in its units' groups is edited to read as the
 * task stands now, rendered by the same composeTaskCard that posted it. A burst of changes keeps one
 * waiting edit per card, with the newest text (`latest`). An edit notifies nobody, so it never
 * becomes a new message: where the messenger cannot edit (Zalo) nothing is queued, and the sender
 * drops an edit it cannot make in place (`editOnly`). A group that never got the card (bound after
 * the task closed) has nothing to edit: the sender cancels that row. Returns the edits queued.
 */
export async function refreshTaskCards(ports: WorkflowPorts, input: { task: TaskRecord; now: Date; exceptUnitIds?: readonly number[] }): Promise<number> {
  const except = new Set(input.exceptUnitIds);
  const unitIds = [...new Set(input.task.assignments.map((a) => a.unitId))].filter((id) => !except.has(id));
  // one read for the groups of every unit on the task (each reply pays for it: reply-statements.test.ts)
  const chats = await editableUnitChats(ports, unitIds);
  if (chats.length === 0) return 0;
  const [[view], pending] = await Promise.all([
    loadTaskViews(ports.stores.reports, [input.task], input.now),
    // the card shows a request still waiting for the steering group, so every edit must keep it
    ports.stores.extensions.pendingForTask(input.task.id),
  ]);
  if (!view) return 0;
  return queueCardEdits(ports, {
    taskId: input.task.id,
    chats,
    now: input.now,
    compose: (chat) => composeTaskCard(view, chat.unitId, input.now, chat.locale, hasReplyThreads(chat.platform), pending),
  });
}

/**
 * After /giao took units off a task: their cards say the task is no longer theirs and name its new
 * lead, so nobody presses a status button that would be refused. Returns the edits queued.
 */
export async function retireTaskCards(ports: WorkflowPorts, input: { task: TaskRecord; unitIds: number[]; leadName: string; now: Date }): Promise<number> {
  const chats = await editableUnitChats(ports, input.unitIds);
  return queueCardEdits(ports, {
    taskId: input.task.id,
    chats,
    now: input.now,
    compose: (chat) => composeUnassignedCard(input.task, input.leadName, input.now, chat.locale),
  });
}

/**
 * After a plan was imported again: the cards of the tasks it changed, and of those it archived (their
 * cards say they are no longer in the plan and lose their buttons). New tasks get cards from
 * activatePlan. Returns the edits queued.
 */
export async function refreshImportedCards(
  ports: WorkflowPorts,
  input: { summary: Pick<ImportSummary, 'planId' | 'updated' | 'archived'>; now: Date },
): Promise<number> {
  const { planId, updated, archived } = input.summary;
  if (updated.length === 0 && archived.length === 0) return 0;
  const changed = new Set(updated);
  const tasks = updated.length > 0 ? (await ports.stores.tasks.listTasks({ planId })).filter((task) => changed.has(task.code)) : [];
  for (const code of archived) {
    const task = await ports.stores.tasks.findArchivedTaskByCode(code);
    if (task?.planId === planId) tasks.push(task);
  }
  let queued = 0;
  for (const task of tasks) queued += await refreshTaskCards(ports, { task, now: input.now });
  return queued;
}
