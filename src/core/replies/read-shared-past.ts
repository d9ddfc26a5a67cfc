import { COMPLETENESS } from './lexicon-extent.ts';
import { FUTURE_MARKERS, NEGATIONS, ONGOING_MARKERS } from './lexicon-modifiers.ts';
import { containsPhrase } from './match-phrases.ts';
import type { Clause, ClauseRole } from './types.ts';

/**
 * "Đã tuần tra, kiểm tra hết 14 cột mốc", "Em đã chụp ảnh, lập hồ sơ đủ 21 ngôi mộ": one "đã" governs a
 * list of verbs split by a comma, so the clause that names the whole is told past too.
 */

/** How many words the clause before may hold after its "đã" (the verb of the list). */
const VERB_AFTER_PAST = 2;
/** In the clause itself, a tense or aspect of its own: it does not borrow one. */
const OWN_TENSE = ['da', 'moi', 'vua', 'con', 'xong', ...NEGATIONS, ...FUTURE_MARKERS, ...ONGOING_MARKERS];

/** The clause to read, with the "đã" of the clause before it when that clause is only "… đã <verb>". */
export function withSharedPast(clauses: readonly Clause[], roles: readonly ClauseRole[], i: number): Clause {
  const clause = clauses[i] as Clause;
  const before = clauses[i - 1];
  if (!before || roles[i - 1] !== 'tell' || roles[i] !== 'tell') return clause;
  const past = before.tokens.lastIndexOf('da');
  if (past < 0 || before.tokens.length - past - 1 > VERB_AFTER_PAST || past === before.tokens.length - 1) return clause;
  if (before.tokens.some((t) => NEGATIONS.includes(t))) return clause;
  if (!containsPhrase(clause.tokens, COMPLETENESS) || containsPhrase(clause.tokens, OWN_TENSE)) return clause;
  return { ...clause, tokens: ['da', ...clause.tokens] };
}
