import { escalationCompanions, planRecurringNudges } from '../src/core/jobs/recurring-nudges.ts';
import { owedFromOf, owedOccurrences, reportHistoryOf } from '../src/core/status/owed-deadline.ts';
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
      const units = task.assignments.map((assignment) => {
        // Status says nothing about the next occurrence: each one is judged by the unit's reports.
        const history = reportHistoryOf(assignment, reports.get(task.id) ?? null, complete.has(task.id));
        const owedFrom = owedFromOf(task, assignment);
        const owed = owedOccurrences(recurrence, { history, owedFrom }, slot.localDate);
        const planned = planRecurringNudges({
          taskId: String(task.id),
          unitId: String(assignment.unitId),
          recurrence,
          history,
          owedFrom,
          today: slot.localDate,
          now: slot.now,
          calendar: deps.calendar,
        });
        return { unit: assignment, owed, planned };
      });
      const nudges = [
        ...units.flatMap(({ unit, planned }) => planned.map((nudge) => ({ nudge, unit }))),
        // an occurrence's escalation names every unit still owing it
        ...escalationCompanions(units, slot.now),
      ];
      for (const { nudge, unit: assignment } of nudges) {
        const keyTaskId = `${task.id}@${nudge.occurrence.key}`;
        items.push({
          keyTaskId,
          task: { code: task.code, title: task.title, due: nudge.occurrence.due, occurrence: nudge.occurrence.key },
          assignment,
          nudge,
        });
      }
    }
    const enqueued = await deliverNudges(deps, slot, items);
    return { enqueued, detail: `${items.length} nudge(s) planned` };
  },
};
