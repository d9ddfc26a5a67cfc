import { cellLinesToPipes } from './cell-lines-table.ts';
import { plainTablesToPipes } from './plain-table.ts';

const SUPERSCRIPTS = /[\u00b9\u00b2\u00b3\u2070-\u2079]+/g;
const FOOTNOTE_LINE = /^[\u00b9\u00b2\u00b3\u2070-\u2079]+\s/;

/**
 * Plain lines of a plan as pasted, exported to Markdown or extracted from .docx: no BOM, NFC,
 * no Markdown emphasis, no footnote marks or footnote lines, single spaces, trimmed lines; a table
 * pasted with TABs, aligned with spaces or with one cell per line becomes a pipe table first (plain-table.ts,
 * cell-lines-table.ts).
 */
export function cleanPlanText(raw: string): string {
  const rawLines = raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const lines = plainTablesToPipes(cellLinesToPipes(rawLines))
    .filter((line) => !FOOTNOTE_LINE.test(line.trim()))
    .map((line) =>
      line
        .replace(/\*\*|__/g, '')
        .replace(/(^|[\s(])\*(?=\S)|(?<=\S)\*(?=[\s).,;:]|$)/g, '$1')
        .replace(SUPERSCRIPTS, '')
        .replace(/[\u00a0\t\u2002\u2003\u2009]/g, ' ')
        .replace(/ {2,}/g, ' ')
        .replace(SPLIT_SYLLABLE, '$1$2')
        .replace(SPLIT_DAY, '$1$2$3')
        .trim(),
    );
  return lines.join('\n');
}

/**
 * A scan pulls letters apart in running text too: "Phòng Tài chính - K ế hoạch", "Thương binh và X ã hội" (a lone
 * consonant before the rest of its syllable, which opens with an accented vowel), "trước ngày 2 0/4/2025", "tháng 1 2/2025".
 */
const SPLIT_SYLLABLE = /(?<![\p{L}\d])([BCDĐGHKLMNPQRSTVX]) ([àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵăâêôơư]\p{Ll}*)/gu;
const SPLIT_DAY = /(\b(?:ngày|tháng|trước|đến|từ)\s+)([1-3]) (\d)(?=\/\d)/gu;

/**
 * Lower-case, diacritic-free copy of NFC text with exactly the same length, so a match found in the
 * folded copy points at the same characters in the original.
 */
export function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch === 'đ' || ch === 'Đ' ? 'd' : (ch.normalize('NFD')[0] ?? ch).toLowerCase();
    out += base.length === ch.length ? base : ch;
  }
  return out;
}

/** "Xây dựng kế hoạch" from "xây dựng kế hoạch". */
export function capitalizeFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toLocaleUpperCase('vi') + text.slice(1);
}

/** Cut text to at most `max` characters at a word boundary. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).replace(/[,;:\s]+$/, '')}…`;
}
