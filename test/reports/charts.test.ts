import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadImage } from '@napi-rs/canvas';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChartCommand } from '../../src/cli/chart-command.ts';
import { openTasksOverTime } from '../../src/core/reports/chart-data.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { loadChartData } from '../../src/core/usecases/load-chart-data.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { createStores } from '../../src/db/stores.ts';
import { renderUnitsChart } from '../../src/reports/charts/units-chart.ts';
import { createHarness } from '../support/command-harness.ts';
import { playReportHistory, REPORT_AT } from '../support/report-history.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';

/** Pixels in a box that are not the white background. */
async function inkIn(png: Uint8Array, box: { x: number; y: number; w: number; h: number }): Promise<number> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(box.x, box.y, box.w, box.h);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
  return ink;
}

async function size(png: Uint8Array) {
  const image = await loadImage(Buffer.from(png));
  return { width: image.width, height: image.height };
}

describe('charts', () => {
  let db: TestDatabase;
  let dir: string;
  const chart = async (args: string[]) => {
    const lines: string[] = [];
    const code = await runChartCommand(
      args,
      (l) => lines.push(l),
      { DATABASE_URL: db.url },
      () => REPORT_AT,
    );
    return { code, lines };
  };

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    dir = await mkdtemp(join(tmpdir(), 'dieuphoi-chart-'));
    const database = await openDatabase(db.url);
    await playReportHistory(await createHarness(database));
    await database.close();
  });
  afterAll(async () => {
    await db?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['units', 'timeline', 'open'])('dieuphoi chart --kind %s writes a PNG at least 1080 px wide with its title drawn', async (kind) => {
    const out = join(dir, `${kind}.png`);
    const { code, lines } = await chart(['--plan', '45', '--kind', kind, '--out', out]);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(new RegExp(`^Đã ghi ${out}: biểu đồ`));
    const png = new Uint8Array(await readFile(out));
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect((await size(png)).width).toBeGreaterThanOrEqual(1080);
    // the title line (large, bold) and the subtitle
    expect(await inkIn(png, { x: 40, y: 20, w: 600, h: 50 })).toBeGreaterThan(1500);
    expect(await inkIn(png, { x: 40, y: 76, w: 400, h: 30 })).toBeGreaterThan(300);
  });

  it('units is the default kind and draws each unit’s name and its bars; an empty label area stays blank', async () => {
    const out = join(dir, 'default.png');
    expect((await chart(['--plan', '45/KH-BCĐ', '--out', out])).lines[0]).toContain('biểu đồ kết quả theo đơn vị');
    const png = new Uint8Array(await readFile(out));
    // the legend's third row (y ≈ 244–274) leaves a blank band above the first unit's name row at
    // y 340–398, and its lead bar below it (398–452)
    expect(await inkIn(png, { x: 40, y: 290, w: 600, h: 40 })).toBe(0);
    expect(await inkIn(png, { x: 40, y: 342, w: 300, h: 54 })).toBeGreaterThan(500);
    expect(await inkIn(png, { x: 250, y: 405, w: 200, h: 40 })).toBeGreaterThan(5000);
    expect(await inkIn(png, { x: 1150, y: 342, w: 40, h: 40 })).toBe(0);
  });

  it('renders Vietnamese with the shipped font: a name with diacritics draws more ink above the letters than without', async () => {
    const unit = (name: string) => ({
      unit: { code: 'X', name, shortName: name },
      lead: { total: 1, doneOnTime: 1, doneLate: 0, doneNoDeadline: 0, openOnTime: 0, openOverdue: 0, openNoDeadline: 0 },
      support: { total: 0, doneOnTime: 0, doneLate: 0, doneNoDeadline: 0, openOnTime: 0, openOverdue: 0, openNoDeadline: 0 },
      supportClosedByLead: 0,
    });
    const plain = await renderUnitsChart({ planNumber: '1', at: REPORT_AT, units: [unit('Ho Phu nu')] });
    const marked = await renderUnitsChart({ planNumber: '1', at: REPORT_AT, units: [unit('Hộ Phụ nữ')] });
    // the strip above the x-height of the name row holds the accents
    const accents = async (png: Uint8Array) => inkIn(png, { x: 40, y: 340, w: 300, h: 12 });
    expect(await accents(marked)).toBeGreaterThan(await accents(plain));
  });

  it('refuses a bad kind or time in Vietnamese with exit code 2', async () => {
    expect(await chart(['--plan', '45', '--kind', 'pie', '--out', 'x.png'])).toEqual({
      code: 2,
      lines: ['Loại biểu đồ không hợp lệ: "pie". Chọn units, timeline hoặc open.'],
    });
    expect((await chart(['--plan', '45', '--at', 'hôm qua', '--out', 'x.png'])).code).toBe(2);
    expect((await chart(['--plan', '99', '--out', join(dir, 'z.png')])).code).toBe(1);
  });

  it('chart data: phases with their share done, open tasks falling when tasks are done', async () => {
    const database = await openDatabase(db.url, { migrate: false });
    const data = await loadChartData(createStores(database), '45/KH-BCĐ', REPORT_AT);
    await database.close();
    expect(data?.phases.map((p) => [p.tasks, p.done, p.percent])).toEqual([
      [1, 1, 100],
      [4, 1, 25],
      [3, 0, 0],
    ]);
    expect(data?.open.at(-1)).toMatchObject({ open: 6, overdue: 1 });
    expect(openTasksOverTime([], vietnamInstant(2023, 1, 1), vietnamInstant(2023, 1, 3))).toHaveLength(3);
  });
});
