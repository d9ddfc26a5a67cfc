/**
 * Every overdue unit-period of a task at an instant: the one list /quahan, /baocao section III and the
 * .docx, and /chitiet's owed months are read from, so they name the same units and months.
 *
 * A recurring duty: each unit (lead and supporting) owes each occurrence itself, so each occurrence a
 * unit has not reported once its day has ended is an entry of its own (a unit three months behind owes
 * three), and the lead's "done" reported late while it awaits the secretariat's confirmation is one too,
 * judged at that report (overdueLateText). A one-off task: the task (or, in a unit's group, that unit's
 * part) when it is overdue-open, with the period and deadline overdueEntryOf names.
 */
import type { PartState, TaskState, TaskView } from './derive-task-state.ts';
import { isOverdueOpen, overdueEntryOf } from './overdue-open.ts';
import { isPastDue } from './owed-deadline.ts';

export interface OverduePeriod {
  /** the unit that owes it; null for a one-off task's row at plan level (its lead answers for it) */
  part: PartState | null;
  /** a recurring duty's period key ("2023-04"); null for a one-off task */
  occurrence: string | null;
  due: Date;
  /** a late "done" awaiting confirmation: judged at this report, not against today */
  awaitingDoneAt: Date | null;
  state: TaskState;
}

/** Whether the unit still owed the occurrence at `now` (never reported it, or only after). */
const unreportedAt = (reportedAt: Date | null, now: Date) => reportedAt === null || reportedAt.getTime() > now.getTime();

function recurringPeriods(view: TaskView, now: Date, onlyUnitId: number | undefined): OverduePeriod[] {
  const periods: OverduePeriod[] = [];
  for (const part of view.parts) {
    if (onlyUnitId !== undefined && part.assignment.unitId !== onlyUnitId) continue;
    for (const o of part.occurrences) {
      if (!isPastDue(o.due, now)) continue;
      if (unreportedAt(o.reportedAt, now)) periods.push({ part, occurrence: o.key, due: o.due, awaitingDoneAt: null, state: part.state });
      // the lead's late "done" of this period waits for the secretariat: overdue-open until confirmed
      else if (part.state === 'awaiting_confirmation' && part.doneOccurrence === o.key && o.reportedAt && isPastDue(o.due, o.reportedAt))
        periods.push({ part, occurrence: o.key, due: o.due, awaitingDoneAt: o.reportedAt, state: part.state });
    }
  }
  // oldest period first; within one, the parts' order (lead first)
  return periods.sort((a, b) => a.due.getTime() - b.due.getTime());
}

/** The overdue unit-periods of a task at `now`; in a unit's group (`onlyUnitId`), that unit's own. */
export function overduePeriodsOf(view: TaskView, now: Date, onlyUnitId?: number): OverduePeriod[] {
  if (view.task.recurrence) return recurringPeriods(view, now, onlyUnitId);
  const row = onlyUnitId === undefined ? view : view.parts.find((p) => p.assignment.unitId === onlyUnitId && isOverdueOpen(p));
  if (!row || !isOverdueOpen(row)) return [];
  const entry = overdueEntryOf(row, false, now);
  if (!entry.due) return [];
  const part = onlyUnitId === undefined ? null : (row as PartState);
  return [{ part, occurrence: entry.occurrence, due: entry.due, awaitingDoneAt: entry.awaitingDoneAt, state: row.state }];
}

/** A recurring duty's overdue periods grouped by month, oldest first, each with the units owing it. */
export function overdueMonthsOf(view: TaskView, now: Date): { occurrence: string; due: Date; periods: OverduePeriod[] }[] {
  const months: { occurrence: string; due: Date; periods: OverduePeriod[] }[] = [];
  for (const period of view.task.recurrence ? recurringPeriods(view, now, undefined) : []) {
    const month = months.find((m) => m.occurrence === period.occurrence);
    if (month) month.periods.push(period);
    else months.push({ occurrence: period.occurrence!, due: period.due, periods: [period] });
  }
  return months;
}

/** One line of an overdue list: a task's overdue unit-period. */
export interface OverdueListEntry {
  view: TaskView;
  period: OverduePeriod;
  code: string;
  occurrence: string | null;
}

const byCode = (a: string, b: string) => a.localeCompare(b, 'vi', { numeric: true });

/**
 * Every overdue unit-period of the tasks (overduePeriodsOf), by deadline, then task code, then the
 * task's own order (lead first): decided here, not by the database's order of the tasks, so /quahan
 * reads the same on SQLite and PostgreSQL, and in the order /baocao section III lists them.
 */
export function overdueEntriesOf(views: readonly TaskView[], now: Date, onlyUnitId?: number): OverdueListEntry[] {
  const entries = views.flatMap((view) =>
    overduePeriodsOf(view, now, onlyUnitId).map((period) => ({ view, period, code: view.task.code, occurrence: period.occurrence })),
  );
  return entries.sort((a, b) => a.period.due.getTime() - b.period.due.getTime() || byCode(a.code, b.code));
}

/** An overdue list's figures: tasks and entries ("lượt": a recurring duty owes one per unit and period), recurring duties apart. */
export interface OverdueFigures {
  tasks: number;
  entries: number;
  recurringTasks: number;
  recurringEntries: number;
}

/**
 * The figures of an overdue list (overdueEntriesOf, or /baocao section III's items): every view that
 * prints overdue figures reads them from here, so "3 nhiệm vụ, 8 lượt" is the same everywhere.
 */
export function overdueFiguresOf(entries: readonly { code: string; occurrence: string | null }[]): OverdueFigures {
  const recurring = entries.filter((entry) => entry.occurrence !== null);
  return {
    tasks: new Set(entries.map((entry) => entry.code)).size,
    entries: entries.length,
    recurringTasks: new Set(recurring.map((entry) => entry.code)).size,
    recurringEntries: recurring.length,
  };
}
