import type { Locale, ReportRecord, TaskRecord } from '../model/records.ts';
import { formatDateTimeVi } from '../time/zone.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';
import { statusLabel } from './status-label.ts';

export function byWhom(report: ReportRecord): string {
  return report.reporterName ?? report.reporterId;
}

/**
 * Why a task cannot be confirmed or returned now, told as what happened to its last "done":
 * confirmed, returned, withdrawn or replaced by a later report (when, by whom), or never reported done.
 */
export async function decisionRefusal(ports: WorkflowPorts, task: TaskRecord, locale: Locale): Promise<Refusal> {
  const lead = task.assignments.find((a) => a.role === 'lead');
  if (!lead) return refuse('refuse.not_awaiting', { code: task.code });
  const history = await ports.stores.reports.history(task.id, 500);
  const byId = new Map(history.map((r) => [r.id, r]));
  const retracted = new Set(history.flatMap((r) => (r.retractsReportId === null ? [] : [r.retractsReportId])));
  let later: ReportRecord | null = null;
  for (const report of history) {
    if (report.unitId !== lead.unitId) continue;
    const at = formatDateTimeVi(report.createdAt);
    const own = report.channel !== 'secretariat' && report.retractsReportId === null && !retracted.has(report.id);
    if (own && report.status === 'done' && later) {
      // The unit reported again after its "done": that report replaced the request to confirm.
      return refuse('decision.already_superseded', {
        code: task.code,
        unit: lead.unitName,
        at: formatDateTimeVi(later.createdAt),
        status: statusLabel(later.status, locale),
      });
    }
    if (own && report.status !== 'done' && !later) later = report;
    if (report.channel === 'secretariat' && report.status === 'done') {
      return refuse('decision.already_confirmed', { code: task.code, at, by: byWhom(report) });
    }
    if (report.channel === 'secretariat') {
      return refuse('decision.already_returned', { code: task.code, at, by: byWhom(report), reason: report.note ?? '' });
    }
    const undone = report.retractsReportId === null ? undefined : byId.get(report.retractsReportId);
    if (undone?.status === 'done') {
      return refuse('decision.already_withdrawn', { code: task.code, unit: lead.unitName, at, by: byWhom(report) });
    }
  }
  return (await leadChangedRefusal(ports, task, lead.unitName)) ?? refuse('refuse.not_awaiting', { code: task.code });
}

/**
 * The "done" being decided was the former lead's, closed when /giao gave the task another lead
 * (audited as task.done_request_closed): say so, rather than that nobody reported it done.
 */
async function leadChangedRefusal(ports: WorkflowPorts, task: TaskRecord, leadName: string): Promise<Refusal | null> {
  const rows = await ports.stores.audit.list({ entityType: 'task', entityId: String(task.id), action: 'task.done_request_closed' });
  const latest = rows.reduce<(typeof rows)[number] | null>((last, row) => (!last || row.id > last.id ? row : last), null);
  const closed = latest?.after as { unitName?: string } | undefined;
  if (!latest || !closed?.unitName) return null;
  return refuse('decision.lead_changed', {
    code: task.code,
    unit: closed.unitName,
    lead: leadName,
    at: formatDateTimeVi(latest.at),
  });
}
