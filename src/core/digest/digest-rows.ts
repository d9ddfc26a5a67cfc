/** Turns the one status truth into list rows: whole tasks for plan-level views, a unit's parts for its own. */
import type { TaskRecord } from '../model/records.ts';
import type { ReportRecord } from '../model/records.ts';
import { deriveTaskState, type PartState, type TaskView } from '../status/derive-task-state.ts';
import { isDoneState } from '../status/derive-task-state.ts';
import type { DigestTask, SupportPart } from './types.ts';

/** Reports by task id; only tasks with a blocked unit or a recurring duty need theirs (see loadStatusReports). */
export type ReportsByTask = ReadonlyMap<number, readonly ReportRecord[]>;

/** `complete`: the tasks whose entry in `reports` is their whole history, not the newest part of it. */
export function deriveViews(
  tasks: readonly TaskRecord[],
  now: Date,
  reports: ReportsByTask = new Map(),
  complete: ReadonlySet<number> = new Set(),
): TaskView[] {
  return tasks.map((task) => deriveTaskState({ task, reports: reports.get(task.id), reportsComplete: complete.has(task.id), now }));
}

/** The deadline shown is the one judged: a recurring duty's owed occurrence, named by its period. */
function base(view: TaskView, owed: { due: Date | null; occurrence: string | null }) {
  const { task } = view;
  return { taskId: String(task.id), code: task.code, title: task.title, planNumber: task.planNumber, due: owed.due, occurrence: owed.occurrence };
}

/**
 * The supporting units that have reported on an open task (blockers have their own line). Once the lead
 * reported done the task's line says so; the supporting units' parts show on their own lines.
 */
function supportPartsOf(view: TaskView): SupportPart[] {
  if (isDoneState(view.state) || view.state === 'awaiting_confirmation') return [];
  return view.parts
    .filter((p) => p.role === 'support' && p.state !== 'not_started' && p.state !== 'blocked')
    .map((p) => ({ unitShortName: p.assignment.unitShortName ?? p.assignment.unitName, state: p.state, percent: p.percent }));
}

/** A supporting unit's line names the lead's "done" as the lead's (its own part is its own). */
function leadPartOf(view: TaskView): { leadPart?: SupportPart } {
  const lead = view.parts.find((p) => p.role === 'lead');
  if (lead?.state !== 'awaiting_confirmation') return {};
  const a = lead.assignment;
  return { leadPart: { unitShortName: a.unitShortName ?? a.unitName, state: lead.state, percent: null } };
}

/**
 * A recurring duty's line names the occurrence owed: a percent that belongs to an earlier occurrence's
 * "done" (or to the lead, when others owe it) is not shown beside it, as nobody reported it (QA4 #2).
 */
function owedPercent(view: TaskView, row: Pick<DigestTask, 'state' | 'percent' | 'occurrence' | 'doneOccurrence'>, othersOwe: boolean): number | null {
  if (!view.task.recurrence || !row.occurrence) return row.percent;
  const earlierDone = (isDoneState(row.state) || row.state === 'awaiting_confirmation') && row.doneOccurrence !== row.occurrence;
  return earlierDone || othersOwe ? null : row.percent;
}

/** The units owing a recurring duty's earliest owed occurrence, when not the lead alone (each unit reports each occurrence). */
function owedByOf(view: TaskView): { owedBy?: DigestTask['owedBy'] } {
  if (!view.task.recurrence || !view.occurrence) return {};
  const owing = view.parts.filter((p) => p.occurrence === view.occurrence);
  if (owing.length === 0 || owing.some((p) => p.role === 'lead')) return {};
  return { owedBy: owing.map((p) => ({ unitShortName: p.assignment.unitShortName ?? p.assignment.unitName, role: p.role })) };
}

/** The task as a whole, shown with its lead unit (the task's state is the lead's); supporting units' progress as theirs. */
export function taskRow(view: TaskView): DigestTask {
  const owedBy = owedByOf(view);
  const lead = view.parts.find((p) => p.role === 'lead') ?? view.parts[0];
  const a = lead?.assignment;
  return {
    ...base(view, view),
    role: 'lead',
    unitCode: a?.unitCode ?? '',
    unitName: a?.unitName ?? '',
    unitShortName: a?.unitShortName ?? a?.unitName ?? '',
    state: view.state,
    listBucket: view.listBucket,
    official: view.official,
    percent: owedPercent(view, view, owedBy.owedBy !== undefined),
    doneReportedAt: view.doneReportedAt,
    doneDue: view.doneDue,
    doneOccurrence: view.doneOccurrence,
    lastReportAt: a?.lastReportAt ?? null,
    assignedAt: a?.assignedAt ?? null,
    blockers: view.blockers,
    supportParts: supportPartsOf(view),
    ...owedBy,
  };
}

/** One unit's part of the task. The lead's line also shows its supporting units' blockers: it coordinates them. */
export function partRow(view: TaskView, part: PartState): DigestTask {
  const a = part.assignment;
  return {
    ...base(view, part),
    role: part.role,
    unitCode: a.unitCode,
    unitName: a.unitName,
    unitShortName: a.unitShortName ?? a.unitName,
    state: part.state,
    listBucket: part.listBucket,
    official: part.official,
    percent: owedPercent(view, part, false),
    doneReportedAt: part.doneReportedAt,
    doneDue: part.doneDue,
    doneOccurrence: part.doneOccurrence,
    lastReportAt: a.lastReportAt,
    assignedAt: a.assignedAt ?? null,
    // a unit's own blocker shows until resolved, even while the task awaits confirmation
    blockers: part.role === 'lead' ? view.blockers : view.blockers.filter((b) => b.unitId === a.unitId),
    supportParts: part.role === 'lead' ? supportPartsOf(view) : [],
    ...(part.role === 'support' ? leadPartOf(view) : {}),
    ...(part.closedByLead ? { closedByLead: true } : {}),
  };
}

/** A unit's parts in the tasks it has a role in. */
export function unitRows(views: readonly TaskView[], unitId: number): DigestTask[] {
  return views.flatMap((view) => view.parts.filter((p) => p.assignment.unitId === unitId).map((p) => partRow(view, p)));
}

/** Every part of every task (per-unit counts). */
export function allPartRows(views: readonly TaskView[]): DigestTask[] {
  return views.flatMap((view) => view.parts.map((p) => partRow(view, p)));
}
