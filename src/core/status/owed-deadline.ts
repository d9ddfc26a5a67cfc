/**
 * The one rule of "quá hạn": which deadline a unit answers to at an instant, and whether it has passed.
 * Lists, /quahan, digests, reports and nudges all ask here, so they never disagree.
 *
 * A one-off task: its deadline. A recurring duty ("báo cáo trước ngày 20 hằng tháng"): the earliest
 * occurrence the unit owes and has not reported for (overdue once its day has ended), or the next one.
 * An occurrence counts as reported when the unit reported after the previous occurrence's due (a report
 * made for last month does not cover this one); the unit owes only occurrences due after it was given
 * the duty (or the duty started): a plan issued on 01/03 does not make January's report overdue.
 */
import type { BeforeBoundary, Recurrence } from '../deadline/types.ts';
import type { AssignmentRecord, TaskRecord } from '../model/records.ts';
import { listOccurrences, type Occurrence } from '../nudges/recurrence-occurrences.ts';
import { addDays } from '../time/local-date.ts';
import { localDateKey } from '../time/zone.ts';

/** A deadline has passed once its instant is behind us (a due instant is the end of the due day). */
export function isPastDue(due: Date | null, at: Date): boolean {
  return due !== null && at.getTime() > due.getTime();
}

export function isOccurrenceReported(previousDue: Date | null, lastReportAt: Date | null): boolean {
  if (!lastReportAt) return false;
  return previousDue === null || lastReportAt.getTime() > previousDue.getTime();
}

/** Since when the unit owes a recurring duty's occurrences: the later of its assignment and the task's start. */
export function owedFromOf(task: Pick<TaskRecord, 'startAt'>, assignment: Pick<AssignmentRecord, 'assignedAt'>): Date | null {
  const a = assignment.assignedAt ?? null;
  const b = task.startAt;
  if (!a || !b) return a ?? b;
  return a.getTime() >= b.getTime() ? a : b;
}

export interface OwedOccurrence extends Occurrence {
  reported: boolean;
}

export interface Debtor {
  lastReportAt: Date | null;
  owedFrom: Date | null;
}

/**
 * The occurrences due in [from, to] (local dates) that the unit owes, each marked reported or not.
 * A year before `from` is listed too, so that the first occurrence in range knows its predecessor.
 */
export function owedOccurrences(recurrence: Recurrence, debtor: Debtor, range: { from: string; to: string }, boundary?: BeforeBoundary): OwedOccurrence[] {
  const all = listOccurrences(recurrence, { from: addDays(range.from, -400), to: range.to }, boundary);
  const owed: OwedOccurrence[] = [];
  all.forEach((occurrence, index) => {
    if (occurrence.dueDate < range.from) return;
    if (debtor.owedFrom && occurrence.due.getTime() <= debtor.owedFrom.getTime()) return;
    const previousDue = index > 0 ? all[index - 1]!.due : null;
    owed.push({ ...occurrence, reported: isOccurrenceReported(previousDue, debtor.lastReportAt) });
  });
  return owed;
}

/** How far back an unreported occurrence still counts, and how far ahead the next one is looked for. */
const LOOK_BACK_DAYS = 400;
const LOOK_AHEAD_DAYS = 400;

/** The occurrence the unit answers to at `now`: the earliest it owes and has not reported, overdue or next. */
export function currentOccurrence(recurrence: Recurrence, debtor: Debtor, now: Date, boundary?: BeforeBoundary): Occurrence | null {
  const today = localDateKey(now);
  const owed = owedOccurrences(recurrence, debtor, { from: addDays(today, -LOOK_BACK_DAYS), to: addDays(today, LOOK_AHEAD_DAYS) }, boundary);
  const first = owed.find((o) => !o.reported);
  return first ? { key: first.key, dueDate: first.dueDate, due: first.due } : null;
}

export interface OwedDeadline {
  due: Date | null;
  /** the period key of a recurring duty's occurrence ("2023-06"); null for a one-off task */
  occurrence: string | null;
}

/** The deadline one unit's part answers to at `now`. */
export function owedDeadline(task: TaskRecord, assignment: AssignmentRecord, now: Date): OwedDeadline {
  if (!task.recurrence) return { due: task.dueAt, occurrence: null };
  const occurrence = currentOccurrence(task.recurrence, { lastReportAt: assignment.lastReportAt, owedFrom: owedFromOf(task, assignment) }, now);
  return occurrence ? { due: occurrence.due, occurrence: occurrence.key } : { due: null, occurrence: null };
}
