import { deriveViews, type ReportsByTask } from '../digest/digest-rows.ts';
import type { TaskView } from '../status/derive-task-state.ts';
import type { ReportRecord, TaskRecord } from '../model/records.ts';
import type { ReportStore } from '../ports/report-store.ts';

/** How far back a blocker's reports are read; a unit's run of "vướng mắc" reports is never this long. */
const BLOCKER_HISTORY = 200;

/**
 * The report history of every open task with a blocked unit: what deriveTaskState needs for the
 * blocker's reason and age. Tasks without a blocker need no history, so lists stay one query.
 */
export async function loadBlockerReports(reports: Pick<ReportStore, 'history'>, tasks: readonly TaskRecord[]): Promise<ReportsByTask> {
  const byTask = new Map<number, ReportRecord[]>();
  for (const task of tasks) {
    if (task.status === 'done' || !task.assignments.some((a) => a.status === 'blocked')) continue;
    byTask.set(task.id, await reports.history(task.id, BLOCKER_HISTORY));
  }
  return byTask;
}

/** The tasks as every view shows them: deriveTaskState with the reports their blockers need. */
export async function loadTaskViews(reports: Pick<ReportStore, 'history'>, tasks: readonly TaskRecord[], now: Date): Promise<TaskView[]> {
  return deriveViews(tasks, now, await loadBlockerReports(reports, tasks));
}
