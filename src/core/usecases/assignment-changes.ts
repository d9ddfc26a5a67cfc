import type { AuditEntry } from '../ports/system-store.ts';

/** One `/giao` of a task as /chitiet lists it: the lead before and after, the supporting units after. */
export interface AssignmentChangeView {
  at: Date;
  fromLead: string | null;
  toLead: string;
  support: string[];
  reason: string | null;
}

type Roles = { unitId: number; role: string }[];

function rolesOf(value: unknown): Roles {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is Roles[number] =>
      typeof r === 'object' && r !== null && typeof (r as Roles[number]).unitId === 'number' && typeof (r as Roles[number]).role === 'string',
  );
}

/**
 * The `task.assign` audit rows of a task (written by /giao, the same transaction as the change), oldest
 * first, named by `unitName` (a unit no longer on the task keeps its name: the table of all units).
 */
export function assignmentChangesOf(rows: readonly (AuditEntry & { id: number })[], unitName: (unitId: number) => string): AssignmentChangeView[] {
  return [...rows]
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id)
    .flatMap((row) => {
      const after = rolesOf(row.after);
      const lead = after.find((r) => r.role === 'lead');
      if (!lead) return [];
      const before = rolesOf(row.before).find((r) => r.role === 'lead');
      return [
        {
          at: row.at,
          fromLead: before ? unitName(before.unitId) : null,
          toLead: unitName(lead.unitId),
          support: after.filter((r) => r.role === 'support').map((r) => unitName(r.unitId)),
          reason: row.reason ?? null,
        },
      ];
    });
}
