import { isNumber, phraseAt } from './match-phrases.ts';
import type { Clause } from './types.ts';

/** Told before a count of parts, it says the parts are done: "đi được 3 tổ", "xong 6 thôn", "đã phát 12 hộ". */
const DONE_BEFORE = ['duoc', 'xong', 'da'];
/**
 * Told before a count of the same parts, it says they are the rest, to be finished off: "đi nốt 2 tổ", "làm nốt 2 thôn".
 * Not "còn 2 tổ": the labelled corpora give "xong 2 tổ, còn 3 tổ" no figure (a whole not written), and "nốt" alone
 * says the parts named are all that is left.
 */
const LEFT_BEFORE = ['not'];
/** Words that make a count no work done ("chưa được 3 tổ", "mới định đi 3 tổ"). */
const NOT_DONE = ['chua', 'khong', 'se', 'dinh', 'sap'];

interface Count {
  value: number;
  noun: string;
}

/** The count of parts at `i` ("3 tổ"), with a noun from the counted ones. */
function countAt(tokens: readonly string[], i: number, counted: readonly string[]): Count | null {
  if (!isNumber(tokens[i]) || tokens[i - 1] === '/' || tokens[i + 1] === '/') return null;
  const noun = phraseAt(tokens, i + 1, counted);
  return noun ? { value: Number(tokens[i]), noun: noun.phrase } : null;
}

/** A count of parts told as done in the clause: after "được/xong/đã", with nothing denying it before. */
function doneCount(tokens: readonly string[], counted: readonly string[]): Count | null {
  for (let i = 1; i < tokens.length; i++) {
    const count = countAt(tokens, i, counted);
    if (!count) continue;
    const before = tokens.slice(0, i);
    if (!DONE_BEFORE.includes(tokens[i - 1] ?? '') || before.some((token) => NOT_DONE.includes(token) || token === 'con' || token === 'not')) return null;
    return count;
  }
  return null;
}

/** A count of the named parts told as the rest ("nốt 2 tổ"). */
function leftCount(tokens: readonly string[], noun: string, counted: readonly string[]): number | null {
  for (let i = 1; i < tokens.length; i++) {
    const count = countAt(tokens, i, counted);
    if (!count || count.noun !== noun) continue;
    if (LEFT_BEFORE.some((phrase) => phraseAt(tokens, i - phrase.split(' ').length, [phrase]) !== null)) return count.value;
  }
  return null;
}

/**
 * "Sáng đi được 3 tổ rồi, chiều đi nốt 2 tổ" → 60: the parts done and the same parts finished off later make the whole,
 * as "3/5 tổ" would (round 40). Only when both counts name the same parts, the done one first; none otherwise.
 */
export function shareOfPartsDoneAndLeft(clauses: readonly Clause[], counted: readonly string[]): number | null {
  for (let c = 0; c < clauses.length; c++) {
    const done = doneCount(clauses[c]?.tokens ?? [], counted);
    if (!done) continue;
    for (const later of clauses.slice(c)) {
      const left = leftCount(later.tokens, done.noun, counted);
      if (left !== null && left > 0 && done.value > 0) return Math.round((done.value / (done.value + left)) * 100);
    }
    return null;
  }
  return null;
}
