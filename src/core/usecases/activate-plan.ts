import type { Actor, AssignmentRecord, ChatRecord, TaskRecord } from '../model/records.ts';
import { isClosedTask } from '../status/closed-task.ts';
import type { WorkflowPorts } from './ports.ts';
import { postUnitTasks } from './post-unit-tasks.ts';

/** A unit on an open task of the plan that has no active group: its cards wait until it binds one. */
export type UnitWithoutGroup = Pick<AssignmentRecord, 'unitId' | 'unitCode' | 'unitName' | 'unitShortName'>;

export interface ActivatePlanResult {
  /** task messages queued to bound unit groups */
  queued: number;
  /** in the order the plan first names them */
  unitsWithoutGroup: UnitWithoutGroup[];
}

/** Activates a plan and posts its tasks to every bound unit group; says which units have none to post to. */
export async function activatePlan(ports: WorkflowPorts, input: { planId: number; actor: Actor; now: Date }): Promise<ActivatePlanResult> {
  await ports.stores.tasks.activatePlan(input.planId, input.actor, input.now);
  const chats = await ports.stores.chats.listChats({ kind: 'unit', active: true });
  const tasks = await ports.stores.tasks.listTasks({ planId: input.planId });
  let queued = 0;
  const unitIds = [...new Set(chats.flatMap((c) => (c.unitId === null ? [] : [c.unitId])))];
  for (const unitId of unitIds) {
    queued += await postUnitTasks(ports, {
      unitId,
      now: input.now,
      chats: chats.filter((c) => c.unitId === unitId),
      tasks: tasks.filter((task) => task.assignments.some((a) => a.unitId === unitId)),
    });
  }
  return { queued, unitsWithoutGroup: unitsWithoutGroup(tasks, chats) };
}

/** Lead and support units of the open tasks (done ones post no card) with no active unit group. */
function unitsWithoutGroup(tasks: readonly TaskRecord[], unitChats: readonly ChatRecord[]): UnitWithoutGroup[] {
  const bound = new Set(unitChats.map((c) => c.unitId));
  const missing = new Map<number, UnitWithoutGroup>();
  for (const task of tasks) {
    if (isClosedTask(task)) continue;
    for (const a of task.assignments) {
      if (bound.has(a.unitId) || missing.has(a.unitId)) continue;
      missing.set(a.unitId, { unitId: a.unitId, unitCode: a.unitCode, unitName: a.unitName, unitShortName: a.unitShortName });
    }
  }
  return [...missing.values()];
}
