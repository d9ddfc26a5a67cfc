/** Deadline nudges each working morning (08:00): before, on and after each open assignment's deadline. */
import { JOB_NAMES } from '../src/core/jobs/slot-keys.ts';
import { deadlineNudgesOfTask } from '../src/core/jobs/task-nudges.ts';
import { deliverNudges, type NudgeItem } from './deliver-nudges.ts';
import { morningRunSlots } from './morning-run-slots.ts';
import type { JobDefinition } from './types.ts';

export const deadlineNudgesJob: JobDefinition = {
  name: JOB_NAMES.deadlineNudges,
  async slots(deps, localDate) {
    return { slots: morningRunSlots(JOB_NAMES.deadlineNudges, deps, localDate) };
  },
  async run(deps, slot) {
    const items: NudgeItem[] = [];
    for (const task of await deps.stores.tasks.listTasks()) items.push(...deadlineNudgesOfTask(task, slot.localDate, slot.now, deps.calendar));
    const enqueued = await deliverNudges(deps, slot, items);
    return { enqueued, detail: `${items.length} nudge(s) planned` };
  },
};
