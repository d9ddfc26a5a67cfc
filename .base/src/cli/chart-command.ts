import { writeOutputFile } from './write-output-file.ts';
import { parseArgs } from 'node:util';
import { loadChartData } from '../core/usecases/load-chart-data.ts';
import { openDatabase } from '../db/open-database.ts';
import { createStores } from '../db/stores.ts';
import { CHART_KINDS, type ChartKind, renderChart } from '../reports/charts/render-chart.ts';
import { resolvePlanNumber } from './resolve-plan-number.ts';

const DEFAULT_DATABASE_URL = 'file:./data/dieuphoi.db';
const KIND_NAMES: Record<ChartKind, string> = {
  units: 'kết quả theo đơn vị',
  timeline: 'tiến độ các giai đoạn',
  open: 'nhiệm vụ chưa hoàn thành theo thời gian',
};

const USAGE = [
  'Cách dùng: dieuphoi chart --plan <số kế hoạch> [--kind units|timeline|open] [--at <thời điểm ISO>] --out <tệp.png>',
  'units: kết quả theo đơn vị (mặc định); timeline: tiến độ các giai đoạn; open: nhiệm vụ chưa hoàn thành theo thời gian.',
].join('\n');

/** `dieuphoi chart`: writes a chart of the plan as PNG. Exit code 2 on bad arguments, 1 on unknown plan. */
export async function runChartCommand(
  argv: string[],
  out: (line: string) => void,
  env: Record<string, string | undefined> = process.env,
  now: () => Date = () => new Date(),
): Promise<number> {
  let values: { plan?: string; kind?: string; at?: string; out?: string; help?: boolean };
  try {
    values = parseArgs({
      args: argv,
      options: { plan: { type: 'string' }, kind: { type: 'string' }, at: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
    }).values;
  } catch (error) {
    out(`Tham số không hợp lệ: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const kind = (values.kind ?? 'units') as ChartKind;
  if (!CHART_KINDS.includes(kind)) {
    out(`Loại biểu đồ không hợp lệ: "${values.kind}". Chọn units, timeline hoặc open.`);
    return 2;
  }
  const at = values.at ? new Date(values.at) : now();
  if (Number.isNaN(at.getTime())) {
    out(`Thời điểm không hợp lệ: "${values.at}". Dùng dạng ISO, ví dụ 2023-11-20T09:00:00+07:00.`);
    return 2;
  }
  if (!values.plan?.trim() || !values.out?.trim()) {
    out(`Thiếu ${values.plan?.trim() ? '--out' : '--plan'}.\n${USAGE}`);
    return 2;
  }
  const db = await openDatabase(env.DATABASE_URL ?? DEFAULT_DATABASE_URL, { migrate: false });
  try {
    const stores = createStores(db);
    const planNumber = await resolvePlanNumber(stores, values.plan.trim());
    const data = planNumber ? await loadChartData(stores, planNumber, at) : null;
    if (!data) {
      out(`Không tìm thấy kế hoạch "${values.plan}".`);
      return 1;
    }
    await writeOutputFile(values.out, await renderChart(kind, data));
    out(`Đã ghi ${values.out}: biểu đồ ${KIND_NAMES[kind]}, Kế hoạch số ${data.planNumber}.`);
    return 0;
  } finally {
    await db.close();
  }
}
