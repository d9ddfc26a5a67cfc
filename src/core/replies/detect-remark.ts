import { SELF_SUBJECTS } from './lexicon-clause-roles.ts';
import { NOT_SELF_BEFORE, REMARK_OPENERS, REMARKS } from './lexicon-others.ts';
import { firstContent } from './done-doubt-others.ts';
import { containsPhrase, phraseAt } from './match-phrases.ts';
import type { Clause } from './types.ts';

/**
 * "Xong nhanh vậy ta", "Công an xã làm xong rồi, giỏi thiệt", "Cố lên, sắp xong rồi", "Good job
 * phường 5, done sớm quá": praise, surprise or encouragement about a finish, with no clause naming
 * the unit itself ("Chúc mừng phường 3, bên em cũng xong rồi" is the unit's report).
 */
export function isRemark(clauses: readonly Clause[]): boolean {
  const remarks = clauses.some(({ tokens }) => containsPhrase(tokens, REMARKS) || phraseAt(tokens, firstContent(tokens), REMARK_OPENERS) !== null);
  return remarks && !clauses.some(({ tokens }) => namesSelf(tokens));
}

function namesSelf(tokens: readonly string[]): boolean {
  return tokens.some((_, k) => phraseAt(tokens, k, SELF_SUBJECTS) !== null && !NOT_SELF_BEFORE.includes(tokens[k - 1] ?? ''));
}
