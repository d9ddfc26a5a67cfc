/** A stacked bar per unit and role: hoàn thành đúng hạn / quá hạn / không có hạn, chưa hoàn thành trong hạn / quá hạn / không có hạn. */
import type { OfficialCounts, UnitRoleCounts } from '../../core/digest/official-counts.ts';
import type { Locale } from '../../core/model/records.ts';
import { formatDateVi } from '../../core/time/zone.ts';
import { OFFICIAL_BUCKETS } from '../../core/status/derive-task-state.ts';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { type ChartWords, chartWords } from './chart-words.ts';
import { segmentWidths } from './bar-segments.ts';
import { BUCKET_COLOURS, fitText, GRID, labelColourOn, legend, MUTED, newChart, text, toPng, WIDTH } from './canvas-kit.ts';

// Sizes for a phone: the image is shown about 390 px wide, so a 1200 px chart needs ≥ 30 px labels to read.
const ROLE_WIDTH = 180;
const NAME_ROW = 58;
const BAR = 54;
const UNIT_GAP = 30;
const BUCKETS = OFFICIAL_BUCKETS;
/** a segment's least width: its figure (32 px bold digits, about 19 px each) with a margin on both sides */
const figureRoom = (count: number) => 20 + 19 * String(count).length;
/** The official buckets' own names (official-counts.ts), so the chart says what the reports say. */
const bucketLegend = (locale: Locale) => BUCKETS.map((bucket) => ({ label: chartWords(locale).official[bucket], colour: BUCKET_COLOURS[bucket] }));

export interface UnitsChartInput {
  planNumber: string;
  at: Date;
  units: readonly UnitRoleCounts[];
  locale?: Locale;
}

/** Up to this many units the chart is one column; more are drawn two to a row, so 14 units are not 3400 px tall. */
const ONE_COLUMN_UNITS = 6;
const COLUMN_GAP = 40;
/** one unit: its name, then a bar per role */
const BLOCK = NAME_ROW + 2 * (BAR + 8) + UNIT_GAP;

interface Column {
  x: number;
  width: number;
}

/** the bars' room in a column, right of the role labels, with room for the total after the longest bar */
const plotWidth = (column: Column) => column.width - ROLE_WIDTH - 50;

function drawUnit(ctx: SKRSContext2D, { unit, lead, support }: UnitRoleCounts, column: Column, top: number, scale: number, words: ChartWords): void {
  const plotW = plotWidth(column);
  // the unit's name on its own line: long names never run into the bars; a half-width column takes a
  // smaller name (still ≥ 30 px) so "… Phường 5" and "… thành phố" keep the words that tell them apart
  const nameSize = column.width < WIDTH / 2 ? 32 : 38;
  text(ctx, fitText(ctx, unit.shortName ?? unit.name, column.width, nameSize, true), column.x, top + NAME_ROW / 2 - 4, { size: nameSize, bold: true });
  let y = top + NAME_ROW;
  const plotX = column.x + ROLE_WIDTH;
  for (const [role, counts] of [
    [words.lead, lead],
    [words.support, support],
  ] as [string, OfficialCounts][]) {
    text(ctx, role, plotX - 12, y + BAR / 2, { size: 32, colour: MUTED, align: 'right' });
    ctx.fillStyle = GRID;
    ctx.fillRect(plotX, y + BAR / 2, plotW, 1);
    let x = plotX;
    const widths = segmentWidths(
      BUCKETS.map((bucket) => counts[bucket]),
      scale,
      figureRoom,
    );
    for (const [k, bucket] of BUCKETS.entries()) {
      const w = widths[k]!;
      if (w <= 0) continue;
      ctx.fillStyle = BUCKET_COLOURS[bucket];
      ctx.fillRect(x, y, w, BAR);
      text(ctx, String(counts[bucket]), x + w / 2, y + BAR / 2, { size: 32, bold: true, colour: labelColourOn(BUCKET_COLOURS[bucket]), align: 'center' });
      x += w;
    }
    text(ctx, String(counts.total), x + 10, y + BAR / 2, { size: 32, colour: MUTED });
    y += BAR + 8;
  }
}

export async function renderUnitsChart(input: UnitsChartInput): Promise<Uint8Array> {
  // Room for the legend's three rows (five buckets at size 30 wrap three times on WIDTH).
  const top = 340;
  const columns: Column[] =
    input.units.length <= ONE_COLUMN_UNITS
      ? [{ x: 40, width: WIDTH - 80 }]
      : [0, 1].map((i) => ({ x: 40 + i * ((WIDTH - 80 + COLUMN_GAP) / 2), width: (WIDTH - 80 - COLUMN_GAP) / 2 }));
  const rows = Math.ceil(input.units.length / columns.length);
  // a green bar of a unit that never reported its part is the lead's report: the chart says so, as the tables do
  const closedByLead = input.units.some((u) => u.supportClosedByLead > 0);
  const height = top + rows * BLOCK + 90 + (closedByLead ? 40 : 0);
  const { canvas, ctx } = newChart(height);
  const words = chartWords(input.locale ?? 'vi');
  text(ctx, words.unitsTitle(input.planNumber), 40, 44, { size: 42, bold: true });
  text(ctx, words.unitsSubtitle(formatDateVi(input.at)), 40, 100, { size: 30, colour: MUTED });
  const legendBottom = legend(ctx, bucketLegend(input.locale ?? 'vi'), 40, 160, WIDTH - 40, 30);
  if (legendBottom > top) throw new Error(`units chart: legend ends at ${legendBottom}, below the first unit at ${top}`);

  // one scale for every bar, whatever its column: equal counts draw equal lengths
  const max = Math.max(1, ...input.units.flatMap((u) => [u.lead.total, u.support.total]));
  const scale = plotWidth(columns[0]!) / max;
  input.units.forEach((unit, index) => {
    // row by row, left to right, as the units are listed in the digest's table
    const column = columns[index % columns.length]!;
    drawUnit(ctx, unit, column, top + Math.floor(index / columns.length) * BLOCK, scale, words);
  });
  text(ctx, words.unitsFootnote, 40, height - (closedByLead ? 84 : 44), { size: 27, colour: MUTED });
  if (closedByLead) text(ctx, words.closedByLeadFootnote, 40, height - 44, { size: 27, colour: MUTED });
  return toPng(canvas);
}
