import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app-deps.ts';
import type { TaskRecord } from '../../src/core/model/records.ts';
import type { TaskStore } from '../../src/core/ports/task-store.ts';
import { withRepliedTask } from '../../src/dispatch/replied-task-snapshot.ts';

const task = (id: number, status: TaskRecord['status']) => ({ id, status }) as unknown as TaskRecord;

describe('the replied-to task read with the arrival (one update)', () => {
  it('answers the first lookup of that message, and the store every other one', async () => {
    const calls: string[] = [];
    const store = {
      findTaskByMessage: async (chatId: number, messageId: string) => {
        calls.push(`${chatId}:${messageId}`);
        return { task: task(1, 'in_progress'), unitId: null };
      },
    } as unknown as TaskStore;
    const deps = withRepliedTask({ stores: { tasks: store } } as unknown as AppDeps, 5, {
      messageId: '10',
      found: { task: task(1, 'not_started'), unitId: 3 },
    });
    expect(await deps.stores.tasks.findTaskByMessage(5, '11')).toMatchObject({ task: { status: 'in_progress' } });
    expect(await deps.stores.tasks.findTaskByMessage(6, '10')).toMatchObject({ task: { status: 'in_progress' } });
    expect(calls).toEqual(['5:11', '6:10']);
    expect(await deps.stores.tasks.findTaskByMessage(5, '10')).toEqual({ task: task(1, 'not_started'), unitId: 3 });
    expect(calls).toHaveLength(2);
    // later in the same update (after a write, say) it is read again
    expect(await deps.stores.tasks.findTaskByMessage(5, '10')).toMatchObject({ task: { status: 'in_progress' } });
    expect(calls).toEqual(['5:11', '6:10', '5:10']);
  });
});
