import { capitalizeFirst, cutAtWord } from './clean-text.ts';

const MAX_TITLE = 120;

/**
 * A short title: the duty itself when the lead's clause is known ("xây dựng kế hoạch triển khai…"),
 * otherwise the first clause of the item (`whole`: the item without its phase label); without parenthesised deadlines, at most 120 characters.
 */
export function taskTitle(text: string, predicateStart?: number, whole: string = text): string {
  const fromPredicate = predicateStart !== undefined ? firstClause(text.slice(predicateStart).replace(/^\s*:\s*/, '')) : '';
  // a predicate too short to name the duty ("thẩm định."): the item's text (after a phase label, if any)
  const title = fromPredicate.length >= 10 ? fromPredicate : firstClause(whole);
  return cutAtWord(capitalizeFirst(title), MAX_TITLE);
}

function firstClause(text: string): string {
  const withoutParens = text.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ');
  const cut = /[;:]|\.(\s|$)/.exec(withoutParens);
  return (cut ? withoutParens.slice(0, cut.index) : withoutParens).replace(/^[\s,.]+|[\s,]+$/g, '').trim();
}
