import type { LocalDate } from '../time/local-date.ts';
import type { BeforeBoundary, NotDeadlineReason, Recurrence } from './types.ts';

/** What one matched phrase means, before it is turned into a DeadlineReading. */
export type Finding =
  | { kind: 'due'; date: LocalDate; note: string; approximate?: boolean }
  | { kind: 'period'; start: LocalDate; end: LocalDate; note: string; approximate?: boolean }
  | { kind: 'recurrence'; recurrence: Recurrence; note: string }
  | { kind: 'none'; reason: NotDeadlineReason; note: string };

/** A phrase found in folded text, with how strongly it claims to be the deadline. */
export interface Candidate {
  start: number;
  end: number;
  finding: Finding;
  rank: number;
  /** carries a deadline word ("trước", "trong", "hạn", "hoàn thành"…); survives inside a document's title */
  introduced: boolean;
  /** a remark about the text (thường xuyên, theo quy định…), used only when no deadline is found */
  remark?: boolean;
}

export interface ResolvedContext {
  documentDate: LocalDate;
  boundary: BeforeBoundary;
  anchor?: LocalDate;
}

/** A matcher scans folded text and proposes candidates. */
export type Matcher = (folded: string, ctx: ResolvedContext) => Candidate[];

export function candidate(match: RegExpExecArray, finding: Finding, rank: number, introduced: boolean, remark = false): Candidate {
  const start = match.index;
  return { start, end: start + match[0].length, finding, rank, introduced, remark };
}

export function unrecognised(note: string): Finding {
  return { kind: 'none', reason: 'unrecognised', note };
}

/** Runs a global regex over the text and maps each match (null skips it). */
export function scan(folded: string, pattern: RegExp, map: (m: RegExpExecArray) => Candidate | Candidate[] | null): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const c = map(m);
    if (Array.isArray(c)) out.push(...c);
    else if (c) out.push(c);
  }
  return out;
}
