import { foldVietnamese } from '../text/fold.ts';

interface NamedUnit {
  code: string;
  name: string;
  shortName?: string | null;
}

const compact = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]/g, '');

/** Edit distance with adjacent swaps (a typed code is often one key off or two keys swapped). */
function typingDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/**
 * Units a mistyped unit argument may have meant (`/moi CAP9` when the plan has CAP5 and CAP7): codes one
 * or two keys off, or of the same family (the letters before the number). At most `limit`, closest first.
 */
export function nearUnitCodes<U extends NamedUnit>(query: string, units: readonly U[], limit = 4): U[] {
  const typed = compact(query);
  if (typed.length < 2) return [];
  const family = typed.replace(/\d+$/, '');
  const scored: { unit: U; score: number }[] = [];
  for (const unit of units) {
    const code = compact(unit.code);
    const distance = typingDistance(typed, code);
    const sameFamily = family.length >= 2 && family !== typed && code.replace(/\d+$/, '') === family;
    if (distance <= (typed.length >= 6 ? 2 : 1) || sameFamily) scored.push({ unit, score: distance });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.unit.code.localeCompare(b.unit.code, 'vi', { numeric: true }))
    .slice(0, limit)
    .map((s) => s.unit);
}
