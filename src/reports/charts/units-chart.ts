/** A stacked bar per unit and role: hoàn thành đúng hạn / quá hạn / không có hạn, chưa hoàn thành trong hạn / quá hạn / không có hạn. */
import type { OfficialCounts, UnitRoleCounts } from '../../core/digest/official-counts.ts';
import type { Locale } from '../../core/model/records.ts';
import { formatDateVi } from '../../core/time/zone.ts';
import { OFFICIAL_BUCKETS } from '../../core/status/derive-task-state.ts';
import { chartWords } from './chart-words.ts';
import { BUCKET_COLOURS, fitText, GRID, labelColourOn, legend, MUTED, newChart, text, toPng, WIDTH } from './canvas-kit.ts';

// Sizes for a phone: the image is shown about 390 px wide, so a 1200 px chart needs ≥ 30 px labels to read.
const ROLE_WIDTH = 200;
const NAME_ROW = 58;
const BAR = 54;
const UNIT_GAP = 30;
const BUCKETS = OFFICIAL_BUCKETS;
/** The official buckets' own names (official-counts.ts), so the chart says what the reports say. */
const bucketLegend = (locale: Locale) => BUCKETS.map((bucket) => ({ label: chartWords(locale).official[bucket], colour: BUCKET_COLOURS[bucket] }));

export interface UnitsChartInput {
  planNumber: string;
  at: Date;
  units: readonly UnitRoleCounts[];
  locale?: Locale;
}

export async function renderUnitsChart(input: UnitsChartInput): Promise<Uint8Array> {
  // Room for the legend's three rows (five buckets at size 30 wrap three times on WIDTH).
  const top = 340;
  const height = top + input.units.length * (NAME_ROW + 2 * (BAR + 8) + UNIT_GAP) + 90;
  const { canvas, ctx } = newChart(height);
  const words = chartWords(input.locale ?? 'vi');
  text(ctx, words.unitsTitle(input.planNumber), 40, 44, { size: 42, bold: true });
  text(ctx, words.unitsSubtitle(formatDateVi(input.at)), 40, 100, { size: 30, colour: MUTED });
  const legendBottom = legend(ctx, bucketLegend(input.locale ?? 'vi'), 40, 160, WIDTH - 40, 30);
  if (legendBottom > top) throw new Error(`units chart: legend ends at ${legendBottom}, below the first unit at ${top}`);

  const max = Math.max(1, ...input.units.flatMap((u) => [u.lead.total, u.support.total]));
  const plotX = 40 + ROLE_WIDTH;
  const plotW = WIDTH - plotX - 80;
  const scale = plotW / max;
  let y = top;
  for (const { unit, lead, support } of input.units) {
    // the unit's name on its own line: long names never run into the bars
    text(ctx, fitText(ctx, unit.shortName ?? unit.name, WIDTH - 80, 38, true), 40, y + NAME_ROW / 2 - 4, { size: 38, bold: true });
    y += NAME_ROW;
    for (const [role, counts] of [
      [words.lead, lead],
      [words.support, support],
    ] as [string, OfficialCounts][]) {
      text(ctx, role, plotX - 12, y + BAR / 2, { size: 32, colour: MUTED, align: 'right' });
      ctx.fillStyle = GRID;
      ctx.fillRect(plotX, y + BAR / 2, plotW, 1);
      let x = plotX;
      for (const bucket of BUCKETS) {
        const w = counts[bucket] * scale;
        if (w <= 0) continue;
        ctx.fillStyle = BUCKET_COLOURS[bucket];
        ctx.fillRect(x, y, w, BAR);
        if (w >= 44)
          text(ctx, String(counts[bucket]), x + w / 2, y + BAR / 2, { size: 32, bold: true, colour: labelColourOn(BUCKET_COLOURS[bucket]), align: 'center' });
        x += w;
      }
      text(ctx, String(counts.total), x + 10, y + BAR / 2, { size: 32, colour: MUTED });
      y += BAR + 8;
    }
    y += UNIT_GAP;
  }
  text(ctx, words.unitsFootnote, 40, height - 44, { size: 27, colour: MUTED });
  return toPng(canvas);
}
