import type { Candidate } from './candidate.ts';
import type { ReferenceSpan } from './document-references.ts';

/** Words that mark the deadline of a task when they come shortly before a time phrase. */
const INTRODUCER = /\b(?:hoan thanh|xong|cham nhat|ket thuc|thoi han|han(?! che))\b/;
const WINDOW = 40;
const INTRODUCER_BONUS = 20;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Raises candidates that follow "hoàn thành", "hạn"… in the same clause. */
export function applyIntroducers(folded: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.remark) return c;
    const before = folded.slice(Math.max(0, c.start - WINDOW), c.start);
    const clause = before.slice(before.search(/[^.;:)\n]*$/));
    return INTRODUCER.test(clause) ? { ...c, rank: c.rank + INTRODUCER_BONUS, introduced: true } : c;
  });
}

/** Drops time phrases that date or title a referenced document. */
export function dropReferences(candidates: Candidate[], refs: ReferenceSpan[]): Candidate[] {
  return candidates.filter((c) => !refs.some((r) => overlaps(c, r) || (!c.introduced && !c.remark && overlaps(c, { start: r.end, end: r.titleEnd }))));
}

function beats(d: Candidate, c: Candidate, dIndex: number, cIndex: number): boolean {
  if (!overlaps(d, c)) return false;
  const dLen = d.end - d.start;
  const cLen = c.end - c.start;
  const dContains = d.start <= c.start && d.end >= c.end;
  const cContains = c.start <= d.start && c.end >= d.end;
  if (dContains && !cContains) return true;
  if (cContains && !dContains) return false;
  if (d.rank !== c.rank) return d.rank > c.rank;
  if (dLen !== cLen) return dLen > cLen;
  return dIndex < cIndex;
}

/**
 * Keeps, among overlapping phrases, the one that contains the other (the fuller phrase reads better:
 * "6 tháng, kể từ ngày 01/3/2023" over "ngày 01/3/2023"), else the stronger one.
 */
export function dropOverlapped(candidates: Candidate[]): Candidate[] {
  return candidates.filter((c, ci) => !candidates.some((d, di) => di !== ci && beats(d, c, di, ci)));
}

/** The strongest candidate, the earliest on a tie. */
export function strongest(candidates: Candidate[]): Candidate | undefined {
  return candidates.reduce<Candidate | undefined>(
    (best, c) => (!best || c.rank > best.rank || (c.rank === best.rank && c.start < best.start) ? c : best),
    undefined,
  );
}
