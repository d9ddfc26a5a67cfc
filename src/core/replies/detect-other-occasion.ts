import { OTHER_OCCASIONS } from './lexicon-doubts.ts';
import { containsPhrase, isNumber } from './match-phrases.ts';

/** Rounds and periods a task recurs in: "đợt", "kỳ", "lần", "quý". */
const ROUNDS = ['dot', 'ky', 'lan', 'quy'];
/** Between a round and "trước": "this" makes it this round ("đợt này trước tiên …"). */
const THIS_ROUND = ['nay', 'nay thi', 'hien tai'];

/**
 * Another round or year than this task's: "đợt trước", "năm ngoái", "hồi năm 2021", and by structure
 * a round then "trước" a few words on ("đợt tiêm trước", "kỳ báo cáo trước") or a round named by a
 * year ("đợt năm 2023").
 */
export function namesAnotherOccasion(tokens: readonly string[]): boolean {
  if (containsPhrase(tokens, OTHER_OCCASIONS)) return true;
  for (let k = 0; k < tokens.length; k++) {
    if (!ROUNDS.includes(tokens[k] ?? '')) continue;
    if (tokens[k + 1] === 'nam' && /^(19|20)\d\d$/.test(tokens[k + 2] ?? '')) return true;
    for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 4); j++) {
      if (THIS_ROUND.includes(tokens[j] ?? '') || isNumber(tokens[j])) break;
      // "đợt kiểm tra trước", not "đợt 1 … trước hạn" nor "trước khi".
      if (tokens[j] === 'truoc' && !['han', 'khi', 'tien', 'thoi han', 'ngay'].includes(tokens[j + 1] ?? '')) return true;
    }
  }
  return false;
}
