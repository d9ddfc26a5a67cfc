import { type Candidate, candidate, type Finding, type Matcher, type ResolvedContext, scan, unrecognised } from './candidate.ts';
import { resolveSpanYear, YEAR } from './date-token.ts';
import { addDays, type LocalDate, monthEnd } from '../time/local-date.ts';

/** Optional year after a month or quarter: "12/2023", "12-2023", "12 năm 2023", "II/2023". */
const OF_YEAR = String.raw`(?: ?(?:/|-|\.|,? nam) ?(${YEAR}))?(?!\d| ?[/.-] ?\d)`;
const MONTH = new RegExp(String.raw`(?:\b(trong|het|den het|cuoi|truoc|dau|vao) )?(?<!\d )\bthang (\d{1,2})${OF_YEAR}`, 'g');
const MONTH_RANGE = new RegExp(String.raw`\btu thang (\d{1,2})(?: ?/ ?(${YEAR}))? (?:den|toi|-) (?:het )?thang (\d{1,2})${OF_YEAR}`, 'g');
const QUARTER = new RegExp(String.raw`(?:\b(trong|het|den het|cuoi|truoc|vao) )?\bquy (iv|iii|ii|i|[1-4])(?![a-z0-9])${OF_YEAR}`, 'g');
const HALF = new RegExp(String.raw`(?:\b(trong|het|den het) )?\b(?:(?:6|sau) thang|nua) (dau|cuoi) nam(?: ?(?:/|-)? ?(${YEAR}))?`, 'g');
const YEAR_RANGE = new RegExp(
  String.raw`(?:\b(giai doan|thoi ky|nhiem ky|tu nam|tu|nam) )?(?<![\d/.-])(${YEAR}) ?(?:-|den (?:het )?(?:nam )?) ?(${YEAR})(?![\d/])`,
  'g',
);
const WHOLE_YEAR = new RegExp(
  String.raw`(?<!${YEAR} ?(?:-|den) ?(?:het )?)(?:\b(trong|ca|het|den het|den|cuoi|dau|truoc) )?\bnam (${YEAR})(?!\d| ?(?:-|den) ?(?:het )?(?:nam )?${YEAR})`,
  'g',
);
// "Kết thúc năm, … tổng hợp báo cáo" is the year's end, as "cuối năm"
const YEAR_WITHOUT_NUMBER = /\b(trong|cuoi|het|den het|ket thuc) nam(?: (nay|tiep theo|sau|toi))?\b(?! ?(?:\d|hoc|tai chinh|ngay|tuan|thang))/g;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const DUE_WORDS = /^(het|den het|den|cuoi)$/;

interface Span {
  start: LocalDate;
  end: LocalDate;
  label: string;
}

/** Reads a span the way its introducing word says: "hết/cuối" → due at its end, "trước" → due before it. */
function spanFinding(word: string | undefined, span: Span, yearNote: string | undefined): Finding {
  const note = yearNote ? `; ${yearNote}` : '';
  if (word === 'truoc') {
    return { kind: 'due', date: addDays(span.start, -1), note: `đọc là trước khi ${span.label} bắt đầu${note}` };
  }
  if (word && DUE_WORDS.test(word)) {
    const approximate = word === 'cuoi';
    return {
      kind: 'due',
      date: span.end,
      note: approximate ? `là mốc gần đúng, lấy ngày cuối của ${span.label}${note}` : `đọc là đến hết ${span.label}${note}`,
      ...(approximate ? { approximate } : {}),
    };
  }
  if (word === 'dau') {
    return { kind: 'period', start: span.start, end: span.end, note: `là mốc gần đúng, lấy cả ${span.label}${note}`, approximate: true };
  }
  return { kind: 'period', start: span.start, end: span.end, note: `đọc là cả ${span.label}${note}` };
}

function withYear(yearText: string | undefined, ctx: ResolvedContext, build: (year: number) => Span): { span: Span; yearNote?: string } {
  if (yearText) return { span: build(Number(yearText)) };
  const { year, yearNote } = resolveSpanYear((y) => build(y).end, ctx);
  return { span: build(year), yearNote };
}

function monthSpan(month: number) {
  return (year: number): Span => ({
    start: { year, month, day: 1 },
    end: monthEnd(year, month),
    label: `tháng ${month}/${year}`,
  });
}

function quarterSpan(q: number) {
  return (year: number): Span => ({
    start: { year, month: q * 3 - 2, day: 1 },
    end: monthEnd(year, q * 3),
    label: `quý ${['I', 'II', 'III', 'IV'][q - 1]}/${year}`,
  });
}

function yearSpan(year: number): Span {
  return { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 }, label: `năm ${year}` };
}

function readMonth(m: RegExpExecArray, ctx: ResolvedContext): Candidate | null {
  const word = m[1];
  const month = Number(m[2]);
  if (!word && !m[3]) return null;
  const rank = word ? 55 : 40;
  if (month < 1 || month > 12) return candidate(m, unrecognised(`không có tháng ${month}`), rank, !!word);
  const { span, yearNote } = withYear(m[3], ctx, monthSpan(month));
  return candidate(m, spanFinding(word, span, yearNote), rank, !!word);
}

