import { foldVietnamese } from '../text/fold.ts';

/**
 * Text folded for matching (lower-case, no diacritics, one space between words, dashes as "-",
 * markdown emphasis dropped) that remembers where each folded character came from, so a match
 * can be quoted back in the user's own spelling. Newlines are kept: a dateline is a line of its own.
 */
export interface FoldedText {
  original: string;
  folded: string;
  /** folded index → original index */
  origin: number[];
}

const DASHES = /[\u2010-\u2015\u2212]/;
const BLANK = /[^\S\n]|[*_]/;

export function foldForMatching(text: string): FoldedText {
  const original = text.normalize('NFC');
  const chars: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const out = foldChar(original[i] ?? '');
    const last = chars[chars.length - 1];
    if ((out === ' ' || out === '\n') && (last === ' ' || last === '\n' || last === undefined)) {
      if (out === '\n' && last === ' ') {
        chars[chars.length - 1] = '\n';
        origin[origin.length - 1] = i;
      }
      continue;
    }
    for (const c of out) {
      chars.push(c);
      origin.push(i);
    }
  }
  return { original, folded: chars.join(''), origin };
}

function foldOne(ch: string): string {
  const f = foldVietnamese(ch);
  return f.length === 1 ? f : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
}

/**
 * The folds of the characters Vietnamese text is written in (ASCII, Latin-1, Latin Extended-A/B and
 * the Vietnamese letters U+1E00–U+1EFF), computed once: a constant table, not a cache that grows with
 * the input. Other characters are folded as they come.
 */
const FOLD_TABLE: ReadonlyMap<string, string> = new Map(
  [
    [0x20, 0x24f],
    [0x1e00, 0x1eff],
  ]
    .flatMap(([from, to]) => Array.from({ length: to! - from! + 1 }, (_, i) => String.fromCharCode(from! + i)))
    .map((ch) => [ch, foldOne(ch)]),
);

function foldChar(ch: string): string {
  if (ch === '\n' || ch === '\r') return '\n';
  if (BLANK.test(ch)) return ' ';
  if (DASHES.test(ch)) return '-';
  return FOLD_TABLE.get(ch) ?? foldOne(ch);
}

/** The original text behind folded[start, end), trimmed of blanks and emphasis marks. */
export function originalSlice(text: FoldedText, start: number, end: number): string {
  if (end <= start) return '';
  const from = text.origin[start] ?? 0;
  const to = (text.origin[end - 1] ?? text.original.length - 1) + 1;
  return text.original
    .slice(from, to)
    .replace(/\*+/g, '')
    .replace(/^[\s_]+|[\s_]+$/g, '')
    .replace(/\s+/g, ' ');
}
