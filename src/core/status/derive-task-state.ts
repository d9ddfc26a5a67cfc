/**
 * The one status truth. From a task, its assignments and (for blockers) its reports, at an instant:
 * the task's state, each unit's part, the list bucket and the official bucket. Every view (task
 * lists, details, digests, /baocao) reads these and nothing else.
 *
 * Rules (docs/status.md says the same for people):
 * - A unit's part is its own latest report. The lead's part follows the task once the lead reports it
 *   done (chờ xác nhận); a supporting unit's part stays its own (its blocker, its percent) until the
 *   secretariat confirms the task, when every part is done (a part reported done before keeps its own date).
 * - A supporting unit that reports "done" has finished its part (judged at the time it said so);
 *   the task stays open until the lead reports done.
 * - The task is: hoàn thành (đúng/quá hạn) once confirmed; chờ xác nhận after the lead's "done";
 *   vướng mắc while any unit has an unresolved blocker; bị trả lại after the secretariat returned
 *   it, until the lead reports again; đang thực hiện once the lead started; else chưa thực hiện.
 *   The task's state is the lead's: a supporting unit's progress is its part's, shown as the support's
 *   (a task with no lead counts any unit's start).
 * - A blocker lasts until that unit reports again (progress or done), the secretariat resolves it
 *   (/gotvuong), or the task is confirmed done (a recurring duty: the lead's blocker only, as the
 *   confirmation is of the lead's period; a supporting unit's stays, per unit).
 * - Official buckets: done on time / late by the time done was reported (doneVerdict); done with no
 *   deadline is a bucket of its own, neither; open tasks on time or overdue against now, except a
 *   task awaiting confirmation, judged at the time the lead reported done. An open task with no
 *   deadline is a bucket of its own too ("chưa hoàn thành, không có hạn"): never "trong hạn".
 * - The deadline judged is the one a part answers to now (owed-deadline.ts): a one-off task's, or a
 *   recurring duty's earliest occurrence not reported done (each "done" settling the occurrence it was
 *   made for). A recurring duty's missed occurrence is overdue whatever the status says (a "done" only
 *   settled an earlier occurrence), as its nudges say. A recurring duty's "done" is judged against the
 *   occurrence it settled (`doneDue`, `doneOccurrence`), never against the next one.
 */
import type { AssignmentRecord, ReportRecord, Role, TaskRecord } from '../model/records.ts';
import { effectiveReports } from './effective-reports.ts';
import { isPastDue, type OwedOccurrence, occurrenceSettledAt, owedDeadline, reportHistoryOf } from './owed-deadline.ts';
import { isDueSoon } from './days-to-due.ts';
import { doneVerdict } from './done-verdict.ts';
import type { TaskStatus } from './task-status.ts';

export const TASK_STATES = [
  'not_started',
  'in_progress',
  'blocked',
  'returned',
  'awaiting_confirmation',
  'done_on_time',
  'done_late',
  'done_no_deadline',
] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** The sections of lists and digests; each task (or part) lands in exactly one. Lateness wins over progress. */
export const LIST_BUCKETS = [
  'overdue',
  'due_soon',
  'blocked',
  'returned',
  'in_progress',
  'awaiting_confirmation',
  'not_started',
  'done_on_time',
  'done_late',
  'done_no_deadline',
] as const;
export type ListBucket = (typeof LIST_BUCKETS)[number];

/** In the order every count shows them (text report, .docx, .xlsx, charts, digests). */
export const OFFICIAL_BUCKETS = ['doneOnTime', 'doneLate', 'doneNoDeadline', 'openOnTime', 'openOverdue', 'openNoDeadline'] as const;
export type OfficialBucket = (typeof OFFICIAL_BUCKETS)[number];

export interface Blocker {
  unitId: number;
  unitCode: string;
  unitName: string;
  unitShortName: string;
  role: Role;
  /** the latest reason given; empty when none was */
  note: string;
  /** the first report of the unbroken run of "vướng mắc" reports */
  since: Date;
}

