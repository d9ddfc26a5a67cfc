/**
 * What the charts draw, read off the one status truth: per-unit parts in the four buckets (lead and
 * support apart), each phase's span and share of tasks done, and open tasks day by day.
 */
import { allPartRows } from '../digest/digest-rows.ts';
import { countByUnitAndRole, type UnitRoleCounts } from '../digest/official-counts.ts';
import type { DigestUnit } from '../digest/types.ts';
import type { PhaseRecord } from '../model/records.ts';
import { isDoneState, type TaskView } from '../status/derive-task-state.ts';
import { isOverdueWithin, type OverdueSpan, overdueSpanOf } from '../status/owed-deadline.ts';

export interface PhaseBar {
  name: string;
  start: Date;
  end: Date;
  tasks: number;
  done: number;
  /** whole percent of the phase's tasks done (confirmed) */
  percent: number;
}

export interface OpenPoint {
  day: Date;
  open: number;
  overdue: number;
}

/** Units with at least one part, in the given order. */
export function unitChartData(views: readonly TaskView[], units: readonly DigestUnit[]): UnitRoleCounts[] {
  return countByUnitAndRole(allPartRows(views), units).filter((u) => u.lead.total + u.support.total > 0);
}

export function phaseChartData(phases: readonly PhaseRecord[], views: readonly TaskView[]): PhaseBar[] {
  return phases.flatMap((phase) => {
    if (!phase.startAt || !phase.endAt) return [];
    const own = views.filter((v) => v.task.phaseCode === phase.code);
    const done = own.filter((v) => isDoneState(v.state)).length;
    return [
      { name: phase.name, start: phase.startAt, end: phase.endAt, tasks: own.length, done, percent: own.length ? Math.round((done * 100) / own.length) : 0 },
    ];
  });
}

const DAY_MS = 86_400_000;

/**
 * The spans during which a task was overdue, as the one rule of overdue (owed-deadline.ts) judged it
 * then: a one-off task from its deadline on, unless the lead reported it done by then (a task awaiting
 * confirmation is judged when it was reported done, as in the report's buckets); a recurring duty while
 * any unit owed an occurrence past its due and not yet reported (overdue on day D if due before D and
 * not reported by D).
 */
function overdueSpans(view: TaskView, to: number): OverdueSpan[] {
  const { dueAt } = view.task;
  if (!view.task.recurrence) {
    if (!dueAt || (view.doneReportedAt && view.doneReportedAt.getTime() <= dueAt.getTime())) return [];
    return [{ from: dueAt.getTime(), until: Number.POSITIVE_INFINITY }];
  }
  // occurrences not yet due by the chart's end are never drawn overdue: skipping them keeps each point cheap
  const spans = view.parts.flatMap((part) => part.occurrences.flatMap((o) => (o.due.getTime() < to ? (overdueSpanOf(o) ?? []) : [])));
  // a "done" reported late and awaiting confirmation leaves its occurrence overdue, as a one-off task's does
  const { doneDue, doneReportedAt } = view;
  if (view.state === 'awaiting_confirmation' && doneDue && doneReportedAt && doneReportedAt.getTime() > doneDue.getTime()) {
    spans.push({ from: doneDue.getTime(), until: Number.POSITIVE_INFINITY });
  }
  return spans;
}

/**
 * A recurring duty the lead reported done is still open while a unit owes the occurrence that "done"
 * settled, or an earlier one (deriveTaskState): until when each such occurrence went unreported (ms).
 */
function settledStillOwed(view: TaskView): number[] {
  const { doneDue } = view;
  if (!view.task.recurrence || !doneDue) return [];
  return view.parts.flatMap((part) =>
    part.occurrences.flatMap((o) => (o.due.getTime() <= doneDue.getTime() ? [o.reportedAt?.getTime() ?? Number.POSITIVE_INFINITY] : [])),
  );
}

/**
 * Open tasks day by day from `from` to `to`: every task of the plan counts as open from `from` (as in
 * the report's "chưa hoàn thành") until the lead reported it done, if the secretariat confirmed it;
 * overdue while open and overdue by the one rule (see overdueSpans). A recurring duty with an occurrence
 * overdue is open whatever its status, as in the report. At `to` the point is the report's figures:
 * open = chưa hoàn thành, overdue = chưa hoàn thành quá hạn. Reassignments and undone reports are not
 * replayed: the current records decide.
 */
export function openTasksOverTime(views: readonly TaskView[], from: Date, to: Date, maxPoints = 120): OpenPoint[] {
  const days = Math.max(1, Math.ceil((to.getTime() - from.getTime()) / DAY_MS));
  const step = Math.max(1, Math.ceil(days / maxPoints));
  // spans once per task, not per day: a plan of thousands of duties stays one pass per point
  const tasks = views.map((view) => ({
    closedAt: isDoneState(view.state) ? (view.doneReportedAt ?? view.task.confirmedAt) : null,
    recurring: view.task.recurrence !== null,
    spans: overdueSpans(view, to.getTime()),
    owedUntil: settledStillOwed(view),
  }));
  // every `step` days from `from`, and always `to` itself: the last point is today's figures
  const instants: number[] = [];
  for (let d = 0; from.getTime() + d * DAY_MS < to.getTime(); d += step) instants.push(from.getTime() + d * DAY_MS);
  instants.push(to.getTime());
  const points: OpenPoint[] = [];
  for (const at of instants) {
    const instant = new Date(at);
    let open = 0;
    let overdue = 0;
    for (const { closedAt, recurring, spans, owedUntil } of tasks) {
      const late = spans.some((span) => isOverdueWithin(span, instant));
      const owing = owedUntil.some((until) => until > at);
      if (closedAt && closedAt.getTime() <= at && !(recurring && (late || owing))) continue;
      open++;
      if (late) overdue++;
    }
    points.push({ day: instant, open, overdue });
  }
  return points;
}

/** The first day a chart of the plan starts on: its earliest phase start or task start, else its issue date. */
export function planStart(phases: readonly PhaseRecord[], views: readonly TaskView[], issueDate: Date): Date {
  const starts = [...phases.map((p) => p.startAt), ...views.map((v) => v.task.startAt)].filter((d): d is Date => d !== null).map((d) => d.getTime());
  return starts.length ? new Date(Math.min(...starts)) : issueDate;
}
