/**
 * A report for a period judges a recurring duty by the occurrences that fell due within that period, not
 * by the one owed at report time: a report on quý I/2023 written in May says how January, February and
 * March were reported (on time, late, or still not as of the report), never May's.
 *
 * Each occurrence is judged as every other view judges it (owed-deadline.ts, the same reports matched to
 * the same occurrences): done on time or late by when the "done" that settled it was made; a lead's
 * "done" still awaiting the secretariat counts open, judged at that "done" (as deriveTaskState does);
 * unreported, overdue once its due day has ended. A part is as late as its worst occurrence; the task is
 * its lead's part, overdue when any unit's occurrence in the period is.
 * With no occurrence due within the period, the one the unit owed at its end is judged instead.
 */
import { currentOccurrence, isPastDue, type OwedOccurrence } from '../status/owed-deadline.ts';
import type { ListBucket, OfficialBucket, PartState, TaskState, TaskView } from '../status/derive-task-state.ts';
import { endInstant, localDateParts } from '../time/local-date.ts';
import { periodStartOfKey } from '../time/period-start.ts';

/** Local dates (yyyy-MM-dd), both inclusive. */
export interface ReportWindow {
  from: string;
  to: string;
}

export type OccurrenceVerdict = 'done_on_time' | 'done_late' | 'awaiting_on_time' | 'awaiting_late' | 'open_on_time' | 'open_overdue';

export interface JudgedOccurrence {
  key: string;
  dueDate: string;
  due: Date;
  /** when the "done" that settled it was made; null while unreported */
  reportedAt: Date | null;
  verdict: OccurrenceVerdict;
  /**
   * a task's overdue occurrence some unit other than the lead owes, or some unit reported: each unit with
   * when it reported it (null: not yet), so the report says whose it is (each unit reports each occurrence)
   */
  units?: readonly OccurrenceUnit[];
}

export interface OccurrenceUnit {
  name: string;
  role: PartState['role'];
  reportedAt: Date | null;
}

const OFFICIAL_OF: Record<OccurrenceVerdict, OfficialBucket> = {
  open_overdue: 'openOverdue',
  awaiting_late: 'openOverdue',
  open_on_time: 'openOnTime',
  awaiting_on_time: 'openOnTime',
  done_late: 'doneLate',
  done_on_time: 'doneOnTime',
};
/** Worst first: the verdict a part (or task) with several occurrences gets. */
const WORST_FIRST: readonly OccurrenceVerdict[] = ['open_overdue', 'awaiting_late', 'open_on_time', 'awaiting_on_time', 'done_late', 'done_on_time'];

export function judgeOccurrence(occurrence: OwedOccurrence, now: Date, awaiting: boolean): JudgedOccurrence {
  const { key, dueDate, due } = occurrence;
  const reportedAt = occurrence.reportedAt && occurrence.reportedAt.getTime() <= now.getTime() ? occurrence.reportedAt : null;
  let verdict: OccurrenceVerdict;
  if (reportedAt === null) verdict = isPastDue(due, now) ? 'open_overdue' : 'open_on_time';
  else if (awaiting) verdict = isPastDue(due, reportedAt) ? 'awaiting_late' : 'awaiting_on_time';
  else verdict = isPastDue(due, reportedAt) ? 'done_late' : 'done_on_time';
  return { key, dueDate, due, reportedAt, verdict };
}

/**
 * The occurrences a part is judged by in the window: those due within it, else the one owed at its end
 * if its period had begun by then (a report on February never names March, the duty's first month).
 */
function occurrencesOf(part: PartState, window: ReportWindow): OwedOccurrence[] {
  const within = part.occurrences.filter((o) => o.dueDate >= window.from && o.dueDate <= window.to);
  if (within.length > 0) return within;
  const owed = currentOccurrence(part.occurrences, endInstant(localDateParts(window.to)));
  const found = owed ? part.occurrences.find((o) => o.key === owed.key) : undefined;
  const begun = found ? (periodStartOfKey(found.key) ?? found.dueDate) <= window.to : false;
  return found && begun ? [found] : [];
}

export function judgePart(part: PartState, window: ReportWindow, now: Date): JudgedOccurrence[] {
  // the lead's "done" the secretariat has not decided yet: the occurrence it settled is not done
  const awaitingKey = part.state === 'awaiting_confirmation' ? part.doneOccurrence : null;
  return occurrencesOf(part, window).map((o) => judgeOccurrence(o, now, o.key === awaitingKey));
}

function worstOf(judged: readonly JudgedOccurrence[]): OccurrenceVerdict {
  return WORST_FIRST.find((v) => judged.some((j) => j.verdict === v)) ?? 'done_on_time';
}

