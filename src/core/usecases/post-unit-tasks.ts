import { hasReplyThreads } from '../model/platform-traits.ts';
import { isClosedTask } from '../status/closed-task.ts';
import type { ChatRecord, TaskRecord } from '../model/records.ts';
import type { EnqueueInput } from '../ports/outbox.ts';
import { composeTaskCard } from './compose-task-message.ts';
import { unitChats } from './chats-of.ts';
import { loadTaskViews } from './load-task-views.ts';
import type { WorkflowPorts } from './ports.ts';

export interface PostUnitTasksInput {
  unitId: number;
  now: Date;
  /** only these chats (e.g. the group just bound); default: every bound group of the unit */
  chats?: ChatRecord[];
  /** only these tasks (e.g. one reassigned task); default: the unit's open tasks of active plans */
  tasks?: TaskRecord[];
}

/** The outbox key of a task's card in one chat: the message its later edits replace. */
export function taskCardKey(taskId: number, chatId: number): string {
  return `task:${taskId}:${chatId}`;
}

/** The task messages for the unit's groups, not yet queued (a caller may queue something before them). */
export async function unitTaskMessages(ports: WorkflowPorts, input: PostUnitTasksInput): Promise<EnqueueInput[]> {
  const chats = input.chats ?? (await unitChats(ports, input.unitId));
  const all = input.tasks ?? (await ports.stores.tasks.listTasks({ unitId: input.unitId }));
  const tasks = all.filter((task) => !isClosedTask(task) && task.assignments.some((a) => a.unitId === input.unitId));
  if (chats.length === 0 || tasks.length === 0) return [];
  // A group bound late gets the cards as the tasks stand now (a blocker with its reason), as their edits will.
  const views = await loadTaskViews(ports.stores.reports, tasks, input.now);
  const messages: EnqueueInput[] = [];
  for (const chat of chats) {
    for (const view of views) {
      const { task } = view;
      messages.push({
        chatId: chat.id,
        kind: 'task',
        idempotencyKey: taskCardKey(task.id, chat.id),
        message: composeTaskCard(view, input.unitId, input.now, chat.locale, hasReplyThreads(chat.platform)),
        notBefore: input.now,
        link: { taskId: task.id, unitId: input.unitId },
      });
    }
  }
  return messages;
}

/**
 * Queues one message per task the unit leads or supports to the unit's groups. The idempotency key
 * makes re-posting harmless; the outbox links the sent message to the task so replies find it.
 */
export async function postUnitTasks(ports: WorkflowPorts, input: PostUnitTasksInput): Promise<number> {
  const messages = await unitTaskMessages(ports, input);
  if (messages.length === 0) return 0;
  return ports.outbox.enqueueMany(messages);
}
