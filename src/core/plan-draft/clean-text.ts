import { cellLinesToPipes } from './cell-lines-table.ts';
import { withoutMarkup } from './markup-lines.ts';
import { plainTablesToPipes } from './plain-table.ts';
import { FOOTNOTE_SUPERSCRIPTS } from './unit-powers.ts';

const FOOTNOTE_LINE = /^[\u00b9\u00b2\u00b3\u2070-\u2079]+\s/;

/**
 * Plain lines of a plan as pasted, forwarded by e-mail, exported to Markdown or extracted from .docx: no BOM, NFC,
 * no quote marks or Markdown (markup-lines.ts), no Markdown emphasis, no footnote marks or footnote lines, single spaces, trimmed lines; a table
 * pasted with TABs, aligned with spaces or with one cell per line becomes a pipe table first (plain-table.ts,
 * cell-lines-table.ts).
 */
export function cleanPlanText(raw: string): string {
  const rawLines = raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const lines = plainTablesToPipes(cellLinesToPipes(withoutMarkup(rawLines)))
    .filter((line) => !FOOTNOTE_LINE.test(line.trim()))
    .map((line) =>
      line
        .replace(/\*\*|__/g, '')
        .replace(/(^|[\s(])\*(?=\S)|(?<=\S)\*(?=[\s).,;:]|$)/g, '$1')
        .replace(FOOTNOTE_SUPERSCRIPTS, '')
        .replace(/[\u00a0\t\u2002\u2003\u2009]/g, ' ')
        .replace(/ {2,}/g, ' ')
        .replace(SPLIT_SYLLABLE, '$1$2')
        .replace(SPLIT_DAY, '$1$2$3')
        .replace(SPLIT_DATE_SLASH, '$1$2')
        .replace(SPLIT_ZERO, '0$1')
        .replace(SPLIT_MONTH, '$1$2')
        .replace(SPLIT_DATE_DAY, joinDay)
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
 * Digits pulled apart inside a full date d/m/yyyy, joined only where the pieces read as nothing else: a space after a
 * slash ("30/6/ 2028", "3 0/ 4/2029"), a lone 0 before a digit ("Tháng 0 3/2028", "ngày 0 8/02/2028"), a month "1 0" to
 * "1 2" after a day ("15/1 0/2028"), a day pulled apart after a time word or at the start of a cell ("Trước 3 1/3/2028",
 * "| 1 5/4/2028 |") when the joined day exists. A rank "thứ 4 1/63" has no year and stays.
 */
const SPLIT_DATE_SLASH = /(\d\/) (?=\d{1,2}\/\d{4}\b)|(\d\/\d{1,2}\/) (?=\d{4}\b)/g;
const SPLIT_ZERO = /(?<![\d/]\s?)0 (\d)(?=\/\d)/g;
const SPLIT_MONTH = /((?<![\d/])\d{1,2}\/1) ([0-2])(?=\/\d{4}\b)/g;
const SPLIT_DATE_DAY = /((?:^|\|\s*|(?<![\p{L}])(?:ngày|trước|đến|từ|hết|hạn|chậm nhất|xong|hoàn thành)\s+))([1-3]) (\d)(?=\/\d{1,2}\/\d{4}\b)/giu;

function joinDay(whole: string, before: string, tens: string, unit: string): string {
  return Number(tens + unit) <= 31 ? `${before}${tens}${unit}` : whole;
}

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
