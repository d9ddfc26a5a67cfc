import { deriveViews, type ReportsByTask } from '../digest/digest-rows.ts';
import type { TaskView } from '../status/derive-task-state.ts';
import type { TaskRecord } from '../model/records.ts';
import type { ReportStore } from '../ports/report-store.ts';

/** How far back a blocker's reports are read; a unit's run of "vướng mắc" reports is never this long. */
const BLOCKER_HISTORY = 200;

/**
 * The report history of every open task with a blocked unit: what deriveTaskState needs for the
 * blocker's reason and age. Tasks without a blocker need no history, so lists stay one query.
 */
export async function loadBlockerReports(reports: Pick<ReportStore, 'historyOfTasks'>, tasks: readonly TaskRecord[]): Promise<ReportsByTask> {
  const blocked = tasks.filter((task) => task.status !== 'done' && task.assignments.some((a) => a.status === 'blocked')).map((task) => task.id);
  // one read for all of them: a digest of forty tasks must not cost a query per blocked task
  return blocked.length === 0 ? new Map() : reports.historyOfTasks(blocked, BLOCKER_HISTORY);
}

/** The tasks as every view shows them: deriveTaskState with the reports their blockers need. */
export async function loadTaskViews(reports: Pick<ReportStore, 'historyOfTasks'>, tasks: readonly TaskRecord[], now: Date): Promise<TaskView[]> {
  return deriveViews(tasks, now, await loadBlockerReports(reports, tasks));
}
