import { hasReplyThreads } from '../model/platform-traits.ts';
import type { OutgoingMessage } from '../model/outgoing.ts';
import type { CardOfGroup, TaskCardRefresher } from '../ports/task-card-refresher.ts';
import { composeTaskCard } from './compose-task-message.ts';
import { loadTaskViews } from './load-task-views.ts';
import { taskCardKey } from './post-unit-tasks.ts';
import type { WorkflowPorts } from './ports.ts';
import { CARD_PLACEHOLDER, editableUnitChats, taskCardEditKey } from './refresh-task-cards.ts';

/**
 * The sender's side of a card refresh (see TaskCardRefresher). Queueing reads the groups of the
 * task's units once and stores one edit per group without its text (`card`); each edit is rendered
 * when it is sent, by the same composeTaskCard that posted the card, so a burst of changes sends the
 * newest state once and an edit that waited (rate limit, retry, the original still queued) never
 * shows an older one.
 */
export function createTaskCardRefresher(ports: WorkflowPorts): TaskCardRefresher {
  async function queueEdits(taskId: number, now: Date, between?: () => Promise<void>): Promise<number> {
    const task = await ports.stores.tasks.getTask(taskId);
    if (!task) return 0; // deleted meanwhile: no card to refresh
    const chats = await editableUnitChats(ports, [...new Set(task.assignments.map((a) => a.unitId))]);
    let queued = 0;
    for (const chat of chats) {
      if (chat.unitId === null) continue;
      await between?.();
      const stored = await ports.outbox.enqueue({
        chatId: chat.id,
        kind: 'task',
        idempotencyKey: taskCardEditKey(taskId, chat.id),
        message: CARD_PLACEHOLDER,
        notBefore: now,
        edits: taskCardKey(taskId, chat.id),
        editOnly: true,
        latest: true,
        card: { taskId, unitId: chat.unitId },
      });
      if (stored) queued++;
    }
    return queued;
  }

  async function render(card: CardOfGroup, now: Date): Promise<OutgoingMessage | null> {
    const [task, chat] = await Promise.all([ports.stores.tasks.getTask(card.taskId), ports.stores.chats.getChat(card.chatId)]);
    // /giao took the unit off the task meanwhile: retireTaskCards has queued its own text under the key
    if (!task || !chat || !task.assignments.some((a) => a.unitId === card.unitId)) return null;
    const [[view], pending] = await Promise.all([
      loadTaskViews(ports.stores.reports, [task], now),
      // the card shows a request still waiting for the steering group, so every edit must keep it
      ports.stores.extensions.pendingForTask(task.id),
    ]);
    if (!view) return null;
    return composeTaskCard(view, card.unitId, now, chat.locale, hasReplyThreads(chat.platform), pending);
  }

  return { queueEdits, render };
}
