/** Figures go to stdout as one JSON line each; everything for people goes to stderr. */
export type BenchDb = 'sqlite' | 'postgres';

export interface Figure {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  db: BenchDb;
  [extra: string]: string | number | boolean;
}

export function emit(figure: Figure): void {
  const value = Number.isFinite(figure.value) ? Math.round(figure.value * 1000) / 1000 : -1;
  process.stdout.write(`${JSON.stringify({ ...figure, value })}\n`);
}

export function log(message: string, data?: object): void {
  process.stderr.write(`[bench] ${message}${data ? ` ${JSON.stringify(data)}` : ''}\n`);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}