function readMonthRange(m: RegExpExecArray, ctx: ResolvedContext): Candidate | null {
  const from = Number(m[1]);
  const to = Number(m[3]);
  if (from < 1 || from > 12 || to < 1 || to > 12) return candidate(m, unrecognised('có tháng không hợp lệ'), 55, false);
  const { span: last, yearNote } = withYear(m[4], ctx, monthSpan(to));
  const startYear = m[2] ? Number(m[2]) : from <= to ? last.end.year : last.end.year - 1;
  const note = `đọc là từ đầu tháng ${from} đến hết tháng ${to}${yearNote ? `; ${yearNote}` : ''}`;
  return candidate(m, { kind: 'period', start: { year: startYear, month: from, day: 1 }, end: last.end, note }, 55, false);
}

function readQuarter(m: RegExpExecArray, ctx: ResolvedContext): Candidate {
  const word = m[1];
  const q = ROMAN[m[2] ?? ''] ?? Number(m[2]);
  const { span, yearNote } = withYear(m[3], ctx, quarterSpan(q));
  return candidate(m, spanFinding(word, span, yearNote), word ? 55 : 45, !!word);
}

function readHalf(m: RegExpExecArray, ctx: ResolvedContext): Candidate {
  const word = m[1];
  const first = m[2] === 'dau';
  const build = (year: number): Span =>
    first
      ? { start: { year, month: 1, day: 1 }, end: monthEnd(year, 6), label: `6 tháng đầu năm ${year}` }
      : { start: { year, month: 7, day: 1 }, end: monthEnd(year, 12), label: `6 tháng cuối năm ${year}` };
  const { span, yearNote } = withYear(m[3], ctx, build);
  return candidate(m, spanFinding(word, span, yearNote), word ? 55 : 45, !!word);
}

function readYearRange(m: RegExpExecArray): Candidate | null {
  const from = Number(m[2]);
  const to = Number(m[3]);
  if (to <= from || to - from > 30) return null;
  const note = `đọc là từ đầu năm ${from} đến hết năm ${to}`;
  const finding: Finding = { kind: 'period', start: { year: from, month: 1, day: 1 }, end: { year: to, month: 12, day: 31 }, note };
  return candidate(m, finding, m[1] ? 45 : 35, false);
}

function readWholeYear(m: RegExpExecArray): Candidate {
  const word = m[1] === 'ca' ? 'trong' : m[1];
  return candidate(m, spanFinding(word, yearSpan(Number(m[2])), undefined), word ? 50 : 30, !!word);
}

/** "dịp cuối năm", "mùa mua sắm cuối năm", "những tháng cuối năm": the season the work is for, not when it is due */
const SEASON_BEFORE = /\b(?:dip|mua|mua sam|thoi diem|thoi ky|cao diem|nhung thang|cac thang|nhung ngay|cac ngay) $/;
/** "không để dồn hồ sơ thanh toán vào cuối năm": what must not happen, not a due time */
const MUST_NOT = /\b(?:khong de|tranh|khong duoc)\b/;
const DUE_BEFORE = /\b(?:truoc|den|hoan thanh|xong|cham nhat|ket thuc)\s*$/;

function yearEndIsNoDeadline(m: RegExpExecArray): boolean {
  if (m[1] !== 'cuoi' || m[2] !== undefined) return false;
  const before = m.input.slice(Math.max(0, m.input.lastIndexOf(';', m.index) + 1), m.index);
  if (DUE_BEFORE.test(before)) return false;
  return SEASON_BEFORE.test(before) || MUST_NOT.test(before);
}

function readYearWithoutNumber(m: RegExpExecArray, ctx: ResolvedContext): Candidate | null {
  if (yearEndIsNoDeadline(m)) return null;
  const word = m[1] === 'ket thuc' ? 'cuoi' : m[1];
  const doc = ctx.documentDate.year;
  const next = m[2] !== undefined && m[2] !== 'nay';
  const year = next ? doc + 1 : doc;
  const reason = next ? `năm sau năm văn bản (${doc})` : `năm của văn bản`;
  const finding = spanFinding(word, yearSpan(year), `không ghi năm nên lấy ${reason}: ${year}`);
  return candidate(m, finding, 35, true);
}

export const matchPeriods: Matcher = (folded, ctx) => [
  ...scan(folded, MONTH, (m) => readMonth(m, ctx)),
  ...scan(folded, MONTH_RANGE, (m) => readMonthRange(m, ctx)),
  ...scan(folded, QUARTER, (m) => readQuarter(m, ctx)),
  ...scan(folded, HALF, (m) => readHalf(m, ctx)),
  ...scan(folded, YEAR_RANGE, readYearRange),
  ...scan(folded, WHOLE_YEAR, readWholeYear),
  ...scan(folded, YEAR_WITHOUT_NUMBER, (m) => readYearWithoutNumber(m, ctx)),
];
