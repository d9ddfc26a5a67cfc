import { DONE_PHRASES } from './lexicon.ts';
import { containsPhrase } from './match-phrases.ts';
import type { Clause } from './types.ts';

/** A clause that takes back what came before it: "à không", "à chưa", "à mà chưa" (folded). */
const TAKE_BACKS = ['a khong', 'a chua', 'a ma chua', 'a ma khong', 'o khong', 'a quen', 'a nham'];

/**
 * "Xong rồi á, à không, còn xưởng gỗ ông Tư em chưa ghé", "Xong rồi á, à chưa, còn bà Sa chưa nhận tiền, mai em
 * ghé": a done taken back in the same breath, then what is left: work going on (round 42). Not a slip corrected
 * to the whole ("tổ 3 đã... à không, cả phường em xong hết rồi"): what follows must leave something ("còn", "chưa").
 */
export function doneTakenBack(clauses: readonly Clause[]): boolean {
  const back = clauses.findIndex(({ tokens }, i) => i > 0 && TAKE_BACKS.includes(tokens.join(' ')));
  if (back < 0 || !clauses.slice(0, back).some(({ tokens }) => containsPhrase(tokens, DONE_PHRASES))) return false;
  const rest = clauses.slice(back + 1);
  return rest[0]?.tokens[0] === 'con' || rest.some(({ tokens }) => tokens.includes('chua'));
}
