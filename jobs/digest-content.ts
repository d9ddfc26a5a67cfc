/** Builds the digests a chat gets from the stores; shared by the jobs and the preview command. */
import { composeSteeringDigest, composeUnitDigest, findNewBlockers, findSilentUnits } from '../src/core/digest/index.ts';
import { type BlockerNote, digestPhases, digestUnits, toDigestTasks } from '../src/core/jobs/digest-tasks.ts';
import type { ChatRecord, TaskRecord } from '../src/core/model/records.ts';
import type { JobStores } from './types.ts';

type ReadStores = Pick<JobStores, 'tasks' | 'reports' | 'directory'>;

/** The unit digest of a unit group; null when the chat is not bound to a unit or the unit has no tasks. */
export async function buildUnitDigest(
  stores: ReadStores,
  chat: ChatRecord,
  now: Date,
  loadTasks: (unitId: number) => Promise<TaskRecord[]> = (unitId) => stores.tasks.listTasks({ unitId }),
): Promise<string | null> {
  if (chat.kind !== 'unit' || chat.unitId === null) return null;
  const unitId = chat.unitId;
  const tasks = await loadTasks(unitId);
  if (tasks.length === 0) return null;
  // The unit's name comes with its tasks' assignments; no separate lookup per digest.
  const unitName = tasks.flatMap((t) => t.assignments).find((a) => a.unitId === unitId)?.unitName ?? (await stores.directory.getUnit(unitId))?.name;
  if (!unitName) return null;
  return composeUnitDigest({ unitName, tasks: toDigestTasks(tasks, { unitId }), now, locale: chat.locale });
}

/** The latest blocker note of each blocked (task, unit), keyed `${taskId}:${unitId}`. */
async function loadBlockers(stores: ReadStores, tasks: readonly TaskRecord[]): Promise<Map<string, BlockerNote>> {
  const blockers = new Map<string, BlockerNote>();
  for (const task of tasks) {
    if (!task.assignments.some((a) => a.status === 'blocked')) continue;
    for (const report of await stores.reports.history(task.id, 50)) {
      const key = `${task.id}:${report.unitId}`;
      if (report.status === 'blocked' && !blockers.has(key)) blockers.set(key, { note: report.note ?? '', at: report.createdAt });
    }
  }
  return blockers;
}

export interface SteeringDigestMessage {
  planId: number;
  html: string;
}

/** One steering digest per active plan. `since` is the previous digest: blockers raised after it are new. */
export async function buildSteeringDigests(
  stores: ReadStores,
  chat: ChatRecord,
  now: Date,
  options: { weekly: boolean; since: Date },
): Promise<SteeringDigestMessage[]> {
  const messages: SteeringDigestMessage[] = [];
  for (const plan of await stores.tasks.getActivePlans()) {
    const tasks = await stores.tasks.listTasks({ planId: plan.id });
    const rows = toDigestTasks(tasks, { blockers: await loadBlockers(stores, tasks) });
    const units = digestUnits(tasks);
    const html = composeSteeringDigest({
      planNumber: plan.number,
      tasks: rows,
      units,
      phases: digestPhases(plan),
      now,
      locale: chat.locale,
      weekly: options.weekly,
      newBlockers: findNewBlockers(rows, options.since),
      silentUnits: findSilentUnits(rows, units, now, 7),
    });
    messages.push({ planId: plan.id, html });
  }
  return messages;
}
