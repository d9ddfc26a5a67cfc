/**
 * Sorts rows into the sections users read in digests and /nhiemvu. The section is the row's list
 * bucket from deriveTaskState, so every view puts a task in the same place.
 */
import { LIST_BUCKETS, type ListBucket } from '../status/derive-task-state.ts';
import type { DigestTask } from './types.ts';

export const TASK_BUCKETS = LIST_BUCKETS;
export type TaskBucket = ListBucket;

export interface BucketedTasks {
  counts: Record<TaskBucket, number>;
  lists: Record<TaskBucket, DigestTask[]>;
}

/** Earliest deadline first, tasks without one last, then by code. */
export function byDueThenCode(a: DigestTask, b: DigestTask): number {
  const da = a.due?.getTime() ?? Number.POSITIVE_INFINITY;
  const db = b.due?.getTime() ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da < db ? -1 : 1;
  return a.code.localeCompare(b.code, 'vi', { numeric: true });
}

export function bucketTasks(tasks: readonly DigestTask[]): BucketedTasks {
  const lists = Object.fromEntries(TASK_BUCKETS.map((b) => [b, [] as DigestTask[]])) as Record<TaskBucket, DigestTask[]>;
  for (const task of tasks) lists[task.listBucket].push(task);
  for (const bucket of TASK_BUCKETS) lists[bucket].sort(byDueThenCode);
  const counts = Object.fromEntries(TASK_BUCKETS.map((b) => [b, lists[b].length])) as Record<TaskBucket, number>;
  return { counts, lists };
}
