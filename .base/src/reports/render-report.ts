/** The renderer for a report format; the use case receives this as its `render`. */
import type { ReportFormat } from '../core/ports/report-file-store.ts';
import type { ReportModel } from '../core/reports/build-report-model.ts';
import { renderReportDocx } from './docx/render-report-docx.ts';
import { renderReportXlsx } from './xlsx/render-report-xlsx.ts';

export function renderReport(model: ReportModel, format: ReportFormat): Promise<Uint8Array> {
  return format === 'docx' ? renderReportDocx(model) : renderReportXlsx(model);
}
