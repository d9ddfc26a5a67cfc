import { NEGATIONS } from './lexicon-modifiers.ts';
import { containsPhrase, phraseAt } from './match-phrases.ts';

/** Now, at a clause's head: "giờ", Central "chừ", "nay", "hôm nay". */
const NOW_OPENERS = ['gio', 'chu', 'nay', 'hom nay', 'bay gio', 'hien gio', 'sang nay', 'toi nay'];
/** Going on again after a stop: "đi tiếp", "làm tiếp", "làm lại", "chạy lại". */
const RESUMED = ['di tiep', 'lam tiep', 'lam lai', 'chay lai', 'hoat dong lai', 'tiep tuc', 'kiem tiep', 'trien khai lai', 'lam binh thuong'];
/** Told as already so: "rồi", "đã". */
const ALREADY = ['roi', 'da'];

/**
 * "…, giờ đi tiếp rồi anh", "…, nay đã làm lại bình thường": after a halt told in the clause before, the work
 * is going on again now, so the halt is behind the unit. Not a plan ("giờ em tính làm lại") nor a denial
 * ("giờ vẫn chưa làm lại được").
 */
export function resumedNow(tokens: readonly string[]): boolean {
  const now = phraseAt(tokens, 0, NOW_OPENERS);
  if (!now || tokens.some((token) => NEGATIONS.includes(token))) return false;
  return containsPhrase(tokens, RESUMED) && containsPhrase(tokens, ALREADY);
}
