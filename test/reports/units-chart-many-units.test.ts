import { afterAll, describe, expect, it, vi } from 'vitest';
import type { OfficialCounts, UnitRoleCounts } from '../../src/core/digest/official-counts.ts';
import { newChart } from '../../src/reports/charts/canvas-kit.ts';
import { renderUnitsChart } from '../../src/reports/charts/units-chart.ts';
import { REPORT_AT } from '../support/report-history.ts';

type Drawing = { fillText: (t: string, x: number, y: number) => void };

const UNIT_NAMES = [
  'Công an Phường 5',
  'Mặt trận Tổ quốc Phường 5',
  'Đoàn Thanh niên Phường 5',
  'Hội Phụ nữ Phường 5',
  'Hội Cựu chiến binh Phường 5',
  'Hội Nông dân Phường 5',
  'Công an thành phố',
  'Mặt trận Tổ quốc thành phố',
  'Đoàn Thanh niên thành phố',
  'Hội Phụ nữ thành phố',
  'Hội Cựu chiến binh thành phố',
  'Hội Nông dân thành phố',
  'Văn phòng UBND thành phố',
  'Ban Chỉ đạo Phường 5',
];

const counts = (total: number): OfficialCounts => ({
  total,
  doneOnTime: 2,
  doneLate: 1,
  doneNoDeadline: 0,
  openOnTime: total - 4,
  openOverdue: 1,
  openNoDeadline: 0,
});
const units = (n: number): UnitRoleCounts[] =>
  UNIT_NAMES.slice(0, n).map((name, i) => ({
    unit: { code: `U${i}`, name, shortName: name },
    lead: counts(6 + (i % 4)),
    support: counts(5),
    supportClosedByLead: 0,
  }));
/** width and height from the PNG's IHDR */
const size = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

/**
 * A plan of 14 units drew a units chart 3398 px tall: on a phone, a strip to scroll through. Many units
 * are now drawn two to a row, each name still whole (so "… Phường 5" and "… thành phố" stay apart).
 */
describe('the units chart of a plan with many units', () => {
  afterAll(() => vi.restoreAllMocks());

  it('stays under 2000 px for 14 units and names every unit in full', async () => {
    const context = Object.getPrototypeOf(newChart(1).ctx) as Drawing;
    const { fillText } = context;
    const drawn: string[] = [];
    vi.spyOn(context, 'fillText').mockImplementation(function (this: Drawing, text: string, x: number, y: number) {
      drawn.push(text);
      return fillText.call(this, text, x, y);
    });
    const png = await renderUnitsChart({ planNumber: '45/KH-BCĐ', at: REPORT_AT, units: units(14) });
    const { width, height } = size(png);
    expect(width).toBe(1200);
    expect(height).toBeLessThan(2000);
    for (const name of UNIT_NAMES) expect(drawn, name).toContain(name);
  });

  it('a few units keep one full-width column', async () => {
    const few = size(await renderUnitsChart({ planNumber: '45/KH-BCĐ', at: REPORT_AT, units: units(3) }));
    const six = size(await renderUnitsChart({ planNumber: '45/KH-BCĐ', at: REPORT_AT, units: units(6) }));
    // each unit below the third adds its own rows: one column
    expect(six.height - few.height).toBeGreaterThan(3 * 150);
  });
});
