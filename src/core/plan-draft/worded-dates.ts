/**
 * Dates written in words, as a chairman's directive writes them: "trước ngày hai mươi tháng Mười Hai năm 2027", "chậm nhất là
 * ngày ba mươi mốt tháng Mười Hai năm nay", "trong tháng Mười Hai năm 2027", "trong vòng mười lăm ngày kể từ ngày ký". They are
 * written in figures ("ngày 20/12/2027", "tháng 12/2027", "15 ngày") with spaces after "ngày"/"tháng" so the text keeps its
 * length (the offsets of cited titles stay right) and the date readers read them as they read figures. "năm nay" is the
 * document's year when it is known. Lunar months ("tháng Giêng", "tháng Chạp") are left to the lunar reader.
 */
export function wordedDatesInFigures(text: string, documentDate?: string): string {
  if (!WORD_HINT.test(text)) return text;
  const thisYear = documentDate?.slice(0, 4);
  const sameLength = (original: string, head: string, figures: string) => {
    const pad = original.length - head.length - figures.length;
    return pad >= 1 ? `${head}${' '.repeat(pad)}${figures}` : original;
  };
  return text
    .replace(FULL_DATE, (all, head: string, dayWords: string, monthWord: string, yearPart: string | undefined) => {
      const day = numberOfWords(dayWords);
      const month = MONTHS.get(monthWord.toLocaleLowerCase('vi').replace(/\s+/gu, ' '));
      if (!day || day > 31 || !month) return all;
      const year = yearOf(yearPart, thisYear);
      if (yearPart && !year) return all;
      return sameLength(all, head, `${day}/${month}${year ? `/${year}` : ''}`);
    })
    .replace(MONTH_YEAR, (all, head: string, monthWord: string, yearPart: string) => {
      const month = MONTHS.get(monthWord.toLocaleLowerCase('vi').replace(/\s+/gu, ' '));
      const year = yearOf(yearPart, thisYear);
      if (!month || !year) return all;
      return sameLength(all, head, `${month}/${year}`);
    })
    .replace(COUNT_OF_DAYS, (all, count: string, unit: string) => {
      const n = numberOfWords(count);
      if (!n) return all;
      const figures = `${n} ${unit}`;
      return `${' '.repeat(all.length - figures.length)}${figures}`;
    });
}

function yearOf(yearPart: string | undefined, thisYear: string | undefined): string | undefined {
  if (!yearPart) return undefined;
  const digits = /\d{4}/.exec(yearPart);
  if (digits) return digits[0];
  return /nay/iu.test(yearPart) ? thisYear : undefined;
}

const UNITS: Record<string, number> = { một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 };

/** "mười lăm" → 15, "hai mươi mốt" → 21, "ba mươi" → 30, "mồng năm" → 5; undefined when the words are no such number */
export function numberOfWords(words: string): number | undefined {
  const w = words
    .toLocaleLowerCase('vi')
    .trim()
    .replace(/^(?:mồng|mùng)\s+/u, '')
    .split(/\s+/u);
  if (w.length === 1) return w[0] === 'mười' ? 10 : w[0] === 'mốt' || w[0] === 'lăm' ? undefined : UNITS[w[0]!];
  if (w[0] === 'mười') return w.length === 2 && w[1] !== 'mốt' && UNITS[w[1]!] ? 10 + UNITS[w[1]!]! : undefined;
  const tens = UNITS[w[0]!];
  if (!tens || tens < 2 || w[1] !== 'mươi' || w.length > 3) return undefined;
  if (w.length === 2) return tens * 10;
  const unit = w[2] === 'một' ? undefined : UNITS[w[2]!];
  return unit ? tens * 10 + unit : undefined;
}

const NUMBER_WORD = `(?:mồng|mùng|mười|mươi|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín)`;
const NUMBER_WORDS = String.raw`${NUMBER_WORD}(?:\s+${NUMBER_WORD}){0,2}`;
const MONTH_WORD = String.raw`(?:Mười\s+Một|Mười\s+Hai|Một|Hai|Ba|Tư|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười|mười\s+một|mười\s+hai|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)`;
const YEAR_PART = String.raw`\s+năm\s+(?:\d{4}|nay)`;
const FULL_DATE = new RegExp(String.raw`(?<![\p{L}\d])(ngày)\s+(${NUMBER_WORDS})\s+tháng\s+(${MONTH_WORD})(?![\p{L}\d])(${YEAR_PART})?(?![\p{L}\d])`, 'gu');
const MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\d])(tháng)\s+(${MONTH_WORD})(${YEAR_PART})(?![\p{L}\d])`, 'gu');
const COUNT_OF_DAYS = new RegExp(
  String.raw`(?<=(?:trong vòng|trong|sau|chậm nhất|không quá)\s+)(${NUMBER_WORDS})\s+(ngày(?:\s+làm\s+việc)?)(?=\s+kể\s+từ)`,
  'gu',
);
const WORD_HINT = new RegExp(String.raw`(?:ngày|tháng)\s+${NUMBER_WORD}|${NUMBER_WORD}\s+ngày\s+(?:làm\s+việc\s+)?kể\s+từ`, 'iu');

const MONTHS = new Map<string, number>([
  ['một', 1],
  ['hai', 2],
  ['ba', 3],
  ['tư', 4],
  ['bốn', 4],
  ['năm', 5],
  ['sáu', 6],
  ['bảy', 7],
  ['tám', 8],
  ['chín', 9],
  ['mười', 10],
  ['mười một', 11],
  ['mười hai', 12],
]);
