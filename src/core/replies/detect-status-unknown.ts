import { PARTICLES } from './lexicon-non-reports.ts';
import { phraseAt } from './match-phrases.ts';
import type { Clause } from './types.ts';

/**
 * "còn phần bên em thì em chưa nắm được", "phần của xã em chưa có thông tin": the teller does not know
 * the unit's own status. A reply whose telling clauses say only that reports nothing (beside another
 * body's news, it is that news passed on).
 */

const UNKNOWN = ['chua nam duoc', 'chua nam', 'chua nam ro', 'chua ro', 'khong ro', 'chua biet', 'chua co thong tin', 'chua co tin', 'chua nghe'];
/** After the unknowing, words that still end the clause. */
const TRAILING = [...PARTICLES, 'duoc', 'lam', 'nua', 'gi', 'het'];

/** The clause ends on "chưa nắm được", "chưa rõ", "chưa có thông tin" (not "chưa rõ khi nào … nên chưa làm được"). */
export function ownStatusUnknown(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const unknown = phraseAt(tokens, i, UNKNOWN);
    if (unknown && tokens.slice(unknown.end).every((token) => TRAILING.includes(token))) return true;
  }
  return false;
}

export function onlyStatusUnknown(telling: readonly Clause[]): boolean {
  return telling.length > 0 && telling.every(({ tokens }) => ownStatusUnknown(tokens));
}
