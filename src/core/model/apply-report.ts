import type { TaskStatus } from '../status/task-status.ts';
import type { TaskRecord } from './records.ts';

export interface ReportChange {
  unitId: number;
  status: TaskStatus;
  percent: number | null;
  at: Date;
  /** a 'secretariat' change does not move the unit's last report */
  channel?: string;
  taskStatus?: { status: TaskStatus; percent: number | null; doneReportedAt?: Date | null; confirmedAt?: Date | null };
  /** an undo: the unit's last report goes back to the one before the report taken back (null: none) */
  restoresLastReportAt?: Date | null;
}

/** The unit's "done" time is the first time it reported done; any other status clears it. */
export function nextDoneReportedAt(status: TaskStatus, previous: Date | null, at: Date): Date | null {
  return status === 'done' || status === 'awaiting_confirmation' ? (previous ?? at) : null;
}

/**
 * The unit's last report after a change: a secretariat decision (confirm, return, resolve) leaves it; an undo goes
 * back to the report before the one it takes back, so no view counts a report the unit withdrew as news.
 */
export function nextLastReportAt(change: Pick<ReportChange, 'channel' | 'at' | 'restoresLastReportAt'>, previous: Date | null): Date | null {
  if (change.channel === 'secretariat') return previous;
  return change.restoresLastReportAt !== undefined ? change.restoresLastReportAt : change.at;
}

/** The task as it is after a report, computed from the task as it was (saves reading it back). */
export function applyReport(task: TaskRecord, change: ReportChange): TaskRecord {
  const assignments = task.assignments.map((a) =>
    a.unitId === change.unitId
      ? {
          ...a,
          status: change.status,
          percent: change.percent,
          lastReportAt: nextLastReportAt(change, a.lastReportAt),
          doneReportedAt: nextDoneReportedAt(change.status, a.doneReportedAt, change.at),
        }
      : a,
  );
  const next = change.taskStatus;
  if (!next) return { ...task, assignments };
  return {
    ...task,
    assignments,
    status: next.status,
    percent: next.percent,
    ...(next.doneReportedAt !== undefined ? { doneReportedAt: next.doneReportedAt } : {}),
    ...(next.confirmedAt !== undefined ? { confirmedAt: next.confirmedAt } : {}),
  };
}
