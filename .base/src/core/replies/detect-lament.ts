import { PARTICLES } from './lexicon-non-reports.ts';
import { phraseAt } from './match-phrases.ts';
import type { Clause, Signal } from './types.ts';

/** Exclamations of something gone wrong: "chết rồi", "thôi chết", "toi rồi", "tiêu rồi", "hỏng bét". */
const LAMENTS = ['chet roi', 'thoi chet', 'chet cha', 'chet that', 'toi roi', 'tieu roi', 'hong bet', 'thoi roi'];
/** A bare "xong rồi" ("xong", "rồi", particles and nothing else). */
const BARE_DONE = ['xong', 'roi', 'thoi', 'la', 'vay', 'the'];

function opensOnLament(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (phraseAt(tokens, k, LAMENTS)) return true;
    if (!PARTICLES.includes(tokens[k] ?? '')) return false;
  }
  return false;
}

function bareDone(tokens: readonly string[]): boolean {
  return tokens.includes('xong') && tokens.every((t) => BARE_DONE.includes(t) || PARTICLES.includes(t));
}

/**
 * "Chết rồi anh ơi, xong rồi, hồ sơ bị ướt hết": beside a lament, a bare "xong rồi" says it is ruined,
 * not finished; it is read as a weak blocker. A done told with anything more ("chết rồi, em quên báo,
 * xong từ thứ 2 rồi") stays a done.
 */
export function withLamentsRead(signalsByClause: Signal[][], clauses: readonly Clause[]): Signal[][] {
  if (!clauses.some((clause) => opensOnLament(clause.tokens))) return signalsByClause;
  return signalsByClause.map((signals, i) =>
    bareDone(clauses[i]?.tokens ?? []) || opensOnLament(clauses[i]?.tokens ?? [])
      ? signals.map((s) => (s.status === 'done' ? { status: 'blocked', strong: false, tag: 'lament' } : s))
      : signals,
  );
}
