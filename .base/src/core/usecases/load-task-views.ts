import { deriveViews, type ReportsByTask } from '../digest/digest-rows.ts';
import type { TaskView } from '../status/derive-task-state.ts';
import type { TaskRecord } from '../model/records.ts';
import type { ReportStore } from '../ports/report-store.ts';

/** How far back a blocker's reports are read; a unit's run of "vướng mắc" reports is never this long. */
const BLOCKER_HISTORY = 200;
/**
 * How far back a recurring duty's reports are read: each report covers one occurrence, so the matching
 * needs them all (a year of weekly reports by twenty units). A longer history is trimmed and its
 * earliest kept report stands for the ones before it (owed-deadline.ts).
 */
const RECURRING_HISTORY = 2000;

export interface StatusReports {
  reports: ReportsByTask;
  /** tasks whose entry holds their whole history */
  complete: ReadonlySet<number>;
}

/**
 * The report history deriveTaskState needs: of every open task with a blocked unit (the blocker's reason
 * and age) and of every recurring duty (which occurrence each report covered). Other tasks need none,
 * so lists of one-off tasks without blockers stay one query.
 */
export async function loadStatusReports(reports: Pick<ReportStore, 'historyOfTasks'>, tasks: readonly TaskRecord[]): Promise<StatusReports> {
  const recurring = tasks.filter((task) => task.recurrence !== null);
  const blocked = tasks.filter((task) => task.recurrence === null && task.status !== 'done' && task.assignments.some((a) => a.status === 'blocked'));
  const ids = [...recurring, ...blocked].map((task) => task.id);
  if (ids.length === 0) return { reports: new Map(), complete: new Set() };
  const limit = recurring.length > 0 ? RECURRING_HISTORY : BLOCKER_HISTORY;
  // one read for all of them: a digest of forty tasks must not cost a query per task
  const read = await reports.historyOfTasks(ids, limit);
  return { reports: read, complete: new Set(ids.filter((id) => (read.get(id)?.length ?? 0) < limit)) };
}

/** The tasks as every view shows them: deriveTaskState with the reports their blockers and recurring duties need. */
export async function loadTaskViews(reports: Pick<ReportStore, 'historyOfTasks'>, tasks: readonly TaskRecord[], now: Date): Promise<TaskView[]> {
  const status = await loadStatusReports(reports, tasks);
  return deriveViews(tasks, now, status.reports, status.complete);
}
