import type { PlanTask } from '../plan/plan-model.ts';

/** The fields of a task that come from the plan file. */
export interface TaskFields {
  title: string;
  body: string | null;
  sourceClause: string | null;
  section: string | null;
  phaseCode: string | null;
  startAt: Date | null;
  dueAt: Date | null;
  deadlineText: string | null;
  recurrenceJson: string | null;
}

/** What the database holds for a task of the plan, enough to decide what a re-import changes. */
export interface StoredTask extends TaskFields {
  id: number;
  code: string;
  archived: boolean;
  roles: { unitCode: string; role: 'lead' | 'support' }[];
}

export interface TaskChange {
  id: number;
  code: string;
  fields: TaskFields;
  changed: (keyof TaskFields | 'roles' | 'restored')[];
  deadlineChanged: boolean;
  oldDueAt: Date | null;
  roles: { unitCode: string; role: 'lead' | 'support' }[];
  /** the units as stored before this import, to show a changed lead or support as old → new */
  oldRoles: { unitCode: string; role: 'lead' | 'support' }[];
}

export interface PlanTaskDiff {
  create: { code: string; fields: TaskFields; roles: { unitCode: string; role: 'lead' | 'support' }[] }[];
  update: TaskChange[];
  archive: { id: number; code: string }[];
  unchanged: number;
}

export function taskFields(task: PlanTask): TaskFields {
  return {
    title: task.title,
    body: task.body ?? null,
    sourceClause: task.source,
    section: task.section ?? null,
    phaseCode: task.phaseCode ?? null,
    startAt: task.start ?? null,
    dueAt: task.deadline ?? null,
    deadlineText: task.deadlineText ?? null,
    recurrenceJson: task.recurrence ? JSON.stringify(task.recurrence) : null,
  };
}

export function taskRoles(task: PlanTask): { unitCode: string; role: 'lead' | 'support' }[] {
  return [{ unitCode: task.lead, role: 'lead' as const }, ...task.support.map((unitCode) => ({ unitCode, role: 'support' as const }))];
}

const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
const rolesKey = (roles: { unitCode: string; role: string }[]) =>
  roles
    .map((r) => `${r.role}:${r.unitCode}`)
    .sort()
    .join(',');

/**
 * Re-importing a plan: tasks are matched by code; changed ones are updated (their reports stay),
 * tasks no longer in the file are archived, never deleted; identical tasks are left alone.
 */
export function diffPlanTasks(stored: StoredTask[], incoming: PlanTask[]): PlanTaskDiff {
  const byCode = new Map(stored.map((t) => [t.code, t]));
  const diff: PlanTaskDiff = { create: [], update: [], archive: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const task of incoming) {
    seen.add(task.code);
    const fields = taskFields(task);
    const roles = taskRoles(task);
    const old = byCode.get(task.code);
    if (!old) {
      diff.create.push({ code: task.code, fields, roles });
      continue;
    }
    const changed: TaskChange['changed'] = [];
    for (const key of Object.keys(fields) as (keyof TaskFields)[]) {
      const a = old[key];
      const b = fields[key];
      const same = a instanceof Date || b instanceof Date ? sameInstant(a as Date | null, b as Date | null) : a === b;
      if (!same) changed.push(key);
    }
    if (rolesKey(old.roles) !== rolesKey(roles)) changed.push('roles');
    if (old.archived) changed.push('restored');
    if (changed.length === 0) {
      diff.unchanged++;
      continue;
    }
    diff.update.push({
      id: old.id,
      code: task.code,
      fields,
      changed,
      deadlineChanged: changed.includes('dueAt'),
      oldDueAt: old.dueAt,
      roles,
      oldRoles: old.roles,
    });
  }
  for (const old of stored) {
    if (!seen.has(old.code) && !old.archived) diff.archive.push({ id: old.id, code: old.code });
  }
  return diff;
}
