import { isoWeekMonday } from '../jobs/schedule-time.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The first local day (yyyy-MM-dd) of a recurring duty's period key: "2023-03" → 2023-03-01,
 * "2023-Q2" → 2023-04-01, "2023-H2" → 2023-07-01, "2023-W10" → its Monday, "2023" → 2023-01-01;
 * null for a key of another shape.
 */
export function periodStartOfKey(key: string): string | null {
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return `${m[1]}-${pad((Number(m[2]) - 1) * 3 + 1)}-01`;
  m = /^(\d{4})-H([12])$/.exec(key);
  if (m) return `${m[1]}-${m[2] === '1' ? '01' : '07'}-01`;
  if (/^\d{4}-W\d{2}$/.test(key)) return isoWeekMonday(key);
  if (/^\d{4}$/.test(key)) return `${key}-01-01`;
  return null;
}
