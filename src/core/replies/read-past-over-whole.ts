import { BLOCKER_PHRASES } from './lexicon-blockers.ts';
import { COMPLETENESS, RUNNING_OUT } from './lexicon-extent.ts';
import { FUTURE_MARKERS, NEGATIONS, ONGOING_MARKERS } from './lexicon-modifiers.ts';
import { isNumber, modifierBefore, type PhraseMatch, phraseAt } from './match-phrases.ts';
import type { Signal } from './types.ts';

const MODIFIERS = { negation: NEGATIONS, future: FUTURE_MARKERS, ongoing: ONGOING_MARKERS } as const;

/** How far after "đã" the whole may stand, past the verb and its object ("đã đo thị lực cho toàn bộ 410 học sinh"). */
const WHOLE_REACH = 6;
/** Farther when the whole is led in as whom or where ("đã đăng ký nghĩa vụ quân sự lần đầu cho đủ 47 thanh niên"). */
const WHOLE_REACH_AFTER_TO = 10;

/**
 * "đã thu đủ", "đã kiểm tra hết các cơ sở", "đã thực hiện đầy đủ", "đã khám cho toàn bộ 320 cháu", "đã
 * đến nhà cả 6 hộ": a past action over the whole of its object is the work done. Not a step that only
 * reaches everyone ("đã thông báo cho toàn bộ các hộ", "đã phân công cho tất cả các tổ"), nor past a
 * negation or a count reached so far ("đã … được 30/45").
 */
export function wholeDone(tokens: readonly string[]): Signal | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== 'da' || modifierBefore(tokens, i, MODIFIERS, [], 1)) continue;
    const reaching = phraseAt(tokens, i + 1, REACHING_STEPS);
    for (let j = i + 2; j <= Math.min(tokens.length - 1, i + WHOLE_REACH_AFTER_TO); j++) {
      if (NEGATIONS.includes(tokens[j] ?? '') || tokens[j] === 'duoc' || tokens[j] === 'moi') break;
      const whole = phraseAt(tokens, j, COMPLETENESS) ?? allOfACount(tokens, j);
      if (!whole || (j > i + WHOLE_REACH && !BEFORE_ALL_OF.includes(tokens[j - 1] ?? ''))) continue;
      if (reaching) return { status: 'in_progress', strong: false, tag: `reached_all:${reaching.phrase}` };
      if (phraseAt(tokens, whole.end, RUNNING_OUT) || phraseAt(tokens, j, BLOCKER_PHRASES) || phraseAt(tokens, j - 1, BLOCKER_PHRASES)) return null;
      return { status: 'done', strong: true, tag: `done:complete_${whole.phrase}` };
    }
  }
  return null;
}

/** Steps that reach everyone without doing the work itself: a notice, a rollout, an assignment, a reminder. */
const REACHING_STEPS = ['thong bao', 'pho bien', 'quan triet', 'phan cong', 'giao', 'nhac', 'nhac nho', 'don doc', 'moi', 'gui giay moi'];
/** Before "cả <number>": where or to whom ("ở cả 4 thôn", "cho cả 6 hộ", "nhà cả 6 hộ"), not a shift ("ca 2"). */
const BEFORE_ALL_OF = ['o', 'cho', 'den', 'toi', 'tai', 'voi', 'nha', 'tham'];

/** "ở cả 4 thôn", "cho cả 6 hộ", "4/4 vụ": all of a count. */
function allOfACount(tokens: readonly string[], j: number): PhraseMatch | null {
  // "đã hòa giải thành 4/4 vụ": a fraction at its whole.
  if (isNumber(tokens[j]) && tokens[j + 1] === '/' && tokens[j + 2] === tokens[j] && Number(tokens[j]) > 0) return { phrase: 'n/n', start: j, end: j + 3 };
  if (tokens[j] !== 'ca' || !isNumber(tokens[j + 1]) || !BEFORE_ALL_OF.includes(tokens[j - 1] ?? '')) return null;
  return { phrase: 'ca', start: j, end: j + 1 };
}