/** The occurrence that decides: the earliest with the worst verdict. */
function decidingOf(judged: readonly JudgedOccurrence[]): JudgedOccurrence | undefined {
  const worst = worstOf(judged);
  return judged.find((j) => j.verdict === worst);
}

function stateOf(verdict: OccurrenceVerdict, current: TaskState): TaskState {
  if (verdict === 'done_on_time' || verdict === 'done_late') return verdict;
  if (verdict === 'awaiting_on_time' || verdict === 'awaiting_late') return 'awaiting_confirmation';
  // still owed: the current state, unless that is a later occurrence's "done"
  return current === 'done_on_time' || current === 'done_late' || current === 'done_no_deadline' || current === 'awaiting_confirmation'
    ? 'in_progress'
    : current;
}

function listBucketOf(verdict: OccurrenceVerdict, state: TaskState): ListBucket {
  if (verdict === 'open_overdue') return 'overdue';
  return state;
}

interface Judged {
  state: TaskState;
  listBucket: ListBucket;
  official: OfficialBucket;
  due: Date | null;
  occurrence: string | null;
  doneReportedAt: Date | null;
  doneDue: Date | null;
  doneOccurrence: string | null;
  periodOccurrences: JudgedOccurrence[];
}

function fieldsOf(judged: JudgedOccurrence[], current: TaskState): Judged | null {
  const deciding = decidingOf(judged);
  if (!deciding) return null;
  const verdict = deciding.verdict;
  const state = stateOf(verdict, current);
  const settled = [...judged].reverse().find((j) => j.reportedAt !== null);
  return {
    state,
    listBucket: listBucketOf(verdict, state),
    official: OFFICIAL_OF[verdict],
    due: deciding.due,
    occurrence: deciding.key,
    doneReportedAt: settled?.reportedAt ?? null,
    doneDue: settled?.due ?? null,
    doneOccurrence: settled?.key ?? null,
    periodOccurrences: judged,
  };
}

/** The task's occurrences: its lead's, each overdue where any unit's same occurrence is (a unit behind keeps the task late). */
function taskOccurrences(lead: readonly JudgedOccurrence[], all: readonly JudgedOccurrence[][]): JudgedOccurrence[] {
  const overdue = all.flat().filter((j) => j.verdict === 'open_overdue');
  const merged = lead.map((j) => (overdue.some((o) => o.key === j.key) ? { ...j, reportedAt: null, verdict: 'open_overdue' as const } : j));
  for (const o of overdue) if (!merged.some((j) => j.key === o.key)) merged.push(o);
  return merged.sort((a, b) => a.due.getTime() - b.due.getTime());
}

/** An overdue occurrence of the task, with each unit's own report of it when the lead alone does not owe it. */
function withUnits(j: JudgedOccurrence, parts: readonly PartState[], judgedParts: readonly JudgedOccurrence[][]): JudgedOccurrence {
  if (j.verdict !== 'open_overdue') return j;
  const units = parts.flatMap((part, i): OccurrenceUnit[] => {
    const own = judgedParts[i]?.find((o) => o.key === j.key);
    return own ? [{ name: part.assignment.unitName, role: part.role, reportedAt: own.reportedAt }] : [];
  });
  const owing = units.filter((u) => u.reportedAt === null);
  if (owing.every((u) => u.role === 'lead') && owing.length === units.length) return j;
  return { ...j, units };
}

/** A task as a period's report shows it, with the occurrences it was judged by (none for a one-off task). */
export type PeriodTaskView = TaskView & { periodOccurrences: readonly JudgedOccurrence[] };

/** A task as a report on `window` judges it: a recurring duty by its occurrences due within the window; a one-off task unchanged. */
export function viewInPeriod(view: TaskView, window: ReportWindow, now: Date): PeriodTaskView {
  if (!view.task.recurrence) return { ...view, periodOccurrences: [] };
  const judgedParts = view.parts.map((part) => judgePart(part, window, now));
  const parts = view.parts.map((part, i): PartState => {
    const fields = fieldsOf(judgedParts[i]!, part.state);
    return fields ? { ...part, ...fields } : part;
  });
  const leadIndex = Math.max(
    0,
    view.parts.findIndex((p) => p.role === 'lead'),
  );
  const occurrences = taskOccurrences(judgedParts[leadIndex] ?? [], judgedParts).map((j) => withUnits(j, view.parts, judgedParts));
  const fields = fieldsOf(occurrences, view.state);
  return fields ? { ...view, ...fields, parts } : { ...view, parts, periodOccurrences: [] };
}
