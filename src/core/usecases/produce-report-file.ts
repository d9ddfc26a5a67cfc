/**
 * The upward report of a plan for a period as a file: builds the report model from the one status
 * truth, and returns the stored file when one was already made from the same data, else renders,
 * stores and returns a new one.
 */
import { criterionStatus, measurementBesideVerdict, targetText } from '../criteria/compose-criteria-summary.ts';
import { digestUnits } from '../jobs/digest-tasks.ts';
import type { CriterionStore } from '../ports/criterion-store.ts';
import type { ReportRecord } from '../model/records.ts';
import type { ReportFileStore, ReportFormat, StoredReportFile } from '../ports/report-file-store.ts';
import type { ReportStore } from '../ports/report-store.ts';
import type { TaskStore } from '../ports/task-store.ts';
import { buildReportModel, type ReportModel, reportModelFingerprint } from '../reports/build-report-model.ts';
import type { ReportPeriod } from '../reports/parse-period.ts';
import { loadReportViews } from './load-report-views.ts';

/** How many reports per task are read for the appendix's "last report" (the latest within the period). */
const HISTORY_PER_TASK = 50;

export interface ProduceReportFileDeps {
  tasks: Pick<TaskStore, 'getPlanByNumber' | 'listTasks'>;
  /** the plan's criteria and their latest measurements (section II.3 of the report) */
  criteria?: Pick<CriterionStore, 'listCriteria'>;
  reports: Pick<ReportStore, 'history' | 'historyOfTasks'>;
  files: ReportFileStore;
  render: (model: ReportModel, format: ReportFormat) => Promise<Uint8Array>;
  /** a content hash (hex) of a string: injected, the core does no crypto */
  hash: (text: string) => string;
}

export type ProduceReportFileResult = { ok: true; file: StoredReportFile; reused: boolean; model: ReportModel } | { ok: false; error: 'plan_not_found' };

/** The report model of a plan for a period: every figure from deriveTaskState. */
export async function loadReportModel(
  deps: Pick<ProduceReportFileDeps, 'tasks' | 'reports' | 'criteria'>,
  planNumber: string,
  period: ReportPeriod,
  now: Date,
) {
  const plan = await deps.tasks.getPlanByNumber(planNumber);
  if (!plan) return null;
  const tasks = await deps.tasks.listTasks({ planId: plan.id });
  // a period that has ended is judged as things stood at its end (load-report-views.ts)
  const { views, asOf, reports: until } = await loadReportViews(deps.reports, tasks, now, period);
  const reports = new Map<number, readonly ReportRecord[]>();
  for (const task of tasks) reports.set(task.id, until?.get(task.id) ?? (await deps.reports.history(task.id, HISTORY_PER_TASK)));
  const criteria = deps.criteria ? await deps.criteria.listCriteria({ planId: plan.id }) : [];
  const model = buildReportModel({
    plan: { number: plan.number, title: plan.title, issuer: plan.issuer, issueDate: plan.issueDate, place: plan.place ?? null },
    views,
    units: digestUnits(tasks),
    now: asOf,
    period,
    reports,
    criteria: criteria.map((c) => ({
      code: c.code,
      text: c.text,
      target: targetText(c),
      measured: measurementBesideVerdict(c),
      measuredAt: c.latest?.measuredAt ?? null,
      status: criterionStatus(c),
    })),
  });
  return { plan, model };
}

export function reportFileName(planNumber: string, period: ReportPeriod, format: ReportFormat): string {
  const safe = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return `bao-cao-${safe(planNumber)}-${safe(period.key)}.${format}`;
}

export async function produceReportFile(
  deps: ProduceReportFileDeps,
  input: { planNumber: string; period: ReportPeriod; format: ReportFormat; now: Date },
): Promise<ProduceReportFileResult> {
  const loaded = await loadReportModel(deps, input.planNumber, input.period, input.now);
  if (!loaded) return { ok: false, error: 'plan_not_found' };
  const { plan, model } = loaded;
  const key = { planId: plan.id, periodKey: input.period.key, format: input.format, dataHash: deps.hash(reportModelFingerprint(model)) };
  const existing = await deps.files.findReportFile(key);
  if (existing) return { ok: true, file: existing, reused: true, model };
  const bytes = await deps.render(model, input.format);
  const file = await deps.files.saveReportFile({ ...key, fileName: reportFileName(plan.number, input.period, input.format), bytes, createdAt: input.now });
  return { ok: true, file, reused: false, model };
}
