import { normalizeReply } from '../normalize-reply.ts';

/** Longest text read, as the rules read it: the rest of a pasted document adds nothing. */
const MAX_READ_LENGTH = 4000;
/** Character n-gram lengths read from the normalised reply. */
const CHAR_GRAMS = [3, 4, 5] as const;

/**
 * The features the reply model reads, as strings: the reader's own normalisation (accent-folded,
 * shorthand expanded, clauses split), then words, word pairs within a clause and character 3–5-grams
 * across the whole reply. Digit runs become "#" (except "100", which means whole) so a date or a count
 * is one feature. Duplicates are kept out: a feature is present or not.
 */
export function replyFeatures(text: string): string[] {
  const clauses = normalizeReply(typeof text === 'string' ? text.slice(0, MAX_READ_LENGTH) : '');
  const features = new Set<string>();
  const spans: string[] = [];
  for (const clause of clauses) {
    const words = clause.tokens.map((token) => (token === '100' ? token : token.replace(/\d+/g, '#')));
    if (clause.asked) features.add('q:?');
    if (clause.quoted) features.add('q:"');
    words.forEach((word, i) => {
      features.add(`w:${word}`);
      features.add(`b:${i === 0 ? '^' : words[i - 1]}_${word}`);
    });
    if (words.length > 0) features.add(`b:${words[words.length - 1]}_$`);
    spans.push(words.join(' '));
  }
  const joined = ` ${spans.join(' | ')} `;
  for (const n of CHAR_GRAMS) {
    for (let i = 0; i + n <= joined.length; i++) features.add(`c:${joined.slice(i, i + n)}`);
  }
  if (features.size === 0) features.add('empty');
  return [...features];
}
