import type { DigestTask } from '../digest/types.ts';
import type { TaskRecord } from '../model/records.ts';

/** One row per (task, unit); the task-level status is what the buckets judge. */
export function toDigestTasks(tasks: readonly TaskRecord[], onlyUnitId?: number, onlyLead = false): DigestTask[] {
  return tasks.flatMap((task) =>
    task.assignments
      .filter((a) => (onlyUnitId === undefined || a.unitId === onlyUnitId) && (!onlyLead || a.role === 'lead'))
      .map((a) => ({
        taskId: String(task.id),
        code: task.code,
        title: task.title,
        planNumber: task.planNumber,
        role: a.role,
        unitCode: a.unitCode,
        unitName: a.unitName,
        status: task.status,
        percent: task.percent,
        due: task.dueAt,
        doneReportedAt: task.doneReportedAt,
        lastReportAt: a.lastReportAt,
      })),
  );
}
