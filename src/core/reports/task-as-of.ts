/**
 * A report for a period that has ended judges each task as it stood at the period's end: the task and
 * its units' parts rebuilt from the reports made by then (the same changes the use cases store: a lead's
 * "done" waits for confirmation, the secretariat's confirmation closes it, its return or a blocker's
 * resolution reopens it), so nothing reported, confirmed or returned after the period shows in it.
 * The deadlines and units are the task's current ones.
 */
import { applyReport } from '../model/apply-report.ts';
import type { ReportRecord, TaskRecord } from '../model/records.ts';
import { effectiveReports } from '../status/effective-reports.ts';
import type { ReportPeriod } from './parse-period.ts';

/** The instant a report is judged at: the end of its period when that is past, else now. */
export function reportAsOf(period: ReportPeriod | null | undefined, now: Date): Date {
  return period && period.to.getTime() < now.getTime() ? period.to : now;
}

/** The reports made by `asOf` (an undo made later does not undo them yet). */
export function reportsUntil(reports: readonly ReportRecord[], asOf: Date): ReportRecord[] {
  return reports.filter((r) => r.createdAt.getTime() <= asOf.getTime());
}

type TaskChange = { status: TaskRecord['status']; percent: number | null; doneReportedAt?: Date | null; confirmedAt?: Date | null };

/** What a lead's report (or the secretariat's decision on the lead's part) made of the task. */
function taskChange(task: TaskRecord, report: ReportRecord): TaskChange | undefined {
  if (report.channel !== 'secretariat')
    return report.status === 'done'
      ? { status: 'awaiting_confirmation', percent: 100, doneReportedAt: report.createdAt }
      : { status: report.status, percent: report.percent, doneReportedAt: null };
  if (report.status === 'done') return { status: 'done', percent: 100, confirmedAt: report.createdAt };
  if (task.status === 'awaiting_confirmation') return { status: 'returned', percent: report.percent, doneReportedAt: null };
  if (task.status === 'blocked') return { status: 'in_progress', percent: report.percent };
  return undefined;
}

/** The task as it stood at `asOf`, from its reports (any order); the task itself when nothing was reported since. */
export function taskAsOf(task: TaskRecord, reports: readonly ReportRecord[], asOf: Date): TaskRecord {
  if (!reports.some((r) => r.createdAt.getTime() > asOf.getTime())) return task;
  const lead = task.assignments.find((a) => a.role === 'lead');
  let state: TaskRecord = {
    ...task,
    status: 'not_started',
    percent: null,
    doneReportedAt: null,
    confirmedAt: null,
    assignments: task.assignments.map((a) => ({ ...a, status: 'not_started', percent: null, lastReportAt: null, doneReportedAt: null })),
  };
  for (const report of effectiveReports(reportsUntil(reports, asOf))) {
    if (!state.assignments.some((a) => a.unitId === report.unitId)) continue;
    const change = report.unitId === lead?.unitId ? taskChange(state, report) : undefined;
    state = applyReport(state, {
      unitId: report.unitId,
      status: report.status,
      percent: report.percent,
      at: report.createdAt,
      channel: report.channel,
      ...(change ? { taskStatus: change } : {}),
    });
  }
  return state;
}
