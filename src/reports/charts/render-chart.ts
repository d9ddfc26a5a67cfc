import type { Locale } from '../../core/model/records.ts';
import type { ChartData } from '../../core/usecases/load-chart-data.ts';
import { renderOpenChart } from './open-chart.ts';
import { renderTimelineChart } from './timeline-chart.ts';
import { renderUnitsChart } from './units-chart.ts';

export const CHART_KINDS = ['units', 'timeline', 'open'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** A chart of the plan as PNG bytes, worded in the language of the chat it goes to. */
export function renderChart(kind: ChartKind, data: ChartData, locale: Locale = 'vi'): Promise<Uint8Array> {
  if (kind === 'timeline') return renderTimelineChart({ planNumber: data.planNumber, at: data.at, phases: data.phases, locale });
  if (kind === 'open') return renderOpenChart({ planNumber: data.planNumber, at: data.at, points: data.open, locale });
  return renderUnitsChart({ planNumber: data.planNumber, at: data.at, units: data.units, locale });
}
