/**
 * A queued nudge is sent only while the morning's planning would still plan it: the nudge jobs'
 * own rule (src/core/jobs/task-nudges.ts) asked again at the moment of sending. A unit that reported
 * its part (or the occurrence of a recurring duty) done since the nudge was queued is not nudged.
 */
import type { QueuedNudgeCheck } from '../ports/queued-nudge-check.ts';
import type { ReportStore } from '../ports/report-store.ts';
import type { TaskStore } from '../ports/task-store.ts';
import { deadlineNudgesOfTask, recurringNudgesOfTask, type TaskNudge } from '../jobs/task-nudges.ts';
import type { WorkCalendar } from '../time/work-calendar.ts';
import { localDateKey } from '../time/zone.ts';
import { loadStatusReports } from './load-task-views.ts';

interface QueuedNudge {
  taskId: number;
  /** `${taskId}` or `${taskId}@${occurrence}`, as the nudge keys write it */
  keyTaskId: string;
  /** the unit's id, or 'steering' for an escalation */
  target: string;
  kind: string;
  date: string;
}

/** The nudge an outbox key names (nudge:<task>[@occurrence]:<unit|steering>:<kind>:<date>[:<chat>]); null if it names none. */
export function queuedNudgeOfKey(key: string): QueuedNudge | null {
  const m = /^nudge:((\d+)(?:@[^:]+)?):([^:]+):([a-z_0-9]+):(\d{4}-\d{2}-\d{2})(?::|$)/.exec(key);
  if (!m) return null;
  return { keyTaskId: m[1]!, taskId: Number(m[2]), target: m[3]!, kind: m[4]!, date: m[5]! };
}

function matches(queued: QueuedNudge, planned: TaskNudge): boolean {
  if (planned.keyTaskId !== queued.keyTaskId || planned.nudge.kind !== queued.kind || planned.nudge.date !== queued.date) return false;
  return queued.target === 'steering' || String(planned.assignment.unitId) === queued.target;
}

export function createQueuedNudgeCheck(ports: {
  stores: { tasks: Pick<TaskStore, 'getTask'>; reports: Pick<ReportStore, 'historyOfTasks'> };
  calendar: WorkCalendar;
}): QueuedNudgeCheck {
  return {
    async stillDue(key, now) {
      const queued = queuedNudgeOfKey(key);
      if (!queued) return true;
      const task = await ports.stores.tasks.getTask(queued.taskId);
      if (!task || task.archivedAt !== null) return false;
      const today = localDateKey(now);
      let planned: TaskNudge[];
      if (task.recurrence) {
        const { reports, complete } = await loadStatusReports(ports.stores.reports, [task]);
        planned = recurringNudgesOfTask(task, reports.get(task.id) ?? null, complete.has(task.id), today, now, ports.calendar);
      } else planned = deadlineNudgesOfTask(task, today, now, ports.calendar);
      return planned.some((p) => matches(queued, p));
    },
  };
}
