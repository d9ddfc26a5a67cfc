import type { AuditEntry } from '../ports/system-store.ts';

/** The audit action /giao writes when it closes the former lead's "done" awaiting confirmation. */
export const DONE_REQUEST_CLOSED = 'task.done_request_closed';

/** A "done" report a reassignment closed: it no longer counts, and the history says why. */
export interface ClosedDoneReport {
  reportId: number;
  /** the unit the task went to */
  leadName: string;
}

/** The "done" reports closed by /giao, read from the task's `task.done_request_closed` audit rows. */
export function closedDoneReports(audit: readonly AuditEntry[]): ClosedDoneReport[] {
  return audit.flatMap((row) => {
    if (row.action !== DONE_REQUEST_CLOSED || !row.after || typeof row.after !== 'object') return [];
    const { reportId, leadName } = row.after as { reportId?: unknown; leadName?: unknown };
    return typeof reportId === 'number' ? [{ reportId, leadName: typeof leadName === 'string' ? leadName : '' }] : [];
  });
}
