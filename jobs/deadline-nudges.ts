/** Deadline nudges each working morning (08:00): before, on and after each open assignment's deadline. */
import { addDays } from '../src/core/time/local-date.ts';
import { deriveTaskState, isDoneState, type PartState } from '../src/core/status/derive-task-state.ts';
import type { TaskStatus } from '../src/core/status/task-status.ts';
import { JOB_NAMES } from '../src/core/jobs/slot-keys.ts';
import { planNudges } from '../src/core/nudges/plan-nudges.ts';
import { deliverNudges, type NudgeItem } from './deliver-nudges.ts';
import { morningRunSlots } from './morning-run-slots.ts';
import type { JobDefinition } from './types.ts';

const ESCALATION_CATCH_UP_DAYS = 7;

/** What nudges need of a unit's part (from the one status truth): finished, waiting, or still to do. */
function nudgeStatus(part: PartState): TaskStatus {
  if (isDoneState(part.state)) return 'done';
  if (part.state === 'awaiting_confirmation') return 'awaiting_confirmation';
  if (part.state === 'blocked') return 'blocked';
  return part.state === 'not_started' ? 'not_started' : 'in_progress';
}

export const deadlineNudgesJob: JobDefinition = {
  name: JOB_NAMES.deadlineNudges,
  async slots(deps, localDate) {
    return { slots: morningRunSlots(JOB_NAMES.deadlineNudges, deps, localDate) };
  },
  async run(deps, slot) {
    const items: NudgeItem[] = [];
    for (const task of await deps.stores.tasks.listTasks()) {
      if (!task.dueAt || task.recurrence) continue;
      const view = deriveTaskState({ task, now: slot.now });
      for (const part of view.parts) {
        const { assignment, due } = part;
        // the deadline the views judge (owed-deadline.ts); a one-off task's own
        if (!due) continue;
        const planned = planNudges({
          taskId: String(task.id),
          unitId: String(assignment.unitId),
          due,
          // while the lead's "done" awaits confirmation nobody is chased (a supporting part stays its own in the views)
          status: view.state === 'awaiting_confirmation' ? 'awaiting_confirmation' : nudgeStatus(part),
          today: slot.localDate,
          calendar: deps.calendar,
        });
        for (const nudge of planned) {
          // planNudges repeats a past escalation so a missed one is caught up; a week back is enough.
          if (nudge.kind === 'escalate' && nudge.date < addDays(slot.localDate, -ESCALATION_CATCH_UP_DAYS)) continue;
          items.push({ keyTaskId: String(task.id), task: { code: task.code, title: task.title, due }, assignment, nudge });
        }
      }
    }
    const enqueued = await deliverNudges(deps, slot, items);
    return { enqueued, detail: `${items.length} nudge(s) planned` };
  },
};
