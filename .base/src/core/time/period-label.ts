import type { Locale } from '../model/records.ts';

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * A recurring duty's period as people write it: "tháng 03/2023", "quý I/2023", "6 tháng đầu năm 2023",
 * "tuần 10/2023", "năm 2023" (English: "03/2023", "Q1 2023", "H1 2023", "week 10 of 2023", "2023").
 * The period keys ("2023-03", "2023-Q1", "2023-H1", "2023-W10", "2023") are for storage, not for reading.
 */
export function periodLabel(key: string, locale: Locale): string {
  const vi = locale === 'vi';
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return vi ? `tháng ${m[2]}/${m[1]}` : `${m[2]}/${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return vi ? `quý ${ROMAN[Number(m[2]) - 1]}/${m[1]}` : `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-H([12])$/.exec(key);
  if (m) return vi ? `6 tháng ${m[2] === '1' ? 'đầu' : 'cuối'} năm ${m[1]}` : `H${m[2]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (m) return vi ? `tuần ${Number(m[2])}/${m[1]}` : `week ${Number(m[2])} of ${m[1]}`;
  if (/^\d{4}$/.test(key)) return vi ? `năm ${key}` : key;
  return key;
}
