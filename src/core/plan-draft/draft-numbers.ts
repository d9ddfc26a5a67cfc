/** The first day of the year a plan's title names ("… năm 2025" → 2025-01-01), for plans with no dateline. */
export function yearStart(title?: string): string | undefined {
  const year = title ? /năm (\d{4})/.exec(title)?.[1] : undefined;
  return year ? `${year}-01-01` : undefined;
}

/** A code's running number, two digits: 1 → "01". */
export function pad(n: number): string {
  return String(n).padStart(2, '0');
}
