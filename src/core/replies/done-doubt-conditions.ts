import { ALTERNATIVES, CONDITION_OPENERS, CONDITIONS } from './lexicon-doubts.ts';
import { containsPhrase, phraseAt } from './match-phrases.ts';
import { firstContent } from './done-doubt-others.ts';
import { SIGNATURES, signatureThen } from './detect-signature-condition.ts';

/** Conditions beside a done word, for the strict guard on "done" (done-doubt-markers.ts): the finish depends on something. */

/** "nếu …", "miễn …", "hễ …": the clause opens or holds a condition. */
export function conditional(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const condition = phraseAt(tokens, k, CONDITIONS);
    // A bare "miễn" only opens a condition at the clause's start ("miền núi" folds alike).
    if (condition && (condition.phrase !== 'mien' || k === firstContent(tokens))) return true;
  }
  return false;
}

/** "có người phụ thì hôm nay xong", "đủ hồ sơ thì mai nộp là xong": a condition opened on having or enough, then "thì", before the done word. */
export function conditionBefore(tokens: readonly string[], doneAt: number): boolean {
  // "có" opening the clause is the condition's own ("có người phụ thì …"), though it may also open a reply politely.
  const start = phraseAt(tokens, 0, CONDITION_OPENERS)?.phrase === 'co' ? 0 : firstContent(tokens);
  if (!phraseAt(tokens, start, CONDITION_OPENERS) || tokens.slice(0, start).includes('da')) return false;
  const then = tokens.indexOf('thi', start + 1);
  if (then > start && then < doneAt) return true;
  // "Có máy múc là nạo vét xong ngay": "là" as its "then", with nothing told past ("có 5 tổ là xong rồi" tells) (round 42).
  const la = tokens.indexOf('la', start + 1);
  return la > start && la < doneAt && !tokens.includes('roi') && !tokens.includes('da');
}

/** "…, không thì mai": the next clause gives the alternative, so the finish was a condition. */
export function opensOnAlternative(tokens: readonly string[]): boolean {
  return tokens.length > 0 && phraseAt(tokens, firstContent(tokens), ALTERNATIVES) !== null;
}

/** "Nếu anh duyệt sớm thì mai em xong", "miễn phường ký là xong": a condition that waits on an approval or a signature. */
export function conditionOnApproval(tokens: readonly string[]): boolean {
  return ((conditional(tokens) || opensOnCondition(tokens)) && containsPhrase(tokens, SIGNATURES)) || signatureThen(tokens);
}

/** "Nếu phòng duyệt, thì xong": the clause before opens on a condition. */
export function opensOnCondition(tokens: readonly string[]): boolean {
  return tokens.length > 0 && phraseAt(tokens, firstContent(tokens), CONDITIONS) !== null;
}
