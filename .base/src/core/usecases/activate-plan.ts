import type { Actor } from '../model/records.ts';
import type { WorkflowPorts } from './ports.ts';
import { postUnitTasks } from './post-unit-tasks.ts';

/** Activates a plan and posts its tasks to every bound unit group. Returns the messages queued. */
export async function activatePlan(ports: WorkflowPorts, input: { planId: number; actor: Actor; now: Date }): Promise<number> {
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
  return queued;
}
