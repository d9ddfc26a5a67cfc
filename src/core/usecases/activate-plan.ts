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

export interface ActivatePlanInput {
  planId: number;
  actor: Actor;
  now: Date;
  /** the plan file's task codes in its order; without it, codes in their numbering order (NV2 before NV10) */
  order?: readonly string[];
  /** the codes this import created or changed: only their units are named as not receiving them (default: every open task) */
  sent?: ReadonlySet<string>;
}

/** Activates a plan and posts its tasks to every bound unit group; says which units have none to post to. */
export async function activatePlan(ports: WorkflowPorts, input: ActivatePlanInput): Promise<ActivatePlanResult> {
  await ports.stores.tasks.activatePlan(input.planId, input.actor, input.now);
  const chats = await ports.stores.chats.listChats({ kind: 'unit', active: true });
  // the store lists tasks by deadline; a unit reads its new cards in the plan's order
  const tasks = inPlanOrder(await ports.stores.tasks.listTasks({ planId: input.planId }), input.order);
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
  const sent = input.sent;
  return { queued, unitsWithoutGroup: unitsWithoutGroup(sent ? tasks.filter((task) => sent.has(task.code)) : tasks, chats) };
}

const byNumbering = new Intl.Collator('vi', { numeric: true }).compare;

/** Tasks by their place in the plan file; codes it does not list after them, by numbering. */
function inPlanOrder(tasks: readonly TaskRecord[], order: readonly string[] = []): TaskRecord[] {
  const place = new Map(order.map((code, index) => [code, index]));
  const at = (task: TaskRecord) => place.get(task.code) ?? order.length;
  return [...tasks].sort((a, b) => at(a) - at(b) || byNumbering(a.code, b.code));
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
