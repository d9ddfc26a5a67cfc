import type { AppDeps } from '../app-deps.ts';
import type { TaskStore } from '../core/ports/task-store.ts';
import type { RepliedTask } from '../db/repositories/pg-arrival.ts';

/**
 * The dependencies of one update whose arrival statement also read the task of the message it
 * replies to (PostgreSQL, pg-arrival.ts): the update's first lookup of that message
 * (`findTaskByMessage`, the reply or evidence handler's first read) gets that reading instead of
 * asking the database; any later lookup asks the database. The reading is as fresh as the update's
 * start, under its chat's turn, and lives only while this update is handled: nothing is shared
 * between updates or instances.
 */
export function withRepliedTask(deps: AppDeps, chatId: number, replied: RepliedTask): AppDeps {
  const inner = deps.stores.tasks;
  let unused = true;
  const tasks: TaskStore = {
    ...inner,
    findTaskByMessage(lookupChatId, messageId) {
      if (unused && lookupChatId === chatId && messageId === replied.messageId) {
        unused = false;
        return Promise.resolve(replied.found);
      }
      return inner.findTaskByMessage(lookupChatId, messageId);
    },
  };
  return { ...deps, stores: { ...deps.stores, tasks } };
}
