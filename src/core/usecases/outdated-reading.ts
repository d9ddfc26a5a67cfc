import type { Locale, ReportRecord } from '../model/records.ts';
import { formatDateTimeVi } from '../time/zone.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';
import { statusLabel } from './status-label.ts';

/**
 * The newest report on the unit's part made after an instant (history newest first): any report,
 * the unit's own, a retraction or the secretariat's decision, changed what the unit's part says.
 */
export function reportAfter(history: readonly ReportRecord[], unitId: number, after: Date): ReportRecord | null {
  return history.find((r) => r.unitId === unitId && r.createdAt.getTime() > after.getTime()) ?? null;
}

/**
 * "Which status did you mean?" answered after the unit reported the task again: the question is out
 * of date, and recording the pick would silently overwrite the newer report. Refused, showing it.
 */
export async function outdatedReadingRefusal(
  ports: WorkflowPorts,
  input: { taskId: number; taskCode: string; unitId: number; askedAt: Date; locale: Locale },
): Promise<Refusal | null> {
  const newer = reportAfter(await ports.stores.reports.history(input.taskId, 50), input.unitId, input.askedAt);
  if (!newer) return null;
  return refuse('reply.pending_outdated', {
    code: input.taskCode,
    status: statusLabel(newer.status, input.locale),
    // a percent says something only of work under way ("Chưa thực hiện 0%" would not)
    percent: newer.percent === null || (newer.status !== 'in_progress' && newer.status !== 'blocked') ? '' : ` ${newer.percent}%`,
    note: newer.note ? ` — “${newer.note}”` : '',
    at: formatDateTimeVi(newer.createdAt),
    by: newer.reporterName ?? newer.reporterId,
  });
}
