/**
 * Phrase lookups over a clause's tokens. Phrases are space-separated folded words, compared word by
 * word in place (no splitting or slicing per call: the reader runs on every reply).
 */

export interface PhraseMatch {
  phrase: string;
  start: number;
  /** exclusive */
  end: number;
}

/** How many words of `phrase` match the tokens from `start` on: the phrase's word count, or 0. */
export function wordsMatchedAt(tokens: readonly string[], start: number, phrase: string): number {
  let position = 0;
  let count = 0;
  while (position <= phrase.length) {
    const token = tokens[start + count];
    if (token === undefined || !phrase.startsWith(token, position)) return 0;
    const after = position + token.length;
    if (after !== phrase.length && phrase.charCodeAt(after) !== 32) return 0;
    count++;
    position = after + 1;
  }
  return count;
}

function wordCount(phrase: string): number {
  let count = 1;
  for (let i = 0; i < phrase.length; i++) if (phrase.charCodeAt(i) === 32) count++;
  return count;
}

/** The longest phrase of `phrases` that starts at `start`, if any. */
export function phraseAt(tokens: readonly string[], start: number, phrases: readonly string[]): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const phrase of phrases) {
    const words = wordsMatchedAt(tokens, start, phrase);
    if (words > 0 && (!best || words > best.end - best.start)) best = { phrase, start, end: start + words };
  }
  return best;
}

/** The longest phrase of `phrases` that ends just before `end`, if any. */
export function phraseBefore(tokens: readonly string[], end: number, phrases: readonly string[]): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const phrase of phrases) {
    const words = wordCount(phrase);
    const start = end - words;
    if (start < 0 || (best && words <= best.end - best.start)) continue;
    if (wordsMatchedAt(tokens, start, phrase) === words) best = { phrase, start, end };
  }
  return best;
}

/** Whether the clause contains the phrase anywhere. */
export function containsPhrase(tokens: readonly string[], phrases: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (phraseAt(tokens, i, phrases) !== null) return true;
  return false;
}

/** Index of the first token where one of the phrases starts at or after `from`, or -1. */
export function indexOfPhrase(tokens: readonly string[], phrases: readonly string[], from = 0): number {
  for (let i = from; i < tokens.length; i++) if (phraseAt(tokens, i, phrases) !== null) return i;
  return -1;
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
    for (const group in groups) {
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

const NUMBER = /^\d+(?:\.\d+)?$/;

export function isNumber(token: string | undefined): boolean {
  return token !== undefined && NUMBER.test(token);
}

/** Phrases grouped by their first word, for lists searched at every position of a reply. */
export type PhraseIndex = ReadonlyMap<string, readonly string[]>;

/** Builds a read-only index once, at module load. */
export function indexPhrases(...lists: ReadonlyArray<readonly string[]>): PhraseIndex {
  const index = new Map<string, string[]>();
  for (const phrase of lists.flat()) {
    const first = phrase.split(' ', 1)[0] ?? phrase;
    const bucket = index.get(first) ?? [];
    if (!bucket.includes(phrase)) bucket.push(phrase);
    index.set(first, bucket);
  }
  return index;
}

/** phraseAt over an index: only the phrases that start with the token are tried. */
export function phraseAtIn(tokens: readonly string[], start: number, index: PhraseIndex): PhraseMatch | null {
  const candidates = index.get(tokens[start] ?? '');
  return candidates ? phraseAt(tokens, start, candidates) : null;
}

/** containsPhrase over an index. */
export function containsIn(tokens: readonly string[], index: PhraseIndex): boolean {
  for (let i = 0; i < tokens.length; i++) if (phraseAtIn(tokens, i, index) !== null) return true;
  return false;
}
