/**
 * A task the lead reported done is judged at the report, not against today: a report on time that
 * waits for the secretariat's confirmation is "báo hoàn thành 20/02/2023, đúng hạn", never "quá hạn 21
 * ngày", which would blame the unit for the secretariat's wait. Same rule as deriveTaskState's
 * official bucket (done late when reported after the deadline instant).
 */
import type { ListBucket } from './derive-task-state.ts';
import { daysOverdue } from './days-to-due.ts';

export interface ReportedTimeliness {
  reportedAt: Date;
  /** 0 when reported on time; else whole local days after the deadline (at least 1); null: no deadline to judge by */
  lateDays: number | null;
  /** the deadline it was judged by: a one-off task's, or the recurring occurrence that "done" settled */
  due: Date | null;
  /** that occurrence's period ("2023-03"); null for a one-off task */
  occurrence: string | null;
}

/** A task's or part's row as the views judge it (TaskView, PartState, DigestTask). */
export interface JudgedRow {
  listBucket: ListBucket;
  doneReportedAt: Date | null;
  /** the deadline the "done" answered to (a recurring duty: the occurrence it settled, not the one owed now) */
  doneDue: Date | null;
  doneOccurrence?: string | null;
}

/**
 * A recurring duty's "done" judged against the occurrence it settled, whatever is owed now (the next
 * occurrence may already be overdue); null when no "done" settled an occurrence.
 */
export function settledTimeliness(row: Omit<JudgedRow, 'listBucket'>): ReportedTimeliness | null {
  const { doneReportedAt, doneDue, doneOccurrence } = row;
  if (doneReportedAt === null || doneDue === null || !doneOccurrence) return null;
  return { reportedAt: doneReportedAt, lateDays: daysOverdue(doneDue, doneReportedAt), due: doneDue, occurrence: doneOccurrence };
}

/**
 * The judgement of a task (or part) reported done, or null when it is judged against now: still open, or
 * a recurring duty whose next occurrence is overdue (its list bucket then says 'overdue', not the state).
 */
export function reportedTimeliness(row: JudgedRow): ReportedTimeliness | null {
  const { listBucket: bucket, doneReportedAt, doneDue: due } = row;
  if (doneReportedAt === null) return null;
  if (bucket !== 'awaiting_confirmation' && bucket !== 'done_on_time' && bucket !== 'done_late' && bucket !== 'done_no_deadline') return null;
  return { reportedAt: doneReportedAt, lateDays: due ? daysOverdue(due, doneReportedAt) : null, due, occurrence: row.doneOccurrence ?? null };
}
