/**
 * Sorts a unit's tasks into the buckets users read in digests and /nhiemvu. Each task lands in exactly
 * one bucket; lateness wins over progress, so an overdue task in progress is listed as overdue.
 * Blocked tasks sit with in-progress ones (the blocker note is shown on the line).
 */
import { judgeTimeliness } from '../status/task-status.ts';
import type { DigestTask } from './types.ts';

export const TASK_BUCKETS = [
  'overdue',
  'due_soon',
  'in_progress',
  'awaiting_confirmation',
  'not_started',
  'done_on_time',
  'done_late',
] as const;
export type TaskBucket = (typeof TASK_BUCKETS)[number];

export interface BucketedTasks {
  counts: Record<TaskBucket, number>;
  lists: Record<TaskBucket, DigestTask[]>;
}

export function bucketOf(task: DigestTask, now: Date): TaskBucket {
  const timeliness = judgeTimeliness({ status: task.status, due: task.due, now, doneReportedAt: task.doneReportedAt });
  if (task.status === 'done') return timeliness === 'done_late' ? 'done_late' : 'done_on_time';
  if (task.status === 'awaiting_confirmation') return 'awaiting_confirmation';
  if (timeliness === 'overdue') return 'overdue';
  if (timeliness === 'due_soon') return 'due_soon';
  if (task.status === 'in_progress' || task.status === 'blocked') return 'in_progress';
  return 'not_started';
}

/** Earliest deadline first, tasks without one last, then by code. */
export function byDueThenCode(a: DigestTask, b: DigestTask): number {
  const da = a.due?.getTime() ?? Number.POSITIVE_INFINITY;
  const db = b.due?.getTime() ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da < db ? -1 : 1;
  return a.code.localeCompare(b.code, 'vi', { numeric: true });
}

export function bucketTasks(tasks: readonly DigestTask[], now: Date): BucketedTasks {
  const lists = Object.fromEntries(TASK_BUCKETS.map((b) => [b, [] as DigestTask[]])) as Record<TaskBucket, DigestTask[]>;
  for (const task of tasks) lists[bucketOf(task, now)].push(task);
  for (const bucket of TASK_BUCKETS) lists[bucket].sort(byDueThenCode);
  const counts = Object.fromEntries(TASK_BUCKETS.map((b) => [b, lists[b].length])) as Record<TaskBucket, number>;
  return { counts, lists };
}