export interface PartState {
  assignment: AssignmentRecord;
  role: Role;
  state: TaskState;
  listBucket: ListBucket;
  official: OfficialBucket;
  percent: number | null;
  /** the deadline this part answers to now (a recurring duty: its owed occurrence's) */
  due: Date | null;
  /** the owed occurrence's period key ("2023-06"), for a recurring duty */
  occurrence: string | null;
  /** a recurring duty's owed occurrences around now, each with when it was reported (the chart replays them) */
  occurrences: readonly OwedOccurrence[];
  /** when this part's "done" counts from (the unit's own for a support part, the task's otherwise) */
  doneReportedAt: Date | null;
  /** the deadline that "done" is judged by: a one-off task's, or the recurring occurrence it settled */
  doneDue: Date | null;
  /** the period of the recurring occurrence that "done" settled ("2023-03"); null otherwise */
  doneOccurrence: string | null;
  blocker: Blocker | null;
  /**
   * a supporting unit's part closed by the confirmation of the lead's "done", without a "done" of its own:
   * its state is the task's, but every view says the lead reported it and the unit did not (QA10 #3)
   */
  closedByLead: boolean;
}

export interface TaskView {
  task: TaskRecord;
  state: TaskState;
  listBucket: ListBucket;
  official: OfficialBucket;
  percent: number | null;
  /** the earliest deadline its parts answer to now (a one-off task: its deadline) */
  due: Date | null;
  occurrence: string | null;
  doneReportedAt: Date | null;
  /** the deadline the lead's "done" is judged by: a one-off task's, or the recurring occurrence it settled */
  doneDue: Date | null;
  /** the period of the recurring occurrence the lead's "done" settled; null otherwise */
  doneOccurrence: string | null;
  /** unresolved blockers, lead first */
  blockers: Blocker[];
  parts: PartState[];
}

export function isDoneState(state: TaskState): boolean {
  return state === 'done_on_time' || state === 'done_late' || state === 'done_no_deadline';
}

/** A row listed as done (a recurring duty's part owing a period is listed overdue or due soon, whatever its state). */
export function isDoneBucket(bucket: ListBucket): boolean {
  return bucket === 'done_on_time' || bucket === 'done_late' || bucket === 'done_no_deadline';
}

/**
 * The unit's open blocker from its reports: the run of "blocked" reports at the end of its history.
 * `now` dates a blocked status whose reports are gone (trimmed history) and that has no report time.
 */
export function blockerOf(assignment: AssignmentRecord, reports: readonly ReportRecord[], now: Date): Blocker | null {
  if (assignment.status !== 'blocked') return null;
  const own = effectiveReports(reports).filter((r) => r.unitId === assignment.unitId);
  let since: Date | null = null;
  let note = '';
  for (let i = own.length - 1; i >= 0 && own[i]!.status === 'blocked'; i--) {
    since = own[i]!.createdAt;
    if (!note && own[i]!.note) note = own[i]!.note!;
  }
  return {
    unitId: assignment.unitId,
    unitCode: assignment.unitCode,
    unitName: assignment.unitName,
    unitShortName: assignment.unitShortName ?? assignment.unitName,
    role: assignment.role,
    note,
    // A blocked status with no report left to show it (history trimmed): it is at least as old as the last report.
    since: since ?? assignment.lastReportAt ?? now,
  };
}

/** The deadline a "done" made at `doneAt` answers to: a one-off task's; a recurring duty's, the occurrence it settled. */
function doneDeadline(task: TaskRecord, owed: readonly OwedOccurrence[], doneAt: Date | null): { due: Date | null; occurrence: string | null } {
  if (!task.recurrence) return { due: task.dueAt, occurrence: null };
  const settled = occurrenceSettledAt(owed, doneAt);
  return { due: settled?.due ?? null, occurrence: settled?.key ?? null };
}

/** A finished task's or part's state: the one verdict (doneVerdict), against the deadline that "done" answered to. */
function doneState(task: TaskRecord, doneDue: Date | null, doneAt: Date | null): TaskState {
  return doneVerdict(doneDue, doneAt, task.dueAt !== null || task.recurrence !== null);
}

function officialOf(state: TaskState, due: Date | null, done: { at: Date | null; due: Date | null }, now: Date, recurring: boolean): OfficialBucket {
  if (recurring && isPastDue(due, now)) return 'openOverdue';
  if (state === 'done_on_time') return 'doneOnTime';
  if (state === 'done_late') return 'doneLate';
  if (state === 'done_no_deadline') return 'doneNoDeadline';
  if (due === null && !recurring) return 'openNoDeadline';
  // awaiting confirmation: judged at the "done", against the deadline (occurrence) it answered to
  if (state === 'awaiting_confirmation') return isPastDue(done.due, done.at ?? now) ? 'openOverdue' : 'openOnTime';
  return isPastDue(due, now) ? 'openOverdue' : 'openOnTime';
}

