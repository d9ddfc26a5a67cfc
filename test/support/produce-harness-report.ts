import { createHash } from 'node:crypto';
import type { ReportFormat } from '../../src/core/ports/report-file-store.ts';
import { parsePeriod } from '../../src/core/reports/parse-period.ts';
import { produceReportFile } from '../../src/core/usecases/produce-report-file.ts';
import { renderReport } from '../../src/reports/render-report.ts';
import type { CommandHarness } from './command-harness.ts';

/** The upward report of the seed plan for a period ("quý I/2023"), as /baocao produces it from the harness's stores. */
export async function produceHarnessReport(h: CommandHarness, periodText: string, format: ReportFormat) {
  const period = parsePeriod(periodText, h.clock.now());
  if (!period.ok) throw new Error(period.error);
  const result = await produceReportFile(
    {
      tasks: h.stores.tasks,
      reports: h.stores.reports,
      criteria: h.stores.criteria,
      files: h.stores.reportFiles,
      render: renderReport,
      hash: (text) => createHash('sha256').update(text).digest('hex'),
    },
    { planNumber: '45/KH-BCĐ', period: period.period, format, now: h.clock.now() },
  );
  if (!result.ok) throw new Error(result.error);
  return result;
}
