/** Phrase lookups over a clause's tokens. Phrases are space-separated folded words. */

export interface PhraseMatch {
  phrase: string;
  start: number;
  /** exclusive */
  end: number;
}

/** The longest phrase of `phrases` that starts at `start`, if any. */
export function phraseAt(tokens: readonly string[], start: number, phrases: readonly string[]): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    if (best && words.length <= best.end - best.start) continue;
    if (words.every((word, i) => tokens[start + i] === word)) best = { phrase, start, end: start + words.length };
  }
  return best;
}

/** The longest phrase of `phrases` that ends just before `end`, if any. */
export function phraseBefore(tokens: readonly string[], end: number, phrases: readonly string[]): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const start = end - words.length;
    if (start < 0 || (best && words.length <= best.end - best.start)) continue;
    if (words.every((word, i) => tokens[start + i] === word)) best = { phrase, start, end };
  }
  return best;
}

/** Whether the clause contains the phrase anywhere. */
export function containsPhrase(tokens: readonly string[], phrases: readonly string[]): boolean {
  return tokens.some((_, i) => phraseAt(tokens, i, phrases) !== null);
}

/**
 * Walks back from `end` over filler words and returns the first modifier phrase found, with the
 * name of its group; null when a non-filler word comes first or `maxSteps` words were skipped.
 */
export function modifierBefore<K extends string>(
  tokens: readonly string[],
  end: number,
  groups: Readonly<Record<K, readonly string[]>>,
  fillers: readonly string[],
  maxSteps = 4,
): { group: K; match: PhraseMatch } | null {
  let position = end;
  for (let step = 0; step <= maxSteps && position > 0; step++) {
    let found: { group: K; match: PhraseMatch } | null = null;
    for (const group of Object.keys(groups) as K[]) {
      const match = phraseBefore(tokens, position, groups[group]);
      if (match && (!found || match.end - match.start > found.match.end - found.match.start)) found = { group, match };
    }
    if (found) return found;
    const filler = phraseBefore(tokens, position, fillers) ?? (isNumber(tokens[position - 1]) ? { start: position - 1 } : null);
    if (!filler) return null;
    position = filler.start;
  }
  return null;
}

export function isNumber(token: string | undefined): boolean {
  return token !== undefined && /^\d+(?:\.\d+)?$/.test(token);
}
