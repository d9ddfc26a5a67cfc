import { DONE_PHRASES } from './lexicon.ts';
import { SELF_SUBJECTS } from './lexicon-clause-roles.ts';
import { groupAt } from './detect-request.ts';
import { INTENSIFIERS, NOT_SELF_BEFORE, PRAISE_WORDS, REMARK_OPENERS, REMARKS, SPEED_WORDS } from './lexicon-others.ts';
import { firstContent } from './done-doubt-others.ts';
import { containsPhrase, isNumber, phraseAt } from './match-phrases.ts';
import { bareMinhIsUnit } from './clause-subject.ts';
import type { Clause } from './types.ts';

/**
 * "Xong nhanh vậy ta", "Công an xã làm xong rồi, giỏi thiệt", "Cố lên, sắp xong rồi", "Good job
 * phường 5, done sớm quá": praise, surprise or encouragement about a finish, with no clause naming
 * the unit itself ("Chúc mừng phường 3, bên em cũng xong rồi" is the unit's report).
 */
export function isRemark(clauses: readonly Clause[]): boolean {
  const remarks = clauses.some(
    ({ tokens }) =>
      (containsPhrase(tokens, REMARKS) && !pushesOnUntil(tokens) && !boatsCounted(tokens)) ||
      praises(tokens) ||
      phraseAt(tokens, firstContent(tokens), REMARK_OPENERS) !== null ||
      cheersOn(tokens),
  );
  return remarks && !clauses.some(({ tokens }) => namesSelf(tokens) || answersPolitely(tokens));
}

/** "2 ghe chưa sơn số", "mấy ghe chưa về" (round 44): boats counted, then "chưa", no "ghê chưa" (wow). */
function boatsCounted(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, k) => t === 'ghe' && tokens[k + 1] === 'chua' && (isNumber(tokens[k - 1]) || ['may', 'cac', 'nhung', 'chiec', 'vai'].includes(tokens[k - 1] ?? '')),
  );
}

/** "ráng thêm buổi chiều nay", "cố thêm tối nay": pushing on until a time, the unit's own plan (not "ráng thêm chút nữa"). */
const UNTIL_TIMES = ['buoi', 'chieu', 'toi', 'sang', 'trua', 'hom', 'ngay', 'tuan'];
function pushesOnUntil(tokens: readonly string[]): boolean {
  // "ráng" is read "cố gắng" (normalize-reply.ts): "cố gắng thêm buổi chiều nay" too.
  return tokens.some((t, k) => {
    const after = t === 'co' && tokens[k + 1] === 'gang' ? k + 2 : t === 'rang' || t === 'co' ? k + 1 : -1;
    return after > 0 && tokens[after] === 'them' && UNTIL_TIMES.includes(tokens[after + 1] ?? '');
  });
}

function namesSelf(tokens: readonly string[]): boolean {
  return tokens.some((_, k) => {
    const self = phraseAt(tokens, k, SELF_SUBJECTS);
    if (self === null || NOT_SELF_BEFORE.includes(tokens[k - 1] ?? '')) return false;
    // A bare "tôi" folds like "tới" and "tối" ("làm tới tối"): the unit only at the clause's start.
    if (self.phrase === 'toi') return k === firstContent(tokens);
    // A bare "mình" is also a name ("trạm Điện Minh", "anh Minh"): the unit at the clause's start or owning a body ("xã mình").
    if (self.phrase === 'minh') return bareMinhIsUnit(tokens, k, firstContent(tokens));
    return true;
  });
}

/** "Các đồng chí cố gắng", "anh em ráng": a group addressed, then urged on. */
function cheersOn(tokens: readonly string[]): boolean {
  const group = groupAt(tokens, firstContent(tokens));
  if (group === null) return false;
  let k = group.end;
  while (k < tokens.length && (tokens[k] === 'oi' || tokens[k] === 'nha' || tokens[k] === 'nhe')) k++;
  const urged = phraseAt(tokens, k, ENCOURAGING);
  // "anh em cố gắng lắm" (read "nhiều"): the effort described, not urged on.
  return urged !== null && !['nhieu', 'lam', 'qua', 'ghe', 'het suc'].includes(tokens[urged.end] ?? '');
}
const ENCOURAGING = ['co gang', 'rang', 'gang', 'co len', 'rang len', 'co them'];

/** "giỏi ghê", "nhanh dữ thần", "siêng thiệt", "oách quá", "lẹ rứa": a word of praise, then an exclamation. */
function praises(tokens: readonly string[]): boolean {
  return tokens.some((_, k) => {
    // "quá đỉnh", "quá giỏi", "quá dữ": "quá" before the praise (not before speed: "quá nhanh" may be the unit's own).
    const after = tokens[k] === 'qua' ? phraseAt(tokens, k + 1, [...PRAISE_WORDS, 'du']) : null;
    if (after && !SPEED_WORDS.includes(after.phrase)) return true;
    const praise = phraseAt(tokens, k, PRAISE_WORDS);
    const exclaim = praise ? phraseAt(tokens, praise.end, INTENSIFIERS) : null;
    if (!praise || !exclaim) return false;
    return !(exclaim.phrase === 'qua' && SPEED_WORDS.includes(praise.phrase));
  });
}

/** "Dạ xong rồi, bữa nay làm lẹ ghê": a done clause opened with the polite "dạ" (read "ạ") or "vâng" answers the lead: the unit's own report. */
function answersPolitely(tokens: readonly string[]): boolean {
  return (tokens[0] === 'a' || tokens[0] === 'vang' || tokens[0] === 'thua') && containsPhrase(tokens, DONE_PHRASES);
}

/** Degree words after a judgement: "lắm" (read "nhiều"), "quá", "vô cùng". */
const DEGREES = ['nhieu', 'qua', 'vo cung', 'that'];

/**
 * "… như vậy là quý lắm rồi", "thế là tốt quá rồi": "là", one word of judgement, a degree and "rồi" — an opinion
 * of something, not a report of work (round 37).
 */
export function judges(tokens: readonly string[]): boolean {
  return tokens.some((token, k) => {
    if (token !== 'la' || k === 0) return false;
    const degree = phraseAt(tokens, k + 2, DEGREES);
    return degree !== null && tokens[degree.end] === 'roi';
  });
}
