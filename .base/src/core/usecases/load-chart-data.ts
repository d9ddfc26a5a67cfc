/** The data of a plan's charts at an instant, from the one status truth. */
import { digestUnits } from '../jobs/digest-tasks.ts';
import type { ReportStore } from '../ports/report-store.ts';
import type { TaskStore } from '../ports/task-store.ts';
import { type OpenPoint, openTasksOverTime, type PhaseBar, phaseChartData, planStart, unitChartData } from '../reports/chart-data.ts';
import type { UnitRoleCounts } from '../digest/official-counts.ts';
import { loadTaskViews } from './load-task-views.ts';

export interface ChartData {
  planNumber: string;
  at: Date;
  units: UnitRoleCounts[];
  phases: PhaseBar[];
  open: OpenPoint[];
}

export async function loadChartData(
  deps: { tasks: Pick<TaskStore, 'getPlanByNumber' | 'listTasks'>; reports: Pick<ReportStore, 'history' | 'historyOfTasks'> },
  planNumber: string,
  at: Date,
): Promise<ChartData | null> {
  const plan = await deps.tasks.getPlanByNumber(planNumber);
  if (!plan) return null;
  const tasks = await deps.tasks.listTasks({ planId: plan.id });
  const views = await loadTaskViews(deps.reports, tasks, at);
  const start = planStart(plan.phases, views, plan.issueDate);
  return {
    planNumber: plan.number,
    at,
    units: unitChartData(views, digestUnits(tasks)),
    phases: phaseChartData(plan.phases, views),
    open: start.getTime() <= at.getTime() ? openTasksOverTime(views, start, at) : [],
  };
}
