import type { ReportRecord } from '../model/records.ts';
import type { WorkflowPorts } from './ports.ts';

/**
 * The report that opened a unit's unbroken run of blocker reports ("thiếu xe", then "vẫn vướng xe" …), whose
 * notice the steering group already has; null when the unit's part was not blocked before (a new blocker).
 * A resolution (/gotvuong) or any other report ends a run; undone reports and undo rows are not part of one.
 */
export async function blockerRunStart(ports: WorkflowPorts, input: { taskId: number; unitId: number; wasBlocked: boolean }): Promise<ReportRecord | null> {
  if (!input.wasBlocked) return null;
  const own = (await ports.stores.reports.history(input.taskId, 200)).filter((r) => r.unitId === input.unitId);
  const retracted = new Set(own.flatMap((r) => (r.retractsReportId === null ? [] : [r.retractsReportId])));
  let start: ReportRecord | null = null;
  for (const report of own) {
    if (report.retractsReportId !== null || retracted.has(report.id)) continue;
    if (report.status !== 'blocked') break;
    start = report;
  }
  return start;
}
