import { ORDERED_HALT_NOT_BEFORE, ORDERED_HALTS } from './lexicon-blockers.ts';
import { phraseAt } from './match-phrases.ts';

/** A halt or a postponement ordered ("cho tạm hoãn", "yêu cầu tạm dừng"), not "cho hoàn thành". */
export function haltedFromAbove(tokens: readonly string[]): boolean {
  return tokens.some((_, i) => {
    const halt = phraseAt(tokens, i, ORDERED_HALTS);
    return halt !== null && !ORDERED_HALT_NOT_BEFORE.includes(tokens[halt.end] ?? '');
  });
}
