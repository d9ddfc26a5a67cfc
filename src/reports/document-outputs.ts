import { createHash } from 'node:crypto';
import type { Locale } from '../core/model/records.ts';
import type { ReportFormat } from '../core/ports/report-file-store.ts';
import type { ReportModel } from '../core/reports/build-report-model.ts';
import type { ChartData } from '../core/usecases/load-chart-data.ts';
import { type ChartKind, renderChart } from './charts/render-chart.ts';
import { renderReport } from './render-report.ts';

/** The renderers commands and jobs use to attach reports and charts to messages. */
export interface DocumentOutputs {
  renderReport(model: ReportModel, format: ReportFormat): Promise<Uint8Array>;
  renderChart(kind: ChartKind, data: ChartData, locale: Locale): Promise<Uint8Array>;
  /** content hash (hex) used to reuse a stored report made from the same data */
  hash(text: string): string;
}

export function createDocumentOutputs(): DocumentOutputs {
  return { renderReport, renderChart, hash: (text) => createHash('sha256').update(text).digest('hex') };
}
