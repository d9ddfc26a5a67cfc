/**
 * The period a unit's words name for a recurring duty's "done" ("báo cáo tháng 6 xong rồi", "quý 2 xong",
 * "June done", "Q2 done"), as an occurrence key ("2023-06", "2023-Q2"); null when they name none of the
 * duty's kind. Without a year, the latest such period that has begun by `now` (June named in July 2023 is
 * 2023-06; December named in January 2024 is 2023-12).
 */
import type { RecurrenceFrequency } from '../deadline/types.ts';
import { foldVietnamese } from '../text/fold.ts';
import { localDateKey } from '../time/zone.ts';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function withYear(index: number, year: string | undefined, perYear: number, now: Date): { index: number; year: number } | null {
  if (index < 1 || index > perYear) return null;
  const [y, m] = localDateKey(now).split('-').map(Number) as [number, number];
  if (year) return { index, year: Number(year) };
  const current = Math.ceil((m * perYear) / 12);
  return { index, year: index <= current ? y : y - 1 };
}

export function namedPeriodIn(text: string, frequency: RecurrenceFrequency, now: Date): string | null {
  const folded = foldVietnamese(text).toLowerCase();
  if (frequency === 'monthly') {
    const vi = /\bthang\s+(\d{1,2})(?:\s*[/-]\s*(\d{4}))?\b/.exec(folded);
    // "May" only with its year: Vietnamese "may" (lucky) folds to the same letters
    const en = /\b(january|february|march|april|june|july|august|september|october|november|december|may(?=\s+\d{4}))(?:\s+(\d{4}))?\b/.exec(folded);
    const month = vi ? Number(vi[1]) : en ? MONTHS_EN.indexOf(en[1]!) + 1 : 0;
    const found = withYear(month, vi ? vi[2] : en?.[2], 12, now);
    return found ? `${found.year}-${String(found.index).padStart(2, '0')}` : null;
  }
  if (frequency === 'quarterly') {
    const m = /\b(?:quy|quarter|q)\s*(\d|iv|iii|ii|i)\b(?:\s*[/-]?\s*(\d{4}))?/.exec(folded);
    if (!m) return null;
    const found = withYear(ROMAN[m[1]!] ?? Number(m[1]), m[2], 4, now);
    return found ? `${found.year}-Q${found.index}` : null;
  }
  return null;
}
