import type { TextRange } from './references.ts';

/** "ngày 12 tháng 3 năm 2027" (a signature's date, a line of its own) */
const WRITTEN_DATE = /(?<![\p{L}\d])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/iu;
/** "15/4/2027", "năm 2027" */
const YEAR_MENTION = /(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-](\d{4})|năm\s+(\d{4}))(?!\d)/giu;

export interface BodyDate {
  /** ISO date the deadlines are read against */
  date: string;
  /** what it was read from, for the review note */
  from: string;
}

const pad = (n: string) => n.padStart(2, '0');
const inside = (at: number, ranges: readonly TextRange[]) => ranges.some((r) => at >= r.start && at < r.end);

/**
 * With no dateline and no year in the title, the year the deadlines are read in comes from the document itself: a date line of its
 * own after the body (the signature's "ngày … tháng … năm …"), else the year its own dates and "năm YYYY" name most often (cited
 * titles and legal bases left out). The deadlines read so are flagged.
 */
export function dateFromBody(text: string, bodyStart: number, references: readonly TextRange[]): BodyDate | undefined {
  const lines = text.split('\n');
  const offset = lines.slice(0, bodyStart).reduce((n, l) => n + l.length + 1, 0);
  const own = lines.slice(bodyStart).find((l) => /^\s*(?:[\p{L} ]{0,30},\s*)?ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*\.?\s*$/iu.test(l));
  const written = own ? WRITTEN_DATE.exec(own) : null;
  if (written) return { date: `${written[3]}-${pad(written[2]!)}-${pad(written[1]!)}`, from: written[0] };
  const counts = new Map<string, number>();
  for (const m of text.slice(offset).matchAll(YEAR_MENTION)) {
    if (inside(offset + m.index, references)) continue;
    const year = m[1] ?? m[2]!;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0]))[0];
  return best ? { date: `${best[0]}-01-01`, from: `năm ${best[0]}` } : undefined;
}
