import { PARTICLES } from './lexicon-non-reports.ts';
import { NEGATIONS } from './lexicon-modifiers.ts';
import { isNumber, phraseAt } from './match-phrases.ts';
import { COUNTED } from './read-percent.ts';
import type { Signal } from './types.ts';

/**
 * "Chưa đi được khu phố nào", "chưa rà được tổ nào": not one of the task's parts reached, which is
 * "0/9 tổ" in words. The verb may be any ("đi", "rà", "xuống"): the parts and "nào" say it.
 */
export function noneOfParts(tokens: readonly string[]): Signal | null {
  // "Đã làm 5 tổ, …": something already done in the clause is not none.
  if (tokens.includes('da')) return null;
  for (let i = 0; i < tokens.length; i++) {
    // "không sót hộ nào", "không thiếu tổ nào" say the opposite: only "chưa".
    // "…, còn chưa nhập được hộ nào": "still not" answers something said before it, not the whole task.
    if (tokens[i] !== 'chua' || tokens[i - 1] === 'con') continue;
    // Up to three words of the verb, then the parts: "chưa đi được khu phố nào", "chưa xuống tổ nào".
    for (let j = i + 2; j <= Math.min(tokens.length - 1, i + 4); j++) {
      const parts = phraseAt(tokens, j, COUNTED);
      // "chưa có hộ nào phản đối", "chưa đi được tổ nào khác": the clause goes on about something else.
      if (parts && NONE_WORDS.includes(tokens[parts.end] ?? '') && tokens.slice(parts.end + 1).every((t) => PARTICLES.includes(t) || ENDINGS.includes(t)))
        return { status: 'not_started', strong: true, tag: 'not_started:none_of_parts' };
    }
    if (noneReachedByAnyNoun(tokens, i)) return { status: 'not_started', strong: true, tag: 'not_started:none_of_parts' };
  }
  return null;
}

/**
 * "chưa gặp được gia đình nào hết", "chưa phát được suất quà nào": after "chưa <verb> được", any noun of
 * up to three words then "nào" ending the clause: not one reached ("được" says it is the work's reach,
 * so the noun need not be a known part).
 */
function noneReachedByAnyNoun(tokens: readonly string[], chua: number): boolean {
  for (let j = chua + 2; j <= Math.min(tokens.length - 1, chua + 4); j++) {
    if (tokens[j] !== 'duoc') continue;
    for (let m = j + 2; m <= Math.min(tokens.length - 1, j + 4); m++) {
      if (!NONE_WORDS.includes(tokens[m] ?? '')) continue;
      const noun = tokens.slice(j + 1, m);
      if (noun.some((t) => isNumber(t) || NEGATIONS.includes(t))) return false;
      // "chưa gặp được hộ nào để ký hợp đồng": "để" and what they were to be reached for.
      return tokens[m + 1] === 'de' || tokens.slice(m + 1).every((t) => PARTICLES.includes(t) || ENDINGS.includes(t));
    }
  }
  return false;
}

const ENDINGS = ['het', 'ca', 'luon', 'het ca', 'het tron'];
/** Between "được" and a count: "có", "mỗi", "tầm", "khoảng", "chừng". */
const ROUGHLY = ['co', 'moi', 'tam', 'khoang', 'chung'];
/** "nào", and Central "mô" in its place ("chưa đi được thôn mô hết"). */
const NONE_WORDS = ['nao', 'mo'];

/**
 * "Em đi được 4 thôn rồi", "đã xuống được 3 khu phố": a count of the task's parts reached by some
 * verb, so the work is under way (the verb may be any; "được", the count and the parts say it).
 */
export function someOfParts(tokens: readonly string[]): Signal | null {
  for (let i = 1; i < tokens.length - 2; i++) {
    if (tokens[i] !== 'duoc') continue;
    // "được có 3 ấp thôi", "được mỗi 2 xóm": a hedge between "được" and the count.
    const n = ROUGHLY.includes(tokens[i + 1] ?? '') ? i + 2 : i + 1;
    if (!isNumber(tokens[n]) || Number(tokens[n]) === 0) continue;
    if (!phraseAt(tokens, n + 1, COUNTED) || tokens.slice(0, i).some((t) => NEGATIONS.includes(t))) continue;
    return { status: 'in_progress', strong: false, tag: 'parts_reached' };
  }
  return null;
}
