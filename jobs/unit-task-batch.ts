/**
 * Loads the tasks of the next few hundred due unit groups in one go, so a morning of 10,000 unit
 * digests costs a handful of queries per chunk instead of a task query per group. The slot stays
 * per chat (exactly once per chat and day); only the reading is batched. A batch belongs to one
 * scheduler tick (one `now`) and each unit's tasks are handed out once, so nothing stale outlives it.
 */
import type { TaskRecord } from '../src/core/model/records.ts';
import type { JobStores } from './types.ts';

const UNITS_PER_BATCH = 250;

interface Batch {
  /** the tick (slot.now) the loaded tasks belong to */
  at: number;
  loaded: Map<number, TaskRecord[]>;
}

/** The units of today's unit-digest slots, in slot order; set by slots(). */
const plannedUnits = new WeakMap<object, number[]>();
const batches = new WeakMap<object, Batch>();

export function planUnitBatches(stores: Pick<JobStores, 'tasks'>, unitIds: number[]): void {
  plannedUnits.set(stores.tasks, unitIds);
}

export async function tasksOfUnit(stores: Pick<JobStores, 'tasks'>, unitId: number, now: Date): Promise<TaskRecord[]> {
  let batch = batches.get(stores.tasks);
  if (!batch || batch.at !== now.getTime()) {
    batch = { at: now.getTime(), loaded: new Map() };
    batches.set(stores.tasks, batch);
  }
  const ready = batch.loaded.get(unitId);
  if (ready) {
    batch.loaded.delete(unitId);
    return ready;
  }
  const planned = plannedUnits.get(stores.tasks) ?? [];
  const from = planned.indexOf(unitId);
  const units = from < 0 ? [unitId] : [...new Set(planned.slice(from, from + UNITS_PER_BATCH))];
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
