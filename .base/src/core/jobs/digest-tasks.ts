/** What digests need besides task views: the plan's units (lead units first) and phases. */
import type { DigestPhase, DigestUnit } from '../digest/types.ts';
import type { PlanRecord, TaskRecord } from '../model/records.ts';

/** Units with a role in the tasks, lead units first, in first-seen order. */
export function digestUnits(tasks: readonly TaskRecord[]): DigestUnit[] {
  const leads = new Map<string, DigestUnit>();
  const supports = new Map<string, DigestUnit>();
  for (const task of tasks) {
    for (const a of task.assignments) {
      const target = a.role === 'lead' ? leads : supports;
      if (!leads.has(a.unitCode) && !target.has(a.unitCode))
        target.set(a.unitCode, { id: a.unitId, code: a.unitCode, name: a.unitName, shortName: a.unitShortName ?? a.unitName });
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
