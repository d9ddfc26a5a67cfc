/**
 * The one on-time verdict of finished work (a task confirmed, a part reported done): judged at the
 * time done was reported against the deadline it answered to. Work with no deadline is neither on
 * time nor late: "Hoàn thành (không có hạn)", counted apart in every count and view.
 */
export type DoneVerdict = 'done_on_time' | 'done_late' | 'done_no_deadline';

/**
 * `hasDeadline`: whether the work answers to any deadline; a recurring duty does (its occurrences)
 * even where no single `due` is at hand, so it is judged on time unless reported after `due`.
 */
export function doneVerdict(due: Date | null, doneAt: Date | null, hasDeadline: boolean = due !== null): DoneVerdict {
  if (!hasDeadline) return 'done_no_deadline';
  return due !== null && doneAt !== null && doneAt.getTime() > due.getTime() ? 'done_late' : 'done_on_time';
}
