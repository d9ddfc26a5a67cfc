/**
 * The nudges one task owes on a local day, as the morning nudge jobs plan them (jobs/deadline-nudges.ts,
 * jobs/recurring-duties.ts). The outbox asks the same question again just before it sends a queued
 * nudge (queued-nudge-check.ts), so both answer from one place.
 */
import type { AssignmentRecord, ReportRecord, TaskRecord } from '../model/records.ts';
import { addDays } from '../time/local-date.ts';
import type { WorkCalendar } from '../time/work-calendar.ts';
import { deriveTaskState, isDoneState, type PartState } from '../status/derive-task-state.ts';
import { owedFromOf, owedOccurrences, reportHistoryOf } from '../status/owed-deadline.ts';
import type { TaskStatus } from '../status/task-status.ts';
import { type PlannedNudge, planNudges } from '../nudges/plan-nudges.ts';
import type { NudgeTask } from './compose-nudge.ts';
import { escalationCompanions, planRecurringNudges } from './recurring-nudges.ts';

export interface TaskNudge {
  /** the task id used in keys: the task id, or `${taskId}@${occurrence}` for a recurring duty */
  keyTaskId: string;
  task: NudgeTask;
  assignment: AssignmentRecord;
  nudge: PlannedNudge;
  /** the unit's part is blocked: its nudge and the escalation say so instead of asking for progress as if nothing was said */
  blocked?: boolean;
}

const ESCALATION_CATCH_UP_DAYS = 7;

/** What nudges need of a unit's part (from the one status truth): finished, waiting, or still to do. */
function nudgeStatus(part: PartState): TaskStatus {
  if (isDoneState(part.state)) return 'done';
  if (part.state === 'awaiting_confirmation') return 'awaiting_confirmation';
  if (part.state === 'blocked') return 'blocked';
  return part.state === 'not_started' ? 'not_started' : 'in_progress';
}

/** A one-off task's nudges on `localDate`: before, on and after each open part's deadline. */
export function deadlineNudgesOfTask(task: TaskRecord, localDate: string, now: Date, calendar: WorkCalendar): TaskNudge[] {
  if (!task.dueAt || task.recurrence) return [];
  const items: TaskNudge[] = [];
  const view = deriveTaskState({ task, now });
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
      today: localDate,
      calendar,
    });
    for (const nudge of planned) {
      // planNudges repeats a past escalation so a missed one is caught up; a week back is enough.
      if (nudge.kind === 'escalate' && nudge.date < addDays(localDate, -ESCALATION_CATCH_UP_DAYS)) continue;
      items.push({
        keyTaskId: String(task.id),
        task: { code: task.code, title: task.title, due, planNumber: task.planNumber },
        assignment,
        nudge,
        ...(part.state === 'blocked' ? { blocked: true } : {}),
      });
    }
  }
  return items;
}

/** A recurring duty's nudges on `localDate`: each occurrence a unit owes, judged by the unit's reports. */
export function recurringNudgesOfTask(
  task: TaskRecord,
  reports: readonly ReportRecord[] | null,
  complete: boolean,
  localDate: string,
  now: Date,
  calendar: WorkCalendar,
): TaskNudge[] {
  const recurrence = task.recurrence;
  if (!recurrence) return [];
  const units = task.assignments.map((assignment) => {
    // Status says nothing about the next occurrence: each one is judged by the unit's reports.
    const history = reportHistoryOf(assignment, reports, complete);
    const owedFrom = owedFromOf(task, assignment);
    const owed = owedOccurrences(recurrence, { history, owedFrom }, localDate);
    const planned = planRecurringNudges({
      taskId: String(task.id),
      unitId: String(assignment.unitId),
      recurrence,
      history,
      owedFrom,
      today: localDate,
      now,
      calendar,
    });
    return { unit: assignment, owed, planned };
  });
  const nudges = [
    ...units.flatMap(({ unit, planned }) => planned.map((nudge) => ({ nudge, unit }))),
    // an occurrence's escalation names every unit still owing it
    ...escalationCompanions(units, now),
  ];
  return nudges.map(({ nudge, unit: assignment }) => ({
    keyTaskId: `${task.id}@${nudge.occurrence.key}`,
    task: { code: task.code, title: task.title, due: nudge.occurrence.due, occurrence: nudge.occurrence.key, planNumber: task.planNumber },
    assignment,
    nudge,
  }));
}
