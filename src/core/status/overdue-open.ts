/**
 * "Chưa hoàn thành quá hạn", the one truth every overdue list and count asks (/quahan, /kehoach,
 * /baocao sections I and III, the .docx): an open task past its deadline, and also a "done" the lead
 * reported after the deadline while it awaits the secretariat's confirmation (its official bucket is
 * openOverdue, decided by deriveTaskState). A "done" reported on time is never overdue while it waits.
 */
import type { ListBucket, OfficialBucket, TaskState } from './derive-task-state.ts';
import { daysOverdue, dueDistanceText } from './days-to-due.ts';
import { formatDateVi } from '../time/zone.ts';

export function isOverdueOpen(row: { official: OfficialBucket }): boolean {
  return row.official === 'openOverdue';
}

/** The row in the overdue list bucket when it is overdue-open (lateness wins over "chờ xác nhận" too). */
export function withOverdueBucket<T extends { official: OfficialBucket; listBucket: ListBucket }>(row: T): T {
  return isOverdueOpen(row) && row.listBucket !== 'overdue' ? { ...row, listBucket: 'overdue' } : row;
}

/**
 * How late an overdue-open row is: "quá hạn 5 ngày" against today; a "done" awaiting confirmation is
 * judged at its report, not blamed for the secretariat's wait: "báo hoàn thành 01/06/2023, trễ 1 ngày, chờ xác nhận".
 */
export function overdueLateText(row: { state: TaskState; doneReportedAt: Date | null }, due: Date, now: Date, locale: 'vi' | 'en'): string {
  if (row.state !== 'awaiting_confirmation' || row.doneReportedAt === null) return dueDistanceText(due, now, locale);
  const days = daysOverdue(due, row.doneReportedAt);
  const date = formatDateVi(row.doneReportedAt);
  return locale === 'vi'
    ? `báo hoàn thành ${date}, trễ ${days} ngày, chờ xác nhận`
    : `reported done ${date}, ${days} ${days === 1 ? 'day' : 'days'} late, awaiting confirmation`;
}
