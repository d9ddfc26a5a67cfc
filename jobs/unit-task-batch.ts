/**
 * Loads the tasks of the next few hundred due unit groups in one go, so a morning of 10,000 unit
 * digests costs a handful of queries per chunk instead of a task query per group. The slot stays
 * per chat (exactly once per chat and day); only the reading is batched. A batch is made by the unit
 * digest's slots() and handed by the scheduler to run() within the same tick, so nothing outlives it,
 * and each unit's tasks are handed out once.
 */
import type { TaskRecord } from '../src/core/model/records.ts';
import type { JobStores } from './types.ts';

const UNITS_PER_BATCH = 250;

export interface UnitTaskBatch {
  /** the units of the tick's unit-digest slots, in slot order */
  planned: readonly number[];
  /** tasks read ahead and not yet handed out */
  loaded: Map<number, TaskRecord[]>;
}

export function planUnitTaskBatch(unitIds: readonly number[]): UnitTaskBatch {
  return { planned: unitIds, loaded: new Map() };
}

/** The unit's tasks: from the batch when slots() planned it, read with the next units of the batch. */
export async function tasksOfUnit(stores: Pick<JobStores, 'tasks'>, unitId: number, batch?: UnitTaskBatch): Promise<TaskRecord[]> {
  if (!batch) return stores.tasks.listTasks({ unitId });
  const ready = batch.loaded.get(unitId);
  if (ready) {
    batch.loaded.delete(unitId);
    return ready;
  }
  const from = batch.planned.indexOf(unitId);
  const units = from < 0 ? [unitId] : [...new Set(batch.planned.slice(from, from + UNITS_PER_BATCH))];
  if (units.length === 1) return stores.tasks.listTasks({ unitId });
  const wanted = new Set(units);
  for (const id of units) batch.loaded.set(id, []);
  for (const task of await stores.tasks.listTasks({ unitIds: units })) {
    for (const a of task.assignments) if (wanted.has(a.unitId)) batch.loaded.get(a.unitId)!.push(task);
  }
  const mine = batch.loaded.get(unitId) ?? [];
  batch.loaded.delete(unitId);
  return mine;
}
