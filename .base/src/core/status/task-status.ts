/**
 * Task status as Vietnamese task-tracking practice names it, and its judgement against the deadline.
 */
import { dueDistance, isDueSoon } from './days-to-due.ts';
import { doneVerdict } from './done-verdict.ts';
/** 'returned' is only ever a task's status: the secretariat sent a "done" back and the lead has not reported since. */
export const TASK_STATUSES = ['not_started', 'in_progress', 'blocked', 'awaiting_confirmation', 'done', 'returned'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const STATUS_LABEL_VI: Record<TaskStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  blocked: 'Vướng mắc',
  awaiting_confirmation: 'Chờ xác nhận',
  done: 'Hoàn thành',
  returned: 'Bị trả lại',
};

export const STATUS_LABEL_EN: Record<TaskStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  blocked: 'Blocked',
  awaiting_confirmation: 'Awaiting confirmation',
  done: 'Done',
  returned: 'Returned',
};

/** Timeliness of a task: open ones against today, finished ones against when the unit reported done. */
export type Timeliness = 'on_track' | 'due_soon' | 'overdue' | 'done_on_time' | 'done_late' | 'no_deadline' | 'done_no_deadline';

export const TIMELINESS_LABEL_VI: Record<Timeliness, string> = {
  on_track: 'Trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  no_deadline: 'Không có hạn',
  done_no_deadline: 'Hoàn thành (không có hạn)',
};

export const TIMELINESS_LABEL_EN: Record<Timeliness, string> = {
  on_track: 'On track',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  done_on_time: 'Done on time',
  done_late: 'Done late',
  no_deadline: 'No deadline',
  done_no_deadline: 'Done (no deadline)',
};

export interface TimelinessInput {
  status: TaskStatus;
  due: Date | null;
  now: Date;
  /** when the unit reported done (chờ xác nhận starts then); completion is judged at that time. */
  doneReportedAt?: Date | null;
  /** a recurring duty answers to its occurrences even with no single `due`: never "không có hạn" */
  recurring?: boolean;
}

export function judgeTimeliness({ status, due, now, doneReportedAt, recurring = false }: TimelinessInput): Timeliness {
  if (status === 'done') {
    // the one verdict of every view; with no deadline there is no "on time" nor "late"
    return doneVerdict(due, doneReportedAt ?? now, due !== null || recurring);
  }
  if (!due) return 'no_deadline';
  if (dueDistance(due, now).kind === 'overdue') return 'overdue';
  return isDueSoon(due, now) ? 'due_soon' : 'on_track';
}
