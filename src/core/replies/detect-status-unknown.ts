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

/** The teller has not checked what was passed on: "em chưa kiểm tra", "chưa xác minh lại". */
const UNVERIFIED = [
  'chua kiem tra',
  'chua kiem tra lai',
  'chua xac minh',
  'chua xac minh lai',
  'chua kiem chung',
  'chua check',
  // "em chưa lên kiểm tra", "chưa xuống tận nơi kiểm tra": not gone to check it (round 40)
  'chua len kiem tra',
  'chua xuong kiem tra',
  'chua toi kiem tra',
  'chua den kiem tra',
  'chua ve kiem tra',
  'chua di kiem tra',
  'chua xuong tan noi kiem tra',
  'chua len tan noi kiem tra',
];

/**
 * "Bên Hội Phụ nữ nói là họ phát quà xong hết rồi, em chưa kiểm tra": another body's news passed on, and the
 * teller only says it is unchecked: nothing of the unit's own work (round 38). Alone, "em chưa kiểm tra" is
 * an inspection not started, so this needs the passed-on clause beside it.
 */
export function onlyUnverifiedNews(telling: readonly Clause[], relays: boolean): boolean {
  return (
    relays &&
    telling.length > 0 &&
    telling.every(({ tokens }) => {
      const at = tokens.findIndex((_, i) => phraseAt(tokens, i, UNVERIFIED) !== null);
      const match = at >= 0 ? phraseAt(tokens, at, UNVERIFIED) : null;
      return match !== null && at <= 2 && tokens.slice(match.end).every((token) => TRAILING.includes(token));
    })
  );
}
