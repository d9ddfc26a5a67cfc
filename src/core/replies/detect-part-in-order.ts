import { FUTURE_TIMES } from './lexicon-done-standing.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import { containsPhrase } from './match-phrases.ts';
import type { Clause } from './types.ts';

/** Openers of an acknowledgement before "ok rồi": "dạ ok rồi", "vâng ok rồi". */
const ACK_OPENERS = ['vang', 'thua', 'u', 'da', 'dung', 'duoc', 'vay', 'the', 'la'];

/** "lớp buổi sáng ok rồi", "tổ 1 ok hết rồi": a named part, then "ok rồi" (not "dạ ok rồi anh", an acknowledgement). */
export function partInOrder(tokens: readonly string[]): boolean {
  const ok = tokens.indexOf('ok');
  const roi = ['het', 'ca'].includes(tokens[ok + 1] ?? '') ? ok + 2 : ok + 1;
  return ok > 0 && tokens[roi] === 'roi' && tokens.slice(0, ok).some((token) => !PARTICLES.includes(token) && !ACK_OPENERS.includes(token));
}

/** Times later today that put the rest ahead, beside FUTURE_TIMES: "chiều nay", "tối nay". */
const LATER_TODAY = ['chieu nay', 'toi nay', 'lat nua', 'ti nua'];

/** A part in order, then a later clause that sets the rest for a time ahead, with no status words anywhere. */
export function partInOrderRestAhead(telling: readonly Clause[]): boolean {
  const part = telling.findIndex(({ tokens }) => partInOrder(tokens));
  return part >= 0 && telling.slice(part + 1).some(({ tokens }) => containsPhrase(tokens, [...FUTURE_TIMES, ...LATER_TODAY]));
}
