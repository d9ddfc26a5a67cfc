import type { TaskRecord } from '../model/records.ts';
import { formatDateVi } from '../time/zone.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';

/**
 * A unit reporting on (or asking about) a task it is not on. A unit the task was handed away from is
 * told so, with the new lead and the day: "not assigned" alone reads as a mistake in the plan. Both
 * point to /nhiemvu, where the unit's own tasks are.
 */
export async function refuseNoRole(ports: WorkflowPorts, task: TaskRecord, unitId: number): Promise<Refusal> {
  const [unit, removedAt] = await Promise.all([ports.stores.directory.getUnit(unitId), ports.stores.tasks.assignmentRemovedAt(task.id, unitId)]);
  const name = unit?.name ?? String(unitId);
  const lead = task.assignments.find((a) => a.role === 'lead');
  if (removedAt && lead) return refuse('refuse.no_role_reassigned', { unit: name, code: task.code, lead: lead.unitName, date: formatDateVi(removedAt) });
  return refuse('refuse.no_role', { unit: name, code: task.code });
}
