import type { ReportRecord, TaskRecord } from '../model/records.ts';
import { formatDateTimeVi } from '../time/zone.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';

export function byWhom(report: ReportRecord): string {
  return report.reporterName ?? report.reporterId;
}

/**
 * Why a task cannot be confirmed or returned now, told as what happened to its last "done":
 * confirmed, returned or withdrawn (when, by whom), or never reported done at all.
 */
export async function decisionRefusal(ports: WorkflowPorts, task: TaskRecord): Promise<Refusal> {
  const lead = task.assignments.find((a) => a.role === 'lead');
  if (!lead) return refuse('refuse.not_awaiting', { code: task.code });
  const history = await ports.stores.reports.history(task.id, 500);
  const byId = new Map(history.map((r) => [r.id, r]));
  for (const report of history) {
    if (report.unitId !== lead.unitId) continue;
    const at = formatDateTimeVi(report.createdAt);
    if (report.channel === 'secretariat' && report.status === 'done') {
      return refuse('decision.already_confirmed', { code: task.code, at, by: byWhom(report) });
    }
    if (report.channel === 'secretariat') {
      return refuse('decision.already_returned', { code: task.code, at, by: byWhom(report), reason: report.note ?? '' });
    }
    const retracted = report.retractsReportId === null ? undefined : byId.get(report.retractsReportId);
    if (retracted?.status === 'done') {
      return refuse('decision.already_withdrawn', { code: task.code, unit: lead.unitName, at, by: byWhom(report) });
    }
  }
  return refuse('refuse.not_awaiting', { code: task.code });
}
