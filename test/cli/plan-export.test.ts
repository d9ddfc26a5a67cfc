import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlanExportCommand } from '../../src/cli/plan-export-command.ts';
import { runPlanImportCommand } from '../../src/cli/plan-import-command.ts';
import { loadPlanFile } from '../../src/plan-import/load-plan-file.ts';
import { SEED_PLAN_PATH } from '../support/stores.ts';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-databases.ts';

describe.each(PROVIDERS)('dieuphoi plan export [%s]', (provider) => {
  let db: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'dieuphoi-export-'));
  const now = () => new Date('2023-02-27T01:00:00Z');
  const collect = async (run: (out: (l: string) => void) => Promise<number>) => {
    const lines: string[] = [];
    const code = await run((l) => lines.push(l));
    return { code, lines };
  };

  beforeAll(async () => {
    db = await createTestDatabase(provider);
    expect(await runPlanImportCommand([SEED_PLAN_PATH], () => {}, { DATABASE_URL: db.url }, now)).toBe(0);
  });
  afterAll(() => db?.drop());

  it('writes the stored plan as a workbook and as YAML; importing either changes nothing', async () => {
    const xlsx = join(dir, 'kehoach.xlsx');
    const yaml = join(dir, 'kehoach.yaml');
    const exported = await collect((out) => runPlanExportCommand(['45/KH-BCĐ', '--xlsx', xlsx, '--out', yaml], out, { DATABASE_URL: db.url }));
    expect(exported.code).toBe(0);
    expect(exported.lines[0]).toMatch(/^Đã ghi kế hoạch 45\/KH-BCĐ vào .*kehoach\.xlsx: 8 nhiệm vụ, \d+ đơn vị, 3 giai đoạn\.$/);
    for (const file of [xlsx, yaml]) {
      const loaded = await loadPlanFile(file);
      expect(loaded.ok).toBe(true);
      // each criterion keeps the unit that reports it
      const seed = await loadPlanFile(SEED_PLAN_PATH);
      const units = (result: typeof loaded) => (result.ok ? result.plan.criteria.map((c) => [c.code, c.unitCode ?? null]) : []);
      expect(units(loaded)).toEqual(units(seed));
      const again = await collect((out) => runPlanImportCommand([file], out, { DATABASE_URL: db.url }, now));
      expect(again.code).toBe(0);
      expect(again.lines).toEqual([
        'Thay đổi so với kế hoạch 45/KH-BCĐ đang có trong cơ sở dữ liệu:',
        '  = Giữ nguyên: 8',
        'Đã cập nhật kế hoạch 45/KH-BCĐ: 0 nhiệm vụ mới, 0 thay đổi, 0 lưu trữ, 8 giữ nguyên.',
      ]);
    }
  });

  it('takes the bare number of the one active plan so numbered, as report --plan does', async () => {
    expect(await runPlanImportCommand([SEED_PLAN_PATH, '--activate'], () => {}, { DATABASE_URL: db.url }, now)).toBe(0);
    const result = await collect((out) => runPlanExportCommand(['45', '--xlsx', join(dir, 'bare.xlsx')], out, { DATABASE_URL: db.url }));
    expect(result.code).toBe(0);
    expect(result.lines[0]).toMatch(/^Đã ghi kế hoạch 45\/KH-BCĐ vào .*bare\.xlsx/);
  });

  it('says so when there is no such plan, with exit code 1', async () => {
    const result = await collect((out) => runPlanExportCommand(['99/KH', '--xlsx', join(dir, 'x.xlsx')], out, { DATABASE_URL: db.url }));
    expect(result).toEqual({ code: 1, lines: ['Không có kế hoạch số "99/KH" trong cơ sở dữ liệu.'] });
  });

  it('answers bad usage with exit code 2', async () => {
    expect((await collect((out) => runPlanExportCommand(['45/KH-BCĐ'], out, { DATABASE_URL: db.url }))).code).toBe(2);
    expect((await collect((out) => runPlanExportCommand(['45/KH-BCĐ', '--xlsx', 'a.xls'], out, { DATABASE_URL: db.url }))).lines).toEqual([
      'Tệp bảng tính phải có đuôi .xlsx: "a.xls".',
    ]);
  });
});
