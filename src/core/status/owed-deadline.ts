/**
 * The one rule of "quá hạn": which deadline a unit answers to at an instant, and whether it has passed.
 * Lists, /quahan, digests, reports, charts and nudges all ask here, so they never disagree.
 *
 * A one-off task: its deadline. A recurring duty ("báo cáo trước ngày 20 hằng tháng"): the earliest
 * occurrence the unit owes and has not reported for (overdue once its day has ended), or the next one.
 * Only a "done" settles an occurrence (progress and blockers are reports about it, not the report it
 * owes), and a lead's "done" the secretariat returned or the lead took back settles nothing. Each such
 * "done" covers one occurrence, the one it was made for: the earliest the unit still owed when it
 * reported, among those whose period had begun (the previous occurrence was due). So a "done" made late
 * for April covers April (late) and leaves May owed, and a second one within one period does not pay
 * the next in advance.
 * The unit owes only occurrences due after it was given the duty (or the duty started): a plan issued on
 * 01/03 does not make January's report overdue.
 */
import type { BeforeBoundary, Recurrence } from '../deadline/types.ts';
import type { AssignmentRecord, ReportRecord, Role, TaskRecord } from '../model/records.ts';
import { listOccurrences, type Occurrence } from '../nudges/recurrence-occurrences.ts';
import { addDays } from '../time/local-date.ts';
import { localDateKey } from '../time/zone.ts';
import { effectiveReports } from './effective-reports.ts';

/** A deadline has passed once its instant is behind us (a due instant is the end of the due day). */
export function isPastDue(due: Date | null, at: Date): boolean {
  return due !== null && at.getTime() > due.getTime();
}

/** Since when the unit owes a recurring duty's occurrences: the later of its assignment and the task's start. */
export function owedFromOf(task: Pick<TaskRecord, 'startAt'>, assignment: Pick<AssignmentRecord, 'assignedAt'>): Date | null {
  const a = assignment.assignedAt ?? null;
  const b = task.startAt;
  if (!a || !b) return a ?? b;
  return a.getTime() >= b.getTime() ? a : b;
}

/** When a unit reported a recurring duty's occurrence done. */
export interface ReportHistory {
  /** the unit's "done" reports that settle an occurrence (see settlingDones), any order */
  times: readonly Date[];
  /**
   * false when older reports may be missing (history trimmed, or not read): the earliest known report
   * then stands for the unknown ones before it and covers every occurrence whose period had begun.
   */
  complete: boolean;
  /** the "done" reports that named their occurrence ("báo cáo tháng 6 xong"): report time (ms) → period key */
  named?: ReadonlyMap<number, string>;
}

/**
 * The unit's "done" reports that settle an occurrence, oldest first: its own (not the secretariat's),
 * neither an undo nor undone, and not taken back. A lead's "done" waits for the secretariat: the next
 * entry on the lead's part that is not a "done" (returned by the secretariat, or the lead reporting
 * again while it waited) took it back. A supporting unit's "done" is final: its later progress is
 * about the next occurrence.
 */
export function settlingDones(reports: readonly ReportRecord[], unitId: number, role: Role): ReportRecord[] {
  const own = effectiveReports(reports).filter((r) => r.unitId === unitId);
  return own.filter((r, i) => {
    if (r.status !== 'done' || r.channel === 'secretariat') return false;
    const next = own[i + 1];
    return role !== 'lead' || !next || next.status === 'done';
  });
}

/**
 * The unit's history of settling "done" reports from the task's reports. Without them (not read), its
 * last report time is all that is known: one report standing for every earlier one.
 */
export function reportHistoryOf(
  assignment: Pick<AssignmentRecord, 'unitId' | 'lastReportAt' | 'role'>,
  reports: readonly ReportRecord[] | null,
  complete: boolean,
): ReportHistory {
  if (reports === null) return { times: assignment.lastReportAt ? [assignment.lastReportAt] : [], complete: false };
  const dones = settlingDones(reports, assignment.unitId, assignment.role);
  const times = dones.map((r) => r.createdAt);
  // A trimmed history that lost all of this unit's reports still knows the last one.
  if (!complete && times.length === 0 && assignment.lastReportAt) return { times: [assignment.lastReportAt], complete: false };
  const named = new Map(dones.flatMap((r) => (r.period ? [[r.createdAt.getTime(), r.period] as const] : [])));
  return named.size > 0 ? { times, complete, named } : { times, complete };
}

export interface Debtor {
  history: ReportHistory;
  owedFrom: Date | null;
}

export interface OwedOccurrence extends Occurrence {
  /** when the report that covers it was made; null while unreported */
  reportedAt: Date | null;
}

/** When an occurrence is overdue: after its due instant and before the report that covered it (ms; `until` exclusive). */
export interface OverdueSpan {
  from: number;
  until: number;
}

/** An occurrence is overdue once its day has ended, until a report covers it; null when it was reported in time. */
export function overdueSpanOf(occurrence: OwedOccurrence): OverdueSpan | null {
  const until = occurrence.reportedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return until > occurrence.due.getTime() ? { from: occurrence.due.getTime(), until } : null;
}

export function isOverdueWithin(span: OverdueSpan, at: Date): boolean {
  return at.getTime() > span.from && at.getTime() < span.until;
}

