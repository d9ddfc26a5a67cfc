import type { TaskRecord } from '../model/records.ts';

/**
 * Whether a task takes no more reports: confirmed done. A recurring duty confirmed for one occurrence
 * still owes the next ones, so it stays open (its card keeps its buttons, reports and blockers count).
 */
export function isClosedTask(task: Pick<TaskRecord, 'status' | 'recurrence'>): boolean {
  return task.status === 'done' && task.recurrence === null;
}
