/** Open tasks over time: all open tasks and those past their deadline, day by day. */
import type { OpenPoint } from '../../core/reports/chart-data.ts';
import { formatDateVi } from '../../core/time/zone.ts';
import type { Locale } from '../../core/model/records.ts';
import { chartWords } from './chart-words.ts';
import { BUCKET_COLOURS, fitText, GRID, legend, MUTED, newChart, text, toPng, WIDTH } from './canvas-kit.ts';
import { monthTicks } from './time-axis.ts';

export interface OpenChartInput {
  planNumber: string;
  at: Date;
  points: readonly OpenPoint[];
  locale?: Locale;
}

export async function renderOpenChart(input: OpenChartInput): Promise<Uint8Array> {
  const height = 760;
  const { canvas, ctx } = newChart(height);
  const words = chartWords(input.locale ?? 'vi');
  text(ctx, fitText(ctx, words.openTitle(input.planNumber), WIDTH - 80, 34, true), 40, 44, { size: 34, bold: true });
  text(ctx, words.openSubtitle(formatDateVi(input.at)), 40, 88, { size: 24, colour: MUTED });
  legend(
    ctx,
    [
      { label: words.open, colour: BUCKET_COLOURS.openOnTime },
      { label: words.openOverdue, colour: BUCKET_COLOURS.openOverdue },
    ],
    40,
    136,
  );

  const plot = { x: 110, y: 190, w: WIDTH - 160, h: height - 190 - 90 };
  const first = input.points[0]?.day.getTime() ?? input.at.getTime();
  const last = input.points.at(-1)?.day.getTime() ?? first;
  const span = Math.max(1, last - first);
  const max = Math.max(1, ...input.points.map((p) => p.open));
  const step = Math.max(1, Math.ceil(max / 5));
  const top = step * Math.ceil(max / step);
  const xOf = (t: number) => plot.x + ((t - first) / span) * plot.w;
  const yOf = (v: number) => plot.y + plot.h - (v / top) * plot.h;

  for (let v = 0; v <= top; v += step) {
    ctx.fillStyle = GRID;
    ctx.fillRect(plot.x, yOf(v), plot.w, 1);
    text(ctx, String(v), plot.x - 14, yOf(v), { size: 22, colour: MUTED, align: 'right' });
  }
  for (const tick of monthTicks(new Date(first), new Date(last)))
    text(ctx, tick.label, Math.min(xOf(tick.at.getTime()), WIDTH - 60), plot.y + plot.h + 34, { size: 22, colour: MUTED, align: 'center' });

  for (const [key, colour] of [
    ['open', BUCKET_COLOURS.openOnTime],
    ['overdue', BUCKET_COLOURS.openOverdue],
  ] as const) {
    ctx.strokeStyle = colour;
    ctx.lineWidth = 6;
    ctx.beginPath();
    input.points.forEach((p, i) => {
      // steps: the count holds until the next day
      const x = xOf(p.day.getTime());
      if (i === 0) ctx.moveTo(x, yOf(p[key]));
      else {
        ctx.lineTo(x, yOf(input.points[i - 1]![key]));
        ctx.lineTo(x, yOf(p[key]));
      }
    });
    ctx.stroke();
  }
  const end = input.points.at(-1);
  if (end) text(ctx, words.openEnd(end.open, end.overdue), Math.min(xOf(last), WIDTH - 20), yOf(end.open) - 26, { size: 24, bold: true, align: 'right' });
  return toPng(canvas);
}