/**
 * A recurring duty's row is about the occurrence owed now: overdue after its day, due soon in the three
 * days before it (as its nudges say), whatever an earlier occurrence's "done" says.
 */
function listBucketOf(state: TaskState, due: Date | null, now: Date, recurring: boolean): ListBucket {
  if (!recurring && (isDoneState(state) || state === 'awaiting_confirmation')) return state;
  if (isPastDue(due, now)) return 'overdue';
  if (due !== null && isDueSoon(due, now)) return 'due_soon';
  return state;
}

/**
 * When a supporting unit's "done" counts from: for a recurring duty, its latest "done" that settled an
 * occurrence (the assignment may keep an earlier one: an April "done" made late is judged as April's, QA4 #3).
 */
function supportDoneAt(a: AssignmentRecord, owed: readonly OwedOccurrence[], now: Date): Date | null {
  let at = a.doneReportedAt;
  for (const o of owed) if (o.reportedAt && o.reportedAt.getTime() <= now.getTime() && (!at || o.reportedAt.getTime() > at.getTime())) at = o.reportedAt;
  return at;
}

function ownState(task: TaskRecord, a: AssignmentRecord, blocker: Blocker | null, doneDue: Date | null, doneAt: Date | null): TaskState {
  if (blocker) return 'blocked';
  const status: TaskStatus = a.status;
  if (a.role === 'lead') {
    if (task.status === 'returned') return 'returned';
    return status === 'not_started' ? 'not_started' : 'in_progress';
  }
  if (status === 'done' || status === 'awaiting_confirmation') return doneState(task, doneDue, doneAt);
  return status === 'not_started' ? 'not_started' : 'in_progress';
}

/** The parts whose start starts the task: the lead's (the task is the lead's), or every part when there is no lead. */
function startedParts(parts: readonly PartState[]): readonly PartState[] {
  const lead = parts.filter((p) => p.role === 'lead');
  return lead.length > 0 ? lead : parts;
}

/** A recurring duty is as late as its latest-behind unit: the part owing the earliest occurrence. */
function earliestDue(parts: readonly PartState[]): PartState | null {
  let first: PartState | null = null;
  for (const part of parts) if (part.due && (!first?.due || part.due.getTime() < first.due.getTime())) first = part;
  return first;
}

const isDone = (official: OfficialBucket) => official === 'doneOnTime' || official === 'doneLate' || official === 'doneNoDeadline';

/** A unit still owes (not yet overdue) the occurrence the lead's "done" settled, or an earlier one: the duty is not done yet. */
function owesSettled(owedDue: Date | null, settledDue: Date | null): boolean {
  return owedDue !== null && settledDue !== null && owedDue.getTime() <= settledDue.getTime();
}

export interface DeriveInput {
  task: TaskRecord;
  /**
   * the task's report history (any order), for the note and age of blockers and for which occurrence of a
   * recurring duty each report covered; when absent, a recurring part knows only its unit's last report
   */
  reports?: readonly ReportRecord[];
  /** whether `reports` holds every report of the task (not trimmed to the newest) */
  reportsComplete?: boolean;
  now: Date;
}

