/** The plan's phases on a time axis, each with its share of tasks done, and today's marker. */
import type { PhaseBar } from '../../core/reports/chart-data.ts';
import { formatDateVi } from '../../core/time/zone.ts';
import type { Locale } from '../../core/model/records.ts';
import { chartWords } from './chart-words.ts';
import { BUCKET_COLOURS, fitText, font, GRID, INK, MUTED, newChart, text, toPng, WIDTH } from './canvas-kit.ts';
import { monthTicks } from './time-axis.ts';

const ROW = 110;
const BAR = 46;

export interface TimelineChartInput {
  planNumber: string;
  at: Date;
  phases: readonly PhaseBar[];
  locale?: Locale;
}

export async function renderTimelineChart(input: TimelineChartInput): Promise<Uint8Array> {
  const top = 150;
  const height = top + Math.max(1, input.phases.length) * ROW + 110;
  const { canvas, ctx } = newChart(height);
  const words = chartWords(input.locale ?? 'vi');
  text(ctx, words.timelineTitle(input.planNumber), 40, 44, { size: 34, bold: true });
  text(ctx, words.timelineSubtitle(formatDateVi(input.at)), 40, 90, { size: 24, colour: MUTED });

  const times = input.phases.flatMap((p) => [p.start.getTime(), p.end.getTime()]).concat(input.at.getTime());
  const from = Math.min(...times);
  const to = Math.max(...times, from + 86_400_000);
  const plotX = 40;
  const plotW = WIDTH - 80;
  const xOf = (t: number) => plotX + ((t - from) / (to - from)) * plotW;
  const axisY = top + input.phases.length * ROW + 10;

  for (const tick of monthTicks(new Date(from), new Date(to))) {
    const x = xOf(tick.at.getTime());
    ctx.fillStyle = GRID;
    ctx.fillRect(x, top - 10, 1, axisY - top + 10);
    text(ctx, tick.label, Math.min(Math.max(x, 60), WIDTH - 60), axisY + 30, { size: 22, colour: MUTED, align: 'center' });
  }
  input.phases.forEach((phase, i) => {
    const y = top + i * ROW;
    const x0 = xOf(phase.start.getTime());
    const x1 = Math.max(x0 + 4, xOf(phase.end.getTime()));
    const figures = words.phaseFigures(phase.percent, phase.done, phase.tasks);
    ctx.font = font(26, true);
    const name = fitText(ctx, phase.name, plotW - ctx.measureText(figures).width, 26, true);
    text(ctx, `${name}${figures}`, plotX, y + 14, { size: 26, bold: true });
    ctx.fillStyle = '#bbdefb';
    ctx.fillRect(x0, y + 34, x1 - x0, BAR);
    ctx.fillStyle = BUCKET_COLOURS.openOnTime;
    ctx.fillRect(x0, y + 34, ((x1 - x0) * phase.percent) / 100, BAR);
    text(ctx, `${formatDateVi(phase.start)} – ${formatDateVi(phase.end)}`, Math.min(x0 + 8, WIDTH - 330), y + 34 + BAR / 2, { size: 20, colour: INK });
  });
  const todayX = xOf(input.at.getTime());
  ctx.fillStyle = BUCKET_COLOURS.openOverdue;
  ctx.fillRect(todayX - 2, top - 20, 4, axisY - top + 20);
  text(ctx, words.today, Math.min(Math.max(todayX, 80), WIDTH - 80), top - 36, { size: 22, bold: true, colour: BUCKET_COLOURS.openOverdue, align: 'center' });
  return toPng(canvas);
}
