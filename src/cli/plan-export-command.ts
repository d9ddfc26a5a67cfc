import { resolvePlanNumber } from './resolve-plan-number.ts';
import { writeOutputFile } from './write-output-file.ts';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { formatConfigProblems, loadConfig } from '../config/config.ts';
import { storedPlanToFile } from '../core/plans/stored-plan-to-file.ts';
import { openDatabase } from '../db/open-database.ts';
import { createStores } from '../db/stores.ts';
import { planWorkbookBuffer } from '../plan-import/workbook/write-plan-workbook.ts';

const USAGE = 'Cách dùng: dieuphoi plan export <số kế hoạch> [--xlsx tệp.xlsx] [--out tệp.yaml]';

/**
 * `dieuphoi plan export <number> --xlsx file.xlsx | --out file.yaml`: the stored plan written out for
 * review again. Exit 0 done, 1 no such plan, 2 usage, configuration or a file that cannot be written.
 */
export async function runPlanExportCommand(
  argv: string[],
  out: (line: string) => void,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch {
    out(USAGE);
    return 2;
  }
  const number = parsed.positionals[0];
  const { xlsx, out: yamlFile } = parsed.values;
  if (!number || parsed.positionals.length > 1 || (!xlsx && !yamlFile)) {
    out(USAGE);
    return 2;
  }
  if (xlsx && !xlsx.toLowerCase().endsWith('.xlsx')) {
    out(`Tệp bảng tính phải có đuôi .xlsx: "${xlsx}".`);
    return 2;
  }
  const loaded = loadConfig(env);
  if (!loaded.ok) {
    out(formatConfigProblems(loaded.problems));
    return 2;
  }
  // read only: no migration (the running bot migrated at its start), so no lock is waited for
  const db = await openDatabase(loaded.config.DATABASE_URL, { migrate: false });
  let stored: Awaited<ReturnType<ReturnType<typeof createStores>['plans']['readStoredPlan']>>;
  try {
    const stores = createStores(db);
    // "45" names plan 45/KH-BCĐ when it is the only one so numbered, as `report --plan 45` reads it
    stored = await stores.plans.readStoredPlan((await resolvePlanNumber(stores, number)) ?? number);
  } finally {
    await db.close();
  }
  if (!stored) {
    out(`Không có kế hoạch số "${number}" trong cơ sở dữ liệu.`);
    return 1;
  }
  const file = storedPlanToFile(stored);
  const writes: [string, () => Promise<Buffer | string>][] = [];
  if (xlsx) writes.push([xlsx, () => planWorkbookBuffer(file)]);
  if (yamlFile) writes.push([yamlFile, async () => stringify(file, { lineWidth: 0 })]);
  for (const [path, content] of writes) {
    try {
      await writeOutputFile(path, await content());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      out(
        `Không ghi được tệp "${path}": ${code === 'ENOENT' ? 'không tìm thấy thư mục.' : code === 'EACCES' ? 'không có quyền ghi.' : (error as Error).message}`,
      );
      return 2;
    }
    out(`Đã ghi kế hoạch ${stored.number} vào ${path}: ${file.tasks.length} nhiệm vụ, ${file.units.length} đơn vị, ${file.phases?.length ?? 0} giai đoạn.`);
  }
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, options: { xlsx: { type: 'string' }, out: { type: 'string' } } });
}
