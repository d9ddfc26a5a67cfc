/**
 * Which occurrence of a recurring duty a unit's "done" is for. Unnamed, the earliest it owes
 * (owed-deadline.ts); named ("báo cáo tháng 6 xong rồi"), that one, when the unit owes it: overdue, or
 * the next one due. A named period the unit does not owe (already reported, not begun) is refused with
 * what it owes, nothing stored, rather than credited to another period in silence.
 */
import type { AssignmentRecord, Locale, ReportRecord, TaskRecord } from '../model/records.ts';
import { namedPeriodIn } from '../status/named-period.ts';
import { currentOccurrence, isPastDue, occurrenceOfDone, owedFromOf, owedOccurrences, reportHistoryOf } from '../status/owed-deadline.ts';
import { periodLabel } from '../time/period-label.ts';
import { localDateKey } from '../time/zone.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';

const HISTORY = 500;

export interface DonePeriod {
  ok: true;
  /** the period the unit named and owes, stored with the report; null: the earliest owed (or a one-off task) */
  named: string | null;
  /** the task's reports before this one (read only for a recurring duty's "done") */
  before: readonly ReportRecord[];
}

export async function donePeriod(
  ports: WorkflowPorts,
  input: { task: TaskRecord; assignment: AssignmentRecord; note: string | null; now: Date; locale: Locale },
): Promise<DonePeriod | Refusal> {
  const { task, assignment, now, locale } = input;
  if (!task.recurrence) return { ok: true, named: null, before: [] };
  const before = await ports.stores.reports.history(task.id, HISTORY);
  const named = input.note ? namedPeriodIn(input.note, task.recurrence.frequency, now) : null;
  if (!named) return { ok: true, named: null, before };
  const history = reportHistoryOf(assignment, before, before.length < HISTORY);
  const owed = owedOccurrences(task.recurrence, { history, owedFrom: owedFromOf(task, assignment) }, localDateKey(now));
  const target = owed.find((o) => o.key === named);
  const nextDue = owed.find((o) => o.reportedAt === null && !isPastDue(o.due, now));
  if (target && target.reportedAt === null && (isPastDue(target.due, now) || target.key === nextDue?.key)) return { ok: true, named, before };
  const current = currentOccurrence(owed, now);
  return refuse(target?.reportedAt ? 'refuse.period_reported' : 'refuse.period_not_owed', {
    code: task.code,
    period: periodLabel(named, locale),
    owed: current ? periodLabel(current.key, locale) : '—',
  });
}

/** The period a stored "done" of a recurring duty was credited to, as people write it; null for a one-off task. */
export function creditedPeriod(task: TaskRecord, before: readonly ReportRecord[], report: ReportRecord, locale: Locale): string | null {
  if (!task.recurrence || report.status !== 'done') return null;
  const occurrence = occurrenceOfDone(task, [report, ...before], before.length < HISTORY, report);
  return occurrence ? periodLabel(occurrence.key, locale) : null;
}

/**
 * The periods past their day the unit still owes once its "done" is stored (oldest first, as people write
 * them): a receipt must not call the unit's part done while it is behind on earlier or later periods.
 */
export function periodsStillOwed(task: TaskRecord, before: readonly ReportRecord[], report: ReportRecord, now: Date, locale: Locale): string[] {
  const assignment = task.assignments.find((a) => a.unitId === report.unitId);
  if (!task.recurrence || report.status !== 'done' || !assignment) return [];
  const history = reportHistoryOf(assignment, [report, ...before], before.length < HISTORY);
  const owed = owedOccurrences(task.recurrence, { history, owedFrom: owedFromOf(task, assignment) }, localDateKey(now));
  return owed.filter((o) => o.reportedAt === null && isPastDue(o.due, now)).map((o) => periodLabel(o.key, locale));
}

/** "BC-01 (kỳ tháng 06/2023)": the occurrence a lead's "done" still awaiting confirmation was for. */
export function awaitingDoneName(task: TaskRecord, reports: readonly ReportRecord[], pending: ReportRecord | null, locale: Locale): string {
  const occurrence = pending && task.recurrence ? occurrenceOfDone(task, reports, reports.length < HISTORY, pending) : null;
  return occurrence ? `${task.code} (${locale === 'vi' ? 'kỳ ' : ''}${periodLabel(occurrence.key, locale)})` : task.code;
}
