/**
 * What the charts draw, read off the one status truth: per-unit parts in the four buckets (lead and
 * support apart), each phase's span and share of tasks done, and open tasks day by day.
 */
import { allPartRows } from '../digest/digest-rows.ts';
import { countByUnitAndRole, type UnitRoleCounts } from '../digest/official-counts.ts';
import type { DigestUnit } from '../digest/types.ts';
import type { PhaseRecord } from '../model/records.ts';
import { isDoneState, type TaskView } from '../status/derive-task-state.ts';

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
 * Open tasks day by day from `from` to `to`: every task of the plan counts as open from `from` (as in
 * the report's "chưa hoàn thành") until the lead reported it done, if the secretariat confirmed it;
 * overdue while open past its deadline. Reassignments and undone reports are not replayed: the
 * current records decide.
 */
export function openTasksOverTime(views: readonly TaskView[], from: Date, to: Date, maxPoints = 120): OpenPoint[] {
  const days = Math.max(1, Math.ceil((to.getTime() - from.getTime()) / DAY_MS));
  const step = Math.max(1, Math.ceil(days / maxPoints));
  const points: OpenPoint[] = [];
  for (let d = 0; d <= days; d += step) {
    const at = Math.min(from.getTime() + d * DAY_MS, to.getTime());
    let open = 0;
    let overdue = 0;
    for (const view of views) {
      const closedAt = isDoneState(view.state) ? (view.doneReportedAt ?? view.task.confirmedAt) : null;
      if (closedAt && closedAt.getTime() <= at) continue;
      open++;
      if (view.task.dueAt && view.task.dueAt.getTime() < at) overdue++;
    }
    points.push({ day: new Date(at), open, overdue });
    if (at === to.getTime()) break;
  }
  return points;
}

/** The first day a chart of the plan starts on: its earliest phase start or task start, else its issue date. */
export function planStart(phases: readonly PhaseRecord[], views: readonly TaskView[], issueDate: Date): Date {
  const starts = [...phases.map((p) => p.startAt), ...views.map((v) => v.task.startAt)].filter((d): d is Date => d !== null).map((d) => d.getTime());
  return starts.length ? new Date(Math.min(...starts)) : issueDate;
}
