/**
 * The buckets of upward reports: tổng số; hoàn thành đúng hạn / quá hạn; chưa hoàn thành trong hạn / quá hạn.
 *
 * Counting rules: a task counts once overall and once for each unit that has a role in it (lead or
 * support), so per-unit totals may add up to more than the overall total. Overall, the lead's row decides
 * the task's state. A task awaiting confirmation is not yet completed, but is judged at the time the unit
 * reported done, so a timely report is not counted overdue while the secretariat has yet to confirm it.
 * A task without a deadline counts as "trong hạn".
 */
import type { DigestTask } from './types.ts';

export interface OfficialCounts {
  total: number;
  doneOnTime: number;
  doneLate: number;
  openOnTime: number;
  openOverdue: number;
}

export interface UnitOfficialCounts {
  unitCode: string;
  unitName: string;
  counts: OfficialCounts;
}

export type OfficialBucket = Exclude<keyof OfficialCounts, 'total'>;

export const emptyCounts = (): OfficialCounts => ({ total: 0, doneOnTime: 0, doneLate: 0, openOnTime: 0, openOverdue: 0 });

export function officialBucketOf(task: DigestTask, now: Date): OfficialBucket {
  const finished = task.status === 'done';
  const judgedAt = finished || task.status === 'awaiting_confirmation' ? (task.doneReportedAt ?? now) : now;
  const late = task.due !== null && judgedAt.getTime() > task.due.getTime();
  if (finished) return late ? 'doneLate' : 'doneOnTime';
  return late ? 'openOverdue' : 'openOnTime';
}

function add(counts: OfficialCounts, bucket: OfficialBucket): void {
  counts.total++;
  counts[bucket]++;
}

/** One row per task, the lead's row when there is one. */
export function uniqueTasks(tasks: readonly DigestTask[]): DigestTask[] {
  const byTask = new Map<string, DigestTask>();
  for (const task of tasks) {
    const seen = byTask.get(task.taskId);
    if (!seen || (seen.role !== 'lead' && task.role === 'lead')) byTask.set(task.taskId, task);
  }
  return [...byTask.values()];
}

export function countOfficialBuckets(tasks: readonly DigestTask[], now: Date): { overall: OfficialCounts; perUnit: UnitOfficialCounts[] } {
  const overall = emptyCounts();
  for (const task of uniqueTasks(tasks)) add(overall, officialBucketOf(task, now));

  const perUnit = new Map<string, UnitOfficialCounts & { seen: Set<string> }>();
  for (const task of tasks) {
    let unit = perUnit.get(task.unitCode);
    if (!unit) {
      unit = { unitCode: task.unitCode, unitName: task.unitName, counts: emptyCounts(), seen: new Set() };
      perUnit.set(task.unitCode, unit);
    }
    if (unit.seen.has(task.taskId)) continue;
    unit.seen.add(task.taskId);
    add(unit.counts, officialBucketOf(task, now));
  }
  return { overall, perUnit: [...perUnit.values()].map(({ unitCode, unitName, counts }) => ({ unitCode, unitName, counts })) };
}

export const OFFICIAL_LABEL_VI: Record<keyof OfficialCounts, string> = {
  total: 'Tổng số',
  doneOnTime: 'Hoàn thành đúng hạn',
  doneLate: 'Hoàn thành quá hạn',
  openOnTime: 'Chưa hoàn thành, trong hạn',
  openOverdue: 'Chưa hoàn thành, quá hạn',
};

export const OFFICIAL_LABEL_EN: Record<keyof OfficialCounts, string> = {
  total: 'Total',
  doneOnTime: 'Done on time',
  doneLate: 'Done late',
  openOnTime: 'Not done, on time',
  openOverdue: 'Not done, overdue',
};
