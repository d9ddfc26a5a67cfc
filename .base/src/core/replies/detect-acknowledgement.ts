import { FILLERS, NEGATIONS } from './lexicon-modifiers.ts';
import { ACK_PHRASES } from './lexicon-non-reports.ts';
import { modifierBefore, phraseAt } from './match-phrases.ts';
import type { Clause } from './types.ts';

/**
 * Whether the reply receives or agrees ("đã nhận", "đã rõ", "ok anh", "👍", "cảm ơn") — unless
 * negated: "chưa nhận được", "không rõ" are not acknowledgements.
 */
export function isAcknowledgement(clauses: readonly Clause[]): boolean {
  let acknowledged = false;
  for (const { tokens } of clauses) {
    for (let i = 0; i < tokens.length; i++) {
      const match = phraseAt(tokens, i, ACK_PHRASES);
      if (!match) continue;
      if (modifierBefore(tokens, i, { negation: NEGATIONS }, FILLERS, 2)) return false;
      acknowledged = true;
      i = match.end - 1;
    }
  }
  return acknowledged;
}
