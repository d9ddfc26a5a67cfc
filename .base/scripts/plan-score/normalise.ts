/**
 * Text normalisation of the plan scorer, ported from ../shared/plans/dev/score.py so that both give
 * the same figures. Python's `\b`, `\w`, `\d` are Unicode-aware; JavaScript's are ASCII-only even with
 * the `u` flag, so word boundaries are spelled out with Unicode property classes here.
 */

const WORD = '[\\p{L}\\p{N}_]';
const B_BEFORE = `(?<!${WORD})`;
const B_AFTER = `(?!${WORD})`;

const TONE: ReadonlyArray<readonly [string, string]> = [
  ['oà', 'òa'],
  ['oá', 'óa'],
  ['oả', 'ỏa'],
  ['oã', 'õa'],
  ['oạ', 'ọa'],
  ['oè', 'òe'],
  ['oé', 'óe'],
  ['oẻ', 'ỏe'],
  ['oẽ', 'õe'],
  ['oẹ', 'ọe'],
  ['uỳ', 'ùy'],
  ['uý', 'úy'],
  ['uỷ', 'ủy'],
  ['uỹ', 'ũy'],
  ['uỵ', 'ụy'],
];
const TONE_RES = TONE.map(([from, to]) => [new RegExp(`${from}(?!\\p{L})`, 'gu'), to] as const);

const ABBR: ReadonlyArray<readonly [RegExp, string]> = (
  [
    [`${B_BEFORE}ubnd${B_AFTER}`, 'ủy ban nhân dân'],
    [`${B_BEFORE}hđnd${B_AFTER}`, 'hội đồng nhân dân'],
    [`${B_BEFORE}bcđ${B_AFTER}`, 'ban chỉ đạo'],
    [`${B_BEFORE}mttq${B_AFTER}`, 'mặt trận tổ quốc'],
    [`${B_BEFORE}vp${B_AFTER}`, 'văn phòng'],
    [`${B_BEFORE}ca${B_AFTER}`, 'công an'],
    [`${B_BEFORE}tp\\.?\\s`, 'thành phố '],
    [`${B_BEFORE}lđtbxh${B_AFTER}`, 'lao động - thương binh và xã hội'],
    [`${B_BEFORE}tt&tt${B_AFTER}`, 'thông tin và truyền thông'],
    [`${B_BEFORE}gd&đt${B_AFTER}`, 'giáo dục và đào tạo'],
    [`${B_BEFORE}kh&đt${B_AFTER}`, 'kế hoạch và đầu tư'],
    [`${B_BEFORE}hội lhpn${B_AFTER}`, 'hội liên hiệp phụ nữ'],
    [`${B_BEFORE}hội ccb${B_AFTER}`, 'hội cựu chiến binh'],
    [`${B_BEFORE}đoàn tn${B_AFTER}`, 'đoàn thanh niên'],
    [`${B_BEFORE}tw${B_AFTER}`, 'trung ương'],
  ] as const
).map(([pattern, replacement]) => [new RegExp(pattern, 'gu'), replacement] as const);

/** NFC, lower case, old-style tone placement moved to the new style, dashes unified, spaces collapsed. */
export function norm(value: unknown): string {
  let s = String(value ?? '')
    .normalize('NFC')
    .toLowerCase();
  for (const [re, to] of TONE_RES) s = s.replace(re, to);
  s = s.replace(/[–—]/g, '-');
  return s.replace(/\s+/gu, ' ').trim();
}

/** The text without Vietnamese diacritics ("đ" → "d"). */
export function stripMarks(s: string): string {
  return s
    .normalize('NFD')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/\p{Mn}/gu, '')
    .normalize('NFC');
}

/** A unit name normalised for comparison: abbreviations expanded, trailing punctuation dropped. */
export function unitNorm(value: unknown): string {
  let s = norm(value);
  for (const [re, to] of ABBR) s = s.replace(re, to);
  s = s.replace(/[.;:]+$/u, '');
  return s.replace(/\s+/gu, ' ').trim();
}

/** The yyyy-mm-dd part of a date value ("2024-05-31", "2024-05-31T17:00", "31/5/2024"), or null. */
export function date10(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const s = value instanceof Date ? value.toISOString() : String(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return iso[0];
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
  if (vn) return `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
  return s.slice(0, 10);
}

/** Length in code points, as Python's len(). */
export function codePoints(s: string): number {
  return [...s].length;
}

export const UNICODE_WORD = WORD;
