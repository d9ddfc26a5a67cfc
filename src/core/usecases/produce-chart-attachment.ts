import type { Attachment } from '../model/outgoing.ts';
import type { Locale } from '../model/records.ts';
import type { ReportStore } from '../ports/report-store.ts';
import type { TaskStore } from '../ports/task-store.ts';
import { type ChartData, loadChartData } from './load-chart-data.ts';

export type ChartKindName = 'units' | 'timeline' | 'open';

export interface ProduceChartDeps {
  tasks: Pick<TaskStore, 'getPlanByNumber' | 'listTasks'>;
  reports: Pick<ReportStore, 'history' | 'historyOfTasks'>;
  renderChart: (kind: ChartKindName, data: ChartData, locale: Locale) => Promise<Uint8Array>;
}

/** A chart of a plan at an instant as a PNG photo, worded in the chat's language; null when the plan is unknown. */
export async function produceChartAttachment(
  deps: ProduceChartDeps,
  input: { planNumber: string; kind: ChartKindName; now: Date; locale: Locale },
): Promise<Attachment | null> {
  const data = await loadChartData(deps, input.planNumber, input.now);
  if (!data) return null;
  const safe = input.planNumber.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  const name = input.locale === 'en' ? 'chart' : 'bieu-do';
  return { kind: 'photo', fileName: `${name}-${input.kind}-${safe}.png`, mimeType: 'image/png', bytes: await deps.renderChart(input.kind, data, input.locale) };
}
