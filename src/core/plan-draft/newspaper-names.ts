import { MASS_ORGANISATION_NEWSPAPER_TITLES } from './mass-organisation-newspapers.ts';
import type { Token } from './tokens.ts';

/**
 * National newspapers and journals whose names are written in sentence case ("Báo Xây dựng", "Báo Lao động", "Tạp chí Kinh tế
 * và Dự báo"): a capitalised first word, then lower-case words that a place name would not take. Folded, longest first.
 */
const SENTENCE_CASE_TITLES = [
  'nong nghiep va moi truong',
  'tai nguyen va moi truong',
  'giao duc va thoi dai',
  'dan toc va phat trien',
  'suc khoe va doi song',
  'khoa hoc va phat trien',
  'kinh te va du bao',
  'quan doi nhan dan',
  'cong an nhan dan',
  'phap luat viet nam',
  'phu nu viet nam',
  'nong nghiep viet nam',
  'nguoi lao dong',
  'dai doan ket',
  'kinh te do thi',
  'cong thuong',
  'xay dung',
  'lao dong',
  'nhan dan',
  'tien phong',
  'thanh nien',
  'tuoi tre',
  'dau tu',
  'tai chinh',
  'giao thong',
  'bien phong',
  'van hoa',
  'tin tuc',
  'dan sinh',
];

/** every title above and the mass organisations' (mass-organisation-newspapers.ts), longest first */
const TITLES = [...SENTENCE_CASE_TITLES, ...MASS_ORGANISATION_NEWSPAPER_TITLES].sort((a, b) => b.length - a.length);

/** The title of a newspaper or journal named at token `t` (see SENTENCE_CASE_TITLES); `folded` is foldSameLength(text). */
export function readNewspaperTitle(folded: string, tokens: readonly Token[], t: number): { end: number } | undefined {
  const first = tokens[t];
  if (!first || !/^\p{Lu}/u.test(first.word)) return undefined;
  for (const title of TITLES) {
    const end = first.start + title.length;
    if (folded.slice(first.start, end).toLowerCase() === title && !/[\p{L}\d]/u.test(folded[end] ?? '')) return { end };
  }
  return undefined;
}