export function deriveTaskState({ task, reports, reportsComplete = false, now }: DeriveInput): TaskView {
  const closed = task.status === 'done';
  const awaiting = task.status === 'awaiting_confirmation';
  const taskDoneAt = task.doneReportedAt;
  const owedOf = new Map(task.assignments.map((a) => [a.unitId, owedDeadline(task, a, reportHistoryOf(a, reports ?? null, reportsComplete), now)]));
  // the lead's "done" is the task's: judged against the occurrence of a recurring duty it settled
  const leadOwed = owedOf.get(task.assignments.find((a) => a.role === 'lead')?.unitId ?? -1)?.occurrences ?? [];
  const taskDone = doneDeadline(task, leadOwed, taskDoneAt ?? task.confirmedAt);
  const closedState: TaskState | null = closed ? doneState(task, taskDone.due, taskDoneAt ?? task.confirmedAt) : null;
  const followsTask: TaskState | null = closedState ?? (awaiting ? 'awaiting_confirmation' : null);
  const recurring = task.recurrence !== null;
  const blockers: Blocker[] = [];
  const parts: PartState[] = task.assignments.map((a) => {
    const owed = owedOf.get(a.unitId)!;
    // confirming ends a one-off task's blockers. A recurring duty's confirmation is of the lead's period: it ends
    // the lead's blocker raised before it, never another unit's (that unit reports each period itself)
    const own = blockerOf(a, reports ?? [], now);
    const raisedAfter = own !== null && task.confirmedAt !== null && own.since.getTime() > task.confirmedAt.getTime();
    const blocker = closed && (!recurring || (a.role === 'lead' && !raisedAfter)) ? null : own;
    if (blocker) blockers.push(blocker);
    // The lead's "done" is the lead's: a supporting unit's part keeps its own state until the task is confirmed,
    // and one that reported its part done keeps that report's date and verdict after (every view shows one date).
    const ownDone = a.role === 'support' && a.doneReportedAt !== null && (a.status === 'done' || a.status === 'awaiting_confirmation');
    // each unit reports each occurrence of a recurring duty itself: confirming the lead's leaves a supporting unit's part its own
    const partFollows = a.role === 'lead' ? followsTask : ownDone || recurring ? null : closedState;
    const ownDoneAt = a.role === 'support' && recurring ? supportDoneAt(a, owed.occurrences, now) : a.doneReportedAt;
    const ownDoneDeadline = doneDeadline(task, owed.occurrences, ownDoneAt);
    const state = partFollows ?? ownState(task, a, blocker, ownDoneDeadline.due, ownDoneAt);
    const closedByLead = a.role === 'support' && partFollows !== null;
    const doneReportedAt = partFollows ? taskDoneAt : a.role === 'support' ? ownDoneAt : null;
    const done = partFollows ? taskDone : a.role === 'support' ? ownDoneDeadline : { due: null, occurrence: null };
    return {
      assignment: a,
      role: a.role,
      state,
      listBucket: listBucketOf(state, owed.due, now, recurring),
      official: officialOf(state, owed.due, { at: doneReportedAt, due: done.due }, now, recurring),
      // a supporting unit that never reported its part done has no percent of its own to show
      percent: closedByLead ? null : partFollows ? (task.percent ?? a.percent) : isDoneState(state) ? 100 : a.percent,
      due: owed.due,
      occurrence: owed.occurrence,
      occurrences: owed.occurrences,
      doneReportedAt,
      doneDue: done.due,
      doneOccurrence: done.occurrence,
      blocker: partFollows ? null : blocker,
      closedByLead,
    };
  });
  let state: TaskState;
  if (followsTask) state = followsTask;
  else if (blockers.length > 0) state = 'blocked';
  else if (task.status === 'returned') state = 'returned';
  else if (task.status === 'in_progress' || task.status === 'blocked' || startedParts(parts).some((p) => p.state !== 'not_started')) state = 'in_progress';
  else state = 'not_started';
  const earliest = recurring ? earliestDue(parts) : null;
  const due = recurring ? (earliest?.due ?? null) : task.dueAt;
  const official = officialOf(state, due, { at: taskDoneAt, due: taskDone.due }, now, recurring);
  const listBucket = listBucketOf(state, due, now, recurring);
  // the lead's confirmed period another unit still owes (not yet overdue): the duty is under way, not done (QA5 #4)
  const stillOwed = recurring && owesSettled(due, taskDone.due);
  return {
    task,
    state,
    listBucket: stillOwed && isDoneBucket(listBucket) ? 'in_progress' : listBucket,
    official: stillOwed && isDone(official) ? 'openOnTime' : official,
    percent: task.percent,
    due,
    occurrence: earliest?.occurrence ?? null,
    doneReportedAt: followsTask ? taskDoneAt : null,
    doneDue: followsTask ? taskDone.due : null,
    doneOccurrence: followsTask ? taskDone.occurrence : null,
    blockers,
    parts,
  };
}

/** The part of one unit, or null when it has no role in the task. */
export function partOf(view: TaskView, unitId: number): PartState | null {
  return view.parts.find((p) => p.assignment.unitId === unitId) ?? null;
}
