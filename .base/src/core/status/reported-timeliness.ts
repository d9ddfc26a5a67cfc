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
}

/**
 * The judgement of a task (or part) reported done, or null when it is judged against now: still open, or
 * a recurring duty whose next occurrence is overdue (its list bucket then says 'overdue', not the state).
 */
export function reportedTimeliness(bucket: ListBucket, due: Date | null, doneReportedAt: Date | null): ReportedTimeliness | null {
  if (doneReportedAt === null) return null;
  if (bucket !== 'awaiting_confirmation' && bucket !== 'done_on_time' && bucket !== 'done_late' && bucket !== 'done_no_deadline') return null;
  return { reportedAt: doneReportedAt, lateDays: due ? daysOverdue(due, doneReportedAt) : null };
}
