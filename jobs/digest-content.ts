/** Builds the digests a chat gets from the stores; shared by the jobs and the preview command. */
import type { WorkCalendar } from '../src/core/time/work-calendar.ts';
import { composeSteeringDigest, composeUnitDigest, type DigestUnit, findSilentUnits, allPartRows, partKey, unitRows } from '../src/core/digest/index.ts';
import { digestPhases, digestUnits } from '../src/core/jobs/digest-tasks.ts';
import type { ChatRecord, TaskRecord } from '../src/core/model/records.ts';
import { loadTaskViews } from '../src/core/usecases/load-task-views.ts';
import { overdueEntriesOf, overdueFiguresOf } from '../src/core/status/overdue-periods.ts';
import type { JobStores } from './types.ts';

type ReadStores = Pick<JobStores, 'tasks' | 'reports' | 'directory' | 'extensions'> & { chats: Pick<JobStores['chats'], 'listChats'> };

/** The unit digest of a unit group; null when the chat is not bound to a unit or the unit has no tasks. */
export async function buildUnitDigest(
  stores: Pick<ReadStores, 'tasks' | 'reports' | 'directory' | 'extensions'>,
  chat: ChatRecord,
  now: Date,
  loadTasks: (unitId: number) => Promise<TaskRecord[]> = (unitId) => stores.tasks.listTasks({ unitId }),
  calendar?: WorkCalendar,
): Promise<string | null> {
  if (chat.kind !== 'unit' || chat.unitId === null) return null;
  const unitId = chat.unitId;
  const tasks = await loadTasks(unitId);
  if (tasks.length === 0) return null;
  // The unit's name comes with its tasks' assignments; no separate lookup per digest.
  const unitName = tasks.flatMap((t) => t.assignments).find((a) => a.unitId === unitId)?.unitName ?? (await stores.directory.getUnit(unitId))?.name;
  if (!unitName) return null;
  const views = await loadTaskViews(stores.reports, tasks, now);
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const pendingExtensions = (await stores.extensions.listPending()).flatMap((request) => {
    const task = request.unitId === unitId ? byId.get(request.taskId) : undefined;
    return task ? [{ code: task.code, title: task.title, requestedDueAt: request.requestedDueAt, askedAt: request.createdAt }] : [];
  });
  return composeUnitDigest({
    pendingExtensions,
    unitName,
    tasks: unitRows(views, unitId),
    overdueFigures: overdueFiguresOf(overdueEntriesOf(views, now, unitId)),
    now,
    locale: chat.locale,
    postedAt: chat.boundAt ?? null,
    ...(calendar ? { calendar } : {}),
  });
}

export interface SteeringDigestMessage {
  planId: number;
  planNumber: string;
  html: string;
}

/** When each unit's earliest active group was connected, by unit id (read once per digest run). */
async function unitGroupTimes(stores: ReadStores): Promise<Map<number, Date | null>> {
  const earliest = new Map<number, Date | null>();
  for (const chat of await stores.chats.listChats({ kind: 'unit', active: true })) {
    if (chat.unitId === null) continue;
    const at = chat.boundAt ?? null;
    const seen = earliest.get(chat.unitId);
    earliest.set(chat.unitId, seen === undefined || (at && seen && at < seen) ? at : seen);
  }
  return earliest;
}

/** The plan's units that have a group, by code, with when it was connected. */
function boundUnits(earliest: ReadonlyMap<number, Date | null>, units: readonly DigestUnit[]): Map<string, Date | null> {
  const bound = new Map<string, Date | null>();
  for (const unit of units) if (unit.id !== undefined && earliest.has(unit.id)) bound.set(unit.code, earliest.get(unit.id) ?? null);
  return bound;
}

/** One steering digest per active plan. `since` is the previous digest: blockers raised after it are new. */
export async function buildSteeringDigests(
  stores: ReadStores,
  chat: ChatRecord,
  now: Date,
  options: { weekly: boolean; since: Date; calendar?: WorkCalendar },
): Promise<SteeringDigestMessage[]> {
  const messages: SteeringDigestMessage[] = [];
  const groups = await unitGroupTimes(stores);
  const pending = await stores.extensions.listPending();
  for (const plan of await stores.tasks.getActivePlans()) {
    const tasks = await stores.tasks.listTasks({ planId: plan.id });
    const views = await loadTaskViews(stores.reports, tasks, now);
    const units = digestUnits(tasks);
    const bound = boundUnits(groups, units);
    const byId = new Map(tasks.map((task) => [task.id, task]));
    const pendingExtensions = pending.flatMap((request) => {
      const task = byId.get(request.taskId);
      const unit = task?.assignments.find((a) => a.unitId === request.unitId);
      return task && unit
        ? [
            {
              code: task.code,
              title: task.title,
              unitName: unit.unitShortName ?? unit.unitName,
              requestedDueAt: request.requestedDueAt,
              askedAt: request.createdAt,
            },
          ]
        : [];
    });
    // A part whose extension the committee has not decided waits on the committee, not on the unit.
    const waiting = new Map<string, Date>();
    for (const request of pending) {
      const unit = byId.get(request.taskId)?.assignments.find((a) => a.unitId === request.unitId);
      if (unit) waiting.set(partKey(String(request.taskId), unit.unitCode), request.createdAt);
    }
    const html = composeSteeringDigest({
      planNumber: plan.number,
      views,
      units,
      phases: digestPhases(plan),
      now,
      locale: chat.locale,
      weekly: options.weekly,
      since: options.since,
      silentUnits: findSilentUnits(
        allPartRows(views),
        units.filter((u) => bound.has(u.code)),
        now,
        7,
        bound,
        waiting,
      ),
      unboundUnits: units.filter((u) => !bound.has(u.code)),
      pendingExtensions,
      ...(options.calendar ? { calendar: options.calendar } : {}),
    });
    messages.push({ planId: plan.id, planNumber: plan.number, html });
  }
  return messages;
}
