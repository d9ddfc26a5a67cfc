import { MAX_READ_LENGTH, normalizeReply } from '../normalize-reply.ts';
import { type RulesView, rulesFeatures } from './rules-features.ts';

/** Which features the model reads; a trained model carries the options it was trained with. */
export interface FeatureOptions {
  /** character n-gram lengths read across the normalised reply */
  charGrams: readonly number[];
  /** word triples inside a clause, beside words and word pairs */
  wordTrigrams: boolean;
  /** words of the first and of the last clause again, marked by position (a status often ends a reply) */
  clausePosition: boolean;
  /** the rules' reading beside the words (rules-features.ts): the model stacked on the rules */
  rulesReading: boolean;
}

/**
 * Words and word pairs only since round 19: leave-one-blind-set-out (scripts/reply-model-blind-cv.ts)
 * read the same with character 3–5-grams beside the rules, and the model alone better without them.
 */
export const FEATURE_OPTIONS: FeatureOptions = { charGrams: [], wordTrigrams: false, clausePosition: false, rulesReading: false };

/**
 * The features the reply model reads, as strings: the reader's own normalisation (accent-folded,
 * shorthand expanded, clauses split), then words, word pairs within a clause and character n-grams
 * across the whole reply (and, as `options` asks, word triples and words marked by clause position).
 * Digit runs become "#" (except "100", which means whole) so a date or a count is one feature.
 * Duplicates are kept out: a feature is present or not. With `options.rulesReading`, the rules'
 * reading of the same reply is read too (rules-features.ts).
 */
export function replyFeatures(text: string, options: FeatureOptions = FEATURE_OPTIONS, rules?: RulesView): string[] {
  const clauses = normalizeReply(typeof text === 'string' ? text.slice(0, MAX_READ_LENGTH) : '');
  const features = new Set<string>();
  const spans: string[] = [];
  clauses.forEach((clause, c) => {
    const words = clause.tokens.map((token) => (token === '100' ? token : token.replace(/\d+/g, '#')));
    if (clause.asked) features.add('q:?');
    if (clause.quoted) features.add('q:"');
    words.forEach((word, i) => {
      features.add(`w:${word}`);
      features.add(`b:${i === 0 ? '^' : words[i - 1]}_${word}`);
      if (options.wordTrigrams && i >= 1) features.add(`t:${i === 1 ? '^' : words[i - 2]}_${words[i - 1]}_${word}`);
      if (options.clausePosition && c === 0) features.add(`f:${word}`);
      if (options.clausePosition && c === clauses.length - 1) features.add(`l:${word}`);
    });
    if (words.length > 0) features.add(`b:${words[words.length - 1]}_$`);
    if (options.wordTrigrams && words.length > 1) features.add(`t:${words[words.length - 2]}_${words[words.length - 1]}_$`);
    spans.push(words.join(' '));
  });
  const joined = ` ${spans.join(' | ')} `;
  for (const n of options.charGrams) {
    for (let i = 0; i + n <= joined.length; i++) features.add(`c:${joined.slice(i, i + n)}`);
  }
  if (options.rulesReading && rules) for (const feature of rulesFeatures(rules)) features.add(feature);
  if (features.size === 0) features.add('empty');
  return [...features];
}
