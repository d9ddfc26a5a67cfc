/**
 * "Chưa hoàn thành quá hạn", the one truth every overdue list and count asks (/quahan, /kehoach,
 * /baocao sections I and III, the .docx): an open task past its deadline, and also a "done" the lead
 * reported after the deadline while it awaits the secretariat's confirmation (its official bucket is
 * openOverdue, decided by deriveTaskState). A "done" reported on time is never overdue while it waits.
 */
import type { ListBucket, OfficialBucket, TaskState } from './derive-task-state.ts';
import { daysOverdue, dueDistanceText } from './days-to-due.ts';
import { formatDateVi } from '../time/zone.ts';
import { isPastDue } from './owed-deadline.ts';

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

/** What an overdue-open row names: the period and deadline, and the awaiting "done" it is judged at (null: against today). */
export interface OverdueEntry {
  occurrence: string | null;
  due: Date | null;
  awaitingDoneAt: Date | null;
}

/**
 * The period an overdue-open row is about. A recurring duty's missed occurrence is judged against today,
 * even while the lead's "done" of another occurrence waits for the secretariat (that "done" is not this
 * period's, QA5 #2); otherwise a late "done" awaiting confirmation names the occurrence it settled.
 */
export function overdueEntryOf(
  row: { state: TaskState; due: Date | null; occurrence: string | null; doneReportedAt: Date | null; doneDue: Date | null; doneOccurrence: string | null },
  recurring: boolean,
  now: Date,
): OverdueEntry {
  const awaiting = row.state === 'awaiting_confirmation' && row.doneReportedAt !== null;
  if (!awaiting || (recurring && isPastDue(row.due, now))) return { occurrence: row.occurrence, due: row.due, awaitingDoneAt: null };
  return { occurrence: row.doneOccurrence ?? row.occurrence, due: row.doneDue ?? row.due, awaitingDoneAt: row.doneReportedAt };
}