/** How far back an unreported occurrence still counts, and how far ahead the next one is looked for. */
const LOOK_BACK_DAYS = 400;
const LOOK_AHEAD_DAYS = 400;

/**
 * The occurrences due within 400 days either side of `today` (a local date) that the unit owes, each
 * with when a report covered it. Reports are matched oldest first, each to the earliest occurrence
 * still owed whose period had begun when it was made; older occurrences are not chased.
 */
export function owedOccurrences(recurrence: Recurrence, debtor: Debtor, today: string, boundary?: BeforeBoundary): OwedOccurrence[] {
  const from = addDays(today, -LOOK_BACK_DAYS);
  // a year more, so that the first occurrence in range knows when its period began
  // a duty that starts later (its plan's first period) is looked for ahead of its start, however far
  const ahead = addDays(recurrence.from && recurrence.from > today ? recurrence.from : today, LOOK_AHEAD_DAYS);
  const all = listOccurrences(recurrence, { from: addDays(from, -400), to: ahead }, boundary);
  const owed: (OwedOccurrence & { begins: number })[] = [];
  all.forEach((occurrence, index) => {
    if (occurrence.dueDate < from) return;
    if (debtor.owedFrom && occurrence.due.getTime() <= debtor.owedFrom.getTime()) return;
    owed.push({ ...occurrence, reportedAt: null, begins: index > 0 ? all[index - 1]!.due.getTime() : Number.NEGATIVE_INFINITY });
  });
  // A "done" that named its occurrence covers that one (when owed and not yet covered); the others, in order.
  const named = debtor.history.named;
  const credited = new Set<number>();
  for (const time of debtor.history.times) {
    const key = named?.get(time.getTime());
    const target = key === undefined ? undefined : owed.find((o) => o.key === key && o.reportedAt === null);
    if (target) {
      target.reportedAt = time;
      credited.add(time.getTime());
    }
  }
  const times = [...debtor.history.times].filter((t) => !credited.has(t.getTime())).sort((a, b) => a.getTime() - b.getTime());
  // Without named ones, covered occurrences are always the earliest ones, so one cursor walks both lists.
  let next = 0;
  const skipCovered = () => {
    while (next < owed.length && owed[next]!.reportedAt !== null) next++;
  };
  times.forEach((time, index) => {
    const standsForEarlier = index === 0 && !debtor.history.complete;
    skipCovered();
    while (next < owed.length && owed[next]!.begins < time.getTime()) {
      owed[next]!.reportedAt = time;
      next++;
      skipCovered();
      if (!standsForEarlier) break;
    }
  });
  return owed.map(({ begins: _, ...occurrence }) => occurrence);
}

/** The occurrence the unit answers to at `now`: the earliest it owes and had not reported by then, overdue or next. */
export function currentOccurrence(owed: readonly OwedOccurrence[], now: Date): Occurrence | null {
  const first = owed.find((o) => o.reportedAt === null || o.reportedAt.getTime() > now.getTime());
  return first ? { key: first.key, dueDate: first.dueDate, due: first.due } : null;
}

/** The occurrence a "done" made at `doneAt` settled (its due judges that "done"), or null when none did. */
export function occurrenceSettledAt(owed: readonly OwedOccurrence[], doneAt: Date | null): Occurrence | null {
  const settled = doneAt ? owed.find((o) => o.reportedAt?.getTime() === doneAt.getTime()) : undefined;
  return settled ? { key: settled.key, dueDate: settled.dueDate, due: settled.due } : null;
}

/**
 * The occurrence of a recurring duty a unit's "done" report was made for (what the steering group is asked
 * to confirm), from the task's reports up to it: null for a one-off task, or when it settled none.
 */
export function occurrenceOfDone(task: TaskRecord, reports: readonly ReportRecord[], complete: boolean, done: ReportRecord): Occurrence | null {
  const assignment = task.assignments.find((a) => a.unitId === done.unitId);
  if (!task.recurrence || !assignment) return null;
  // what came after (a return, the confirmation) does not change which occurrence it was made for
  const upToDone = reports.filter((r) => r.createdAt.getTime() <= done.createdAt.getTime());
  const history = reportHistoryOf(assignment, upToDone, complete);
  const owed = owedOccurrences(task.recurrence, { history, owedFrom: owedFromOf(task, assignment) }, localDateKey(done.createdAt));
  return occurrenceSettledAt(owed, done.createdAt);
}

export interface OwedDeadline {
  due: Date | null;
  /** the period key of a recurring duty's occurrence ("2023-06"); null for a one-off task */
  occurrence: string | null;
  /** a recurring duty's owed occurrences around `now` with when each was reported (charts replay them); empty for a one-off task */
  occurrences: readonly OwedOccurrence[];
}

/** The deadline one unit's part answers to at `now`, from its report history. */
export function owedDeadline(task: TaskRecord, assignment: AssignmentRecord, history: ReportHistory, now: Date): OwedDeadline {
  if (!task.recurrence) return { due: task.dueAt, occurrence: null, occurrences: [] };
  const occurrences = owedOccurrences(task.recurrence, { history, owedFrom: owedFromOf(task, assignment) }, localDateKey(now));
  const occurrence = currentOccurrence(occurrences, now);
  return { due: occurrence?.due ?? null, occurrence: occurrence?.key ?? null, occurrences };
}
