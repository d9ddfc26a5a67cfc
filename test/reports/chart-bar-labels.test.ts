import { afterAll, describe, expect, it, vi } from 'vitest';
import type { OfficialCounts } from '../../src/core/digest/official-counts.ts';
import { BUCKET_COLOURS, contrastRatio, newChart } from '../../src/reports/charts/canvas-kit.ts';
import { renderUnitsChart } from '../../src/reports/charts/units-chart.ts';
import { REPORT_AT } from '../support/report-history.ts';

type Drawing = { fillStyle: string; fillRect: (...a: number[]) => void; fillText: (t: string, x: number, y: number) => void };

/**
 * The figures written inside the units chart's bars are legible on a phone whatever the bucket's colour:
 * at least 3:1 against the bar (WCAG AA for large bold text). White on the light blue of "no deadline"
 * (1.7:1), the amber of "done late" or the light green was not.
 */
const EMPTY: OfficialCounts = { total: 0, doneOnTime: 0, doneLate: 0, doneNoDeadline: 0, openOnTime: 0, openOverdue: 0, openNoDeadline: 0 };

describe('figures on the units chart’s bars', () => {
  afterAll(() => vi.restoreAllMocks());

  /** The figures drawn inside a bucket-coloured bar while `draw` runs, each with its colour and its bar's colour. */
  async function figuresDrawn(draw: () => Promise<unknown>) {
    const context = Object.getPrototypeOf(newChart(1).ctx) as Drawing;
    const { fillRect, fillText } = context;
    let bar = '';
    let span: [number, number] = [0, 0];
    const figures: { text: string; colour: string; bar: string }[] = [];
    const rects = vi.spyOn(context, 'fillRect').mockImplementation(function (this: Drawing, ...args: number[]) {
      bar = String(this.fillStyle);
      span = [args[0] ?? 0, (args[0] ?? 0) + (args[2] ?? 0)];
      return fillRect.apply(this, args);
    });
    const texts = vi.spyOn(context, 'fillText').mockImplementation(function (this: Drawing, text: string, x: number, y: number) {
      const inside = x > span[0] && x < span[1];
      if (inside && Object.values(BUCKET_COLOURS).includes(bar as never) && /^\d+$/.test(text)) figures.push({ text, colour: String(this.fillStyle), bar });
      return fillText.call(this, text, x, y);
    });
    await draw();
    rects.mockRestore();
    texts.mockRestore();
    return figures;
  }

  it('read at least 3:1 against every bucket’s colour', async () => {
    const counts: OfficialCounts = { total: 12, doneOnTime: 2, doneLate: 2, doneNoDeadline: 2, openOnTime: 2, openOverdue: 2, openNoDeadline: 2 };
    const figures = await figuresDrawn(() =>
      renderUnitsChart({
        planNumber: '45/KH-BCĐ',
        at: REPORT_AT,
        units: [{ unit: { code: 'CAP5', name: 'Công an Phường 5', shortName: 'Công an Phường 5' }, lead: counts, support: EMPTY, supportClosedByLead: 0 }],
      }),
    );
    // one figure inside each of the six buckets' bars
    expect(new Set(figures.map((f) => f.bar))).toEqual(new Set(Object.values(BUCKET_COLOURS)));
    const illegible = figures.filter((f) => contrastRatio(f.colour, f.bar) < 3).map((f) => `${f.colour} on ${f.bar}`);
    expect(illegible).toEqual([]);
  });

  it('a single overdue task beside forty on time still shows its “1” on red', async () => {
    const big: OfficialCounts = { ...EMPTY, total: 41, doneOnTime: 40, openOverdue: 1 };
    const small: OfficialCounts = { ...EMPTY, total: 1, openOverdue: 1 };
    const figures = await figuresDrawn(() =>
      renderUnitsChart({
        planNumber: '45/KH-BCĐ',
        at: REPORT_AT,
        units: [
          { unit: { code: 'CATP', name: 'Công an thành phố' }, lead: big, support: small, supportClosedByLead: 0 },
          { unit: { code: 'CAP5', name: 'Công an Phường 5' }, lead: small, support: EMPTY, supportClosedByLead: 0 },
        ],
      }),
    );
    expect(figures.filter((f) => f.bar === BUCKET_COLOURS.openOverdue).map((f) => f.text)).toEqual(['1', '1', '1']);
    expect(figures.filter((f) => f.bar === BUCKET_COLOURS.doneOnTime).map((f) => f.text)).toEqual(['40']);
  });
});
