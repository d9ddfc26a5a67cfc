import { FUTURE_MARKERS, NEGATIONS } from './lexicon-modifiers.ts';
import { containsPhrase, phraseAt } from './match-phrases.ts';
import type { Signal } from './types.ts';

/**
 * "Em gửi danh sách lên phường rồi", "e gửi tờ khai lên cổng thuế rồi a": sending the work, named, up to
 * where it goes, told past by a final "rồi", is the work handed in ("gửi lên", "gửi về" beside each other already
 * were). Not with a negation or a time ahead in the clause, nor "gửi kèm" (an attachment).
 */

const SEND = ['gui', 'chuyen'];
/** Where it goes up to: "lên phường", "về huyện", "qua email" (not "cho lãnh đạo": passing the message on). */
const TOWARDS = ['len', 've', 'qua', 'sang', 'toi', 'den'];
/** How many words of object may stand between the verb and where it goes. */
const OBJECT_REACH = 8;
/** Words that make the "rồi" no past: "rồi mới", "rồi tính". */
const NOT_PAST_AFTER = ['moi', 'tinh', 'se'];

export function sentToldPast(tokens: readonly string[]): Signal | null {
  if (containsPhrase(tokens, NEGATIONS) || containsPhrase(tokens, FUTURE_MARKERS)) return null;
  for (let i = 0; i < tokens.length; i++) {
    if (!phraseAt(tokens, i, SEND) || tokens[i + 1] === 'kem') continue;
    // the work named between ("gửi danh sách lên"): "đã chuyển lên rồi" alone may pass the message on.
    for (let j = i + 2; j <= Math.min(tokens.length - 1, i + 1 + OBJECT_REACH); j++) {
      if (!TOWARDS.includes(tokens[j] ?? '')) continue;
      const past = tokens.findIndex((t, k) => k > j && (t === 'roi' || t === 'r') && !NOT_PAST_AFTER.includes(tokens[k + 1] ?? ''));
      if (past > 0) return { status: 'done', strong: true, tag: 'done:sent_past' };
      return null;
    }
  }
  return null;
}
