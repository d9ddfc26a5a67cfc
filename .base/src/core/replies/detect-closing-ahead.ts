import { FUTURE_MARKERS, FILLERS } from './lexicon-modifiers.ts';
import { CLOSING_EVENTS, DONE_PHRASES } from './lexicon.ts';
import { FUTURE_TIMES } from './lexicon-done-standing.ts';
import { containsPhrase, modifierBefore, type PhraseMatch, phraseAt } from './match-phrases.ts';

/** A time already past: the closing happened then ("hôm qua đoàn của quận xuống nghiệm thu luôn"). */
const CLOSED_AT = ['hom qua', 'hom kia', 'hom truoc', 'tuan truoc', 'thang truoc', 'luc nay', 'hoi nay', 'sang nay', 'chieu qua', 'toi qua'];

/**
 * "thứ 6 này lớp mới bế giảng", "dự kiến tuần sau nghiệm thu": the course or the works run until a
 * closing set ahead. Not a closing with a done word after it ("quyết toán xong") or told with no time.
 */
export function closingAhead(tokens: readonly string[], match: PhraseMatch): boolean {
  if (!CLOSING_EVENTS.includes(match.phrase) || phraseAt(tokens, match.end, DONE_PHRASES)) return false;
  if (containsPhrase(tokens, CLOSED_AT)) return false;
  return timeAhead(tokens) || modifierBefore(tokens, match.start, { future: FUTURE_MARKERS }, FILLERS) !== null;
}

/** A day or time ahead in the clause: "thứ 6 này", "tuần sau" (a bare "thứ" only before a number: not "nghiệm thu"). */
function timeAhead(tokens: readonly string[]): boolean {
  return tokens.some((_, k) => {
    const time = phraseAt(tokens, k, FUTURE_TIMES);
    return time !== null && (time.phrase !== 'thu' || /^\d/.test(tokens[k + 1] ?? '')) && tokens[k - 1] !== 'nghiem';
  });
}
