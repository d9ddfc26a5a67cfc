import type { ReportRecord } from '../model/records.ts';

/** Reports that still count, oldest first: neither an undo nor undone. */
export function effectiveReports(reports: readonly ReportRecord[]): ReportRecord[] {
  const retracted = new Set(reports.flatMap((r) => (r.retractsReportId === null ? [] : [r.retractsReportId])));
  return reports
    .filter((r) => r.retractsReportId === null && !retracted.has(r.id))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
}
