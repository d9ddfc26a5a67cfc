import { planRecurringNudges } from '../src/core/jobs/recurring-nudges.ts';
import { owedFromOf, reportHistoryOf } from '../src/core/status/owed-deadline.ts';
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
      const recurrence = task.recurrence;
      if (!recurrence) continue;
      for (const assignment of task.assignments) {
        // Status says nothing about the next occurrence: each one is judged by the unit's reports.
        const planned = planRecurringNudges({
          taskId: String(task.id),
          unitId: String(assignment.unitId),
          recurrence,
          history: reportHistoryOf(assignment, reports.get(task.id) ?? null, complete.has(task.id)),
          owedFrom: owedFromOf(task, assignment),
          today: slot.localDate,
          now: slot.now,
          calendar: deps.calendar,
        });
        for (const nudge of planned) {
          const keyTaskId = `${task.id}@${nudge.occurrence.key}`;
          items.push({
            keyTaskId,
            task: { code: task.code, title: task.title, due: nudge.occurrence.due, occurrence: nudge.occurrence.key },
            assignment,
            nudge,
          });
        }
      }
    }
    const enqueued = await deliverNudges(deps, slot, items);
    return { enqueued, detail: `${items.length} nudge(s) planned` };
  },
};
