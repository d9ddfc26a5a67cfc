import { createHash } from 'node:crypto';
import { writeOutputFile } from './write-output-file.ts';
import { parseArgs } from 'node:util';
import type { ReportFormat } from '../core/ports/report-file-store.ts';
import { PERIOD_FORMS, parsePeriod } from '../core/reports/parse-period.ts';
import { issuedAfterPeriod, issuedAfterPeriodText } from '../core/reports/plan-in-period.ts';
import { marksToPlainText } from '../core/text/marks.ts';
import { formatDateTimeVi } from '../core/time/zone.ts';
import { produceReportFile } from '../core/usecases/produce-report-file.ts';
import { openDatabase } from '../db/open-database.ts';
import { createStores } from '../db/stores.ts';
import { renderReport } from '../reports/render-report.ts';
import { resolvePlanNumber } from './resolve-plan-number.ts';

const DEFAULT_DATABASE_URL = 'file:./data/dieuphoi.db';

const USAGE = [
  'Cách dùng: dieuphoi report --plan <số kế hoạch> [--period <kỳ>] [--format docx|xlsx] --out <tệp> [--at <thời điểm ISO>]',
  `Kỳ báo cáo (mặc định: tháng hiện tại): ${PERIOD_FORMS}.`,
  'Ví dụ: dieuphoi report --plan 45/KH-BCĐ --period "quý IV/2023" --format docx --out bao-cao.docx',
].join('\n');

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      plan: { type: 'string' },
      period: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      at: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  }).values;
}

/**
 * `dieuphoi report`: writes the upward report (.docx or .xlsx) of a plan for a period. The same period
 * gives back the stored file until the data changes. Exit code 2 on bad arguments, 1 on unknown plan.
 */
export async function runReportCommand(
  argv: string[],
  out: (line: string) => void,
  env: Record<string, string | undefined> = process.env,
  now: () => Date = () => new Date(),
): Promise<number> {
  let values: ReturnType<typeof parse>;
  try {
    values = parse(argv);
  } catch (error) {
    out(`Tham số không hợp lệ: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const at = values.at ? new Date(values.at) : now();
  if (Number.isNaN(at.getTime())) {
    out(`Thời điểm không hợp lệ: "${values.at}". Dùng dạng ISO, ví dụ 2023-11-30T17:00:00+07:00.`);
    return 2;
  }
  const format = (values.format ?? 'docx').toLowerCase();
  if (format !== 'docx' && format !== 'xlsx') {
    out(`Định dạng không hợp lệ: "${values.format}". Chọn docx hoặc xlsx.`);
    return 2;
  }
  if (!values.plan?.trim() || !values.out?.trim()) {
    out(`Thiếu ${values.plan?.trim() ? '--out' : '--plan'}.\n${USAGE}`);
    return 2;
  }
  const period = parsePeriod(values.period, at);
  if (!period.ok) {
    out(marksToPlainText(period.error));
    return 2;
  }
  const db = await openDatabase(env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  try {
    const stores = createStores(db);
    const planNumber = await resolvePlanNumber(stores, values.plan.trim());
    if (!planNumber) {
      out(`Không tìm thấy kế hoạch "${values.plan}".`);
      return 1;
    }
    const plan = (await stores.tasks.getActivePlans()).find((p) => p.number === planNumber);
    if (plan && issuedAfterPeriod(plan, period.period)) {
      out(issuedAfterPeriodText(plan, period.period.label, 'vi'));
      return 1;
    }
    const deps = {
      tasks: stores.tasks,
      reports: stores.reports,
      criteria: stores.criteria,
      files: stores.reportFiles,
      render: renderReport,
      hash: (text: string) => createHash('sha256').update(text).digest('hex'),
    };
    const result = await produceReportFile(deps, { planNumber, period: period.period, format: format as ReportFormat, now: at });
    if (!result.ok) {
      out(`Không tìm thấy kế hoạch "${values.plan}".`);
      return 1;
    }
    await writeOutputFile(values.out, result.file.bytes);
    const how = result.reused ? `số liệu không đổi, dùng lại bản đã lập lúc ${formatDateTimeVi(result.file.createdAt)}` : 'bản mới';
    out(`Đã ghi ${values.out}: báo cáo Kế hoạch số ${planNumber}, ${period.period.label} (${result.model.rows.length} nhiệm vụ; ${how}).`);
    return 0;
  } finally {
    await db.close();
  }
}
