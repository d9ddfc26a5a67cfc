import { localDateKey, vietnamInstant } from '../../core/time/zone.ts';

/** Month starts between two instants (Vietnam calendar), thinned to at most `max` labels "MM/yyyy". */
export function monthTicks(from: Date, to: Date, max = 8): { at: Date; label: string }[] {
  const [y0, m0] = localDateKey(from).split('-').map(Number) as [number, number];
  const ticks: { at: Date; label: string }[] = [];
  for (let i = 1; ; i++) {
    const month = ((m0 - 1 + i) % 12) + 1;
    const year = y0 + Math.floor((m0 - 1 + i) / 12);
    const at = vietnamInstant(year, month, 1);
    if (at.getTime() > to.getTime()) break;
    ticks.push({ at, label: `${String(month).padStart(2, '0')}/${year}` });
  }
  const step = Math.ceil(ticks.length / max);
  return ticks.filter((_, i) => i % step === 0);
}
