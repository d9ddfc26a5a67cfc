import { capitalizeFirst, cutAtWord } from './clean-text.ts';

const MAX_TITLE = 120;

/**
 * A short title: the duty itself when the lead's clause is known ("xây dựng kế hoạch triển khai…"),
 * otherwise the first clause of the item (`whole`: the item without its phase label); without parenthesised deadlines, at most 120 characters.
 */
export function taskTitle(text: string, predicateStart?: number, whole: string = text): string {
  const fromPredicate = predicateStart !== undefined ? firstClause(text.slice(predicateStart).replace(/^\s*:\s*/, '')) : '';
  // a predicate too short to name the duty ("thẩm định."): the item's text (after a phase label, if any)
  const title = fromPredicate.length >= 10 ? fromPredicate : (datedLine(whole) ?? firstClause(whole));
  return cutAtWord(capitalizeFirst(title), MAX_TITLE);
}

/** "Ngày 12/5/2025 (thứ Hai): khám cho …" → "Khám cho … (ngày 12/5/2025)": the label alone names no duty. */
function datedLine(text: string): string | undefined {
  const m = /^([^:;.()]{0,30}\d{1,2}\/\d{1,4}[^:;.()]{0,10})(?:\([^)]*\))?\s*:\s*(\S.*)$/u.exec(text);
  if (!m) return undefined;
  const rest = firstClause(m[2]!);
  return rest.length >= 10 ? `${rest} (${m[1]!.trim().toLocaleLowerCase('vi')})` : undefined;
}

function firstClause(text: string): string {
  const withoutParens = text.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ');
  const cut = /[;:]|\.(\s|$)/.exec(withoutParens);
  return (cut ? withoutParens.slice(0, cut.index) : withoutParens).replace(/^[\s,.]+|[\s,]+$/g, '').trim();
}
