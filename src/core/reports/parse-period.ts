/**
 * The period of an upward report, read from what a secretary writes: "11/2023", "tháng 11/2023",
 * "quý IV/2023", "6 tháng đầu năm 2023", "năm 2023", "01/03/2023..31/05/2023". Empty: the month of `now`.
 * Bounds are Vietnam days: `from` at 00:00, `to` at the end of its last day.
 */
import { t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import { foldVietnamese } from '../text/fold.ts';
import { periodLabel } from '../time/period-label.ts';
import { formatDateVi, localDateKey, vietnamInstant } from '../time/zone.ts';

export interface ReportPeriod {
  /** stable key for storage: 2023-11, 2023-Q4, 2023-H1, 2023, 2023-03-01..2023-05-31 */
  key: string;
  /** what the report says: "tháng 11/2023", "quý IV/2023", "6 tháng đầu năm 2023" … */
  label: string;
  from: Date;
  to: Date;
}

export type PeriodResult = { ok: true; period: ReportPeriod } | { ok: false; error: string };

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

export const PERIOD_FORMS =
  'tháng (11/2023), quý (quý IV/2023), 6 tháng (6 tháng đầu năm 2023 / 6 tháng cuối năm 2023), năm (năm 2023) hoặc khoảng ngày (01/03/2023..31/05/2023)';

function monthSpan(year: number, firstMonth: number, months: number): { from: Date; to: Date } {
  const from = vietnamInstant(year, firstMonth, 1);
  const endMonth = firstMonth + months; // may be 13: vietnamInstant rolls over to January
  const to = new Date(vietnamInstant(endMonth > 12 ? year + 1 : year, endMonth > 12 ? endMonth - 12 : endMonth, 1).getTime() - 1);
  return { from, to };
}

function validYear(year: number): boolean {
  return year >= 2000 && year <= 2100;
}

function validDate(day: number, month: number, year: number): boolean {
  if (!validYear(year) || month < 1 || month > 12 || day < 1) return false;
  const start = vietnamInstant(year, month, day);
  return localDateKey(start) === `${year}-${pad(month)}-${pad(day)}`;
}

function quarterOf(token: string): number | null {
  const roman = ROMAN.findIndex((r) => r.toLowerCase() === token);
  if (roman >= 0) return roman + 1;
  const n = Number(token);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? n : null;
}

function readDate(text: string): { day: number; month: number; year: number } | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDate(day, month, year) ? { day, month, year } : null;
}

function fail(input: string, locale: Locale): PeriodResult {
  return { ok: false, error: t(locale, 'period.invalid', { value: input }) };
}

/** The error is HTML (the input escaped), in the chat's language; the period's label stays Vietnamese (it heads the report). */
export function parsePeriod(input: string | undefined, now: Date, locale: Locale = 'vi'): PeriodResult {
  const raw = (input ?? '').trim();
  if (raw === '') {
    const [year, month] = localDateKey(now).split('-').map(Number) as [number, number];
    return parsePeriod(`${month}/${year}`, now);
  }
  const text = englishForms(
    foldVietnamese(raw)
      .toLowerCase()
      .replace(/\s*\/\s*/g, '/')
      .replace(/\s+/g, ' '),
  );

  const range = /^(?:tu (?:ngay )?)?(\S+)\s*(?:\.\.|den (?:ngay )?|–|—)\s*(?:ngay )?(\S+)$/.exec(text);
  if (range) {
    const a = readDate(range[1]!);
    const b = readDate(range[2]!);
    if (!a || !b) return fail(raw, locale);
    const from = vietnamInstant(a.year, a.month, a.day);
    const to = new Date(vietnamInstant(b.year, b.month, b.day + 1).getTime() - 1);
    if (to.getTime() < from.getTime()) return { ok: false, error: t(locale, 'period.reversed', { from: formatDateVi(from), to: formatDateVi(to) }) };
    const key = `${localDateKey(from)}..${localDateKey(to)}`;
    return { ok: true, period: { key, label: `từ ngày ${formatDateVi(from)} đến ngày ${formatDateVi(to)}`, from, to } };
  }

  const month = /^(?:thang )?(\d{1,2})(?:\/| nam )(\d{4})$/.exec(text);
  if (month) {
    const [m, y] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12 || !validYear(y)) return fail(raw, locale);
    return { ok: true, period: { key: `${y}-${pad(m)}`, label: `tháng ${pad(m)}/${y}`, ...monthSpan(y, m, 1) } };
  }

  const quarter = /^(?:quy |q ?)(i{1,3}|iv|\d)(?:\/| nam | )(\d{4})$/.exec(text);
  if (quarter) {
    const q = quarterOf(quarter[1]!);
    const y = Number(quarter[2]);
    if (q === null || !validYear(y)) return fail(raw, locale);
    return { ok: true, period: { key: `${y}-Q${q}`, label: `quý ${ROMAN[q - 1]}/${y}`, ...monthSpan(y, (q - 1) * 3 + 1, 3) } };
  }

  const half = /^6 thang (dau|cuoi) nam (\d{4})$/.exec(text);
  if (half) {
    const first = half[1] === 'dau';
    const y = Number(half[2]);
    if (!validYear(y)) return fail(raw, locale);
    const label = first ? `6 tháng đầu năm ${y}` : `6 tháng cuối năm ${y}`;
    return { ok: true, period: { key: `${y}-H${first ? 1 : 2}`, label, ...monthSpan(y, first ? 1 : 7, 6) } };
  }

  const year = /^(?:nam )?(\d{4})$/.exec(text);
  if (year) {
    const y = Number(year[1]);
    if (!validYear(y)) return fail(raw, locale);
    return { ok: true, period: { key: String(y), label: `năm ${y}`, ...monthSpan(y, 1, 12) } };
  }
  return fail(raw, locale);
}

/**
 * What a chat in English writes for the same periods, rewritten in the Vietnamese forms above: "quarter 2/2023",
 * "Q2 2023", "first half 2023", "H2/2023", "year 2023", "month 11/2023", "from 01/03/2023 to 31/05/2023".
 */
function englishForms(text: string): string {
  return text
    .replace(/^(?:the )?month (?=\d)/, 'thang ')
    .replace(/^(?:the )?quarter (?=(?:i{1,3}|iv|\d)\b)/, 'quy ')
    .replace(/^(?:the )?(?:first half(?: of)?(?: year)?|h1)[ /](\d{4})$/, '6 thang dau nam $1')
    .replace(/^(?:the )?(?:second half(?: of)?(?: year)?|h2)[ /](\d{4})$/, '6 thang cuoi nam $1')
    .replace(/^(?:the )?year (?=\d{4}$)/, 'nam ')
    .replace(/^from (\S+) (?:to|until) (\S+)$/, '$1..$2');
}

/** The period as a chat in `locale` reads it: the Vietnamese label, or "Q2 2023", "H1 2023", "01/03/2023 – 31/05/2023" in English. */
export function periodLabelIn(period: ReportPeriod, locale: Locale): string {
  if (locale === 'vi') return period.label;
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(period.key);
  return range ? `${formatDateVi(period.from)} – ${formatDateVi(period.to)}` : periodLabel(period.key, locale);
}
