import { recurringNudgesOfTask } from '../src/core/jobs/task-nudges.ts';
import { loadStatusReports } from '../src/core/usecases/load-task-views.ts';
import { JOB_NAMES } from '../src/core/jobs/slot-keys.ts';
import { deliverNudges, type NudgeItem } from './deliver-nudges.ts';
import { morningRunSlots } from './morning-run-slots.ts';
import type { JobDefinition } from './types.ts';

export const recurringDutiesJob: JobDefinition = {
  name: JOB_NAMES.recurringDuties,
  async slots(deps, localDate) {
    return { slots: morningRunSlots(JOB_NAMES.recurringDuties, deps, localDate) };
  },
  async run(deps, slot) {
    const items: NudgeItem[] = [];
    const duties = (await deps.stores.tasks.listTasks()).filter((task) => task.recurrence !== null);
    // the same report history the views judge by: which occurrence each report covered
    const { reports, complete } = await loadStatusReports(deps.stores.reports, duties);
    for (const task of duties) {
      items.push(...recurringNudgesOfTask(task, reports.get(task.id) ?? null, complete.has(task.id), slot.localDate, slot.now, deps.calendar));
    }
    const enqueued = await deliverNudges(deps, slot, items);
    return { enqueued, detail: `${items.length} nudge(s) planned` };
  },
};
