/** Maps stored tasks onto the rows digest composition reads: one row per (task, unit) assignment. */
import type { DigestPhase, DigestTask, DigestUnit } from '../digest/types.ts';
import type { AssignmentRecord, PlanRecord, TaskRecord } from '../model/records.ts';
import type { TaskStatus } from '../status/task-status.ts';

export interface BlockerNote {
  note: string;
  at: Date;
}

/**
 * A unit's row takes the task's state once the lead reported done (chờ xác nhận) or it was confirmed:
 * a support unit has nothing left to do then.
 */
export function unitStatus(task: TaskRecord, assignment: AssignmentRecord): TaskStatus {
  if (task.status === 'done' || task.status === 'awaiting_confirmation') return task.status;
  return assignment.status;
}

export function toDigestTask(task: TaskRecord, assignment: AssignmentRecord, blocker?: BlockerNote): DigestTask {
  const status = unitStatus(task, assignment);
  const finished = status === 'done' || status === 'awaiting_confirmation';
  return {
    taskId: String(task.id),
    code: task.code,
    title: task.title,
    planNumber: task.planNumber,
    role: assignment.role,
    unitCode: assignment.unitCode,
    unitName: assignment.unitName,
    status,
    percent: finished ? (task.percent ?? assignment.percent) : assignment.percent,
    due: task.dueAt,
    doneReportedAt: finished ? (task.doneReportedAt ?? assignment.doneReportedAt) : assignment.doneReportedAt,
    lastReportAt: assignment.lastReportAt,
    ...(blocker && status === 'blocked' ? { blockerNote: blocker.note, blockerAt: blocker.at } : {}),
  };
}

/** Rows for every assignment, or only the given unit's. blockers are keyed `${taskId}:${unitId}`. */
export function toDigestTasks(tasks: readonly TaskRecord[], options: { unitId?: number; blockers?: ReadonlyMap<string, BlockerNote> } = {}): DigestTask[] {
  const rows: DigestTask[] = [];
  for (const task of tasks) {
    for (const assignment of task.assignments) {
      if (options.unitId !== undefined && assignment.unitId !== options.unitId) continue;
      rows.push(toDigestTask(task, assignment, options.blockers?.get(`${task.id}:${assignment.unitId}`)));
    }
  }
  return rows;
}

/** Units with a role in the tasks, lead units first, in first-seen order. */
export function digestUnits(tasks: readonly TaskRecord[]): DigestUnit[] {
  const leads = new Map<string, DigestUnit>();
  const supports = new Map<string, DigestUnit>();
  for (const task of tasks) {
    for (const a of task.assignments) {
      const target = a.role === 'lead' ? leads : supports;
      if (!leads.has(a.unitCode) && !target.has(a.unitCode)) target.set(a.unitCode, { code: a.unitCode, name: a.unitName });
    }
  }
  for (const code of leads.keys()) supports.delete(code);
  return [...leads.values(), ...supports.values()];
}

export function digestPhases(plan: PlanRecord): DigestPhase[] {
  return plan.phases
    .filter((p): p is typeof p & { endAt: Date } => p.endAt !== null)
    .map((p) => ({ name: p.name, end: p.endAt, ...(p.startAt ? { start: p.startAt } : {}) }));
}
