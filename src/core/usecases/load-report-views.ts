/**
 * The task views a period's report is judged by (/baocao text, .docx, .xlsx alike): as they stand now,
 * or, for a period that has ended, as they stood at its end (task-as-of.ts), so a report on quý II/2023
 * asked in July shows no report, confirmation or "chờ xác nhận" made after 30/06/2023, and counts
 * "quá hạn N ngày" to the period's end, the date its "Số liệu tính đến" names.
 */
import { deriveViews } from '../digest/digest-rows.ts';
import type { ReportRecord, TaskRecord } from '../model/records.ts';
import type { ReportStore } from '../ports/report-store.ts';
import type { ReportPeriod } from '../reports/parse-period.ts';
import { reportAsOf, reportsUntil, taskAsOf } from '../reports/task-as-of.ts';
import type { TaskView } from '../status/derive-task-state.ts';
import { loadTaskViews } from './load-task-views.ts';

/** Reports read per task to rebuild it at a period's end (a year of weekly reports by many units). */
const HISTORY = 2000;

export interface ReportViews {
  views: TaskView[];
  /** the instant the report is judged at: the period's end when past, else now */
  asOf: Date;
  /** each task's reports made by `asOf`, newest first (read only for a past period) */
  reports?: ReadonlyMap<number, readonly ReportRecord[]>;
}

export async function loadReportViews(
  reports: Pick<ReportStore, 'historyOfTasks'>,
  tasks: readonly TaskRecord[],
  now: Date,
  period: ReportPeriod | null | undefined,
): Promise<ReportViews> {
  const asOf = reportAsOf(period, now);
  if (asOf === now || tasks.length === 0) return { views: await loadTaskViews(reports, tasks, now), asOf: now };
  const read = await reports.historyOfTasks(
    tasks.map((t) => t.id),
    HISTORY,
  );
  const until = new Map<number, readonly ReportRecord[]>();
  const complete = new Set<number>();
  for (const task of tasks) {
    const all = read.get(task.id) ?? [];
    until.set(task.id, reportsUntil(all, asOf));
    if (all.length < HISTORY) complete.add(task.id);
  }
  const asThen = tasks.map((task) => taskAsOf(task, read.get(task.id) ?? [], asOf));
  return { views: deriveViews(asThen, asOf, until, complete), asOf, reports: until };
}
