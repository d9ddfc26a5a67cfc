import { type Candidate, candidate, type Finding, type Matcher, type ResolvedContext, scan, unrecognised } from './candidate.ts';
import { DATE, type DateParts, readDateParts, resolveDate, YEAR } from './date-token.ts';
import { compareDates, formatLocalVi } from '../time/local-date.ts';
import { lastDayBefore } from '../time/before-boundary.ts';

/** Words before a single date, and how each reads it. */
const BEFORE = 'truoc|xong truoc|hoan thanh truoc';
const END_OF_DAY =
  'cham nhat(?: la| vao| trong| den(?: het)?)?|han(?: chot| cuoi)?(?: la)?|den(?: het)?|het|trong|vao|xong|hoan thanh(?: trong| vao)?|ket thuc(?: vao)?';
const STRONG = /^(truoc|xong|hoan thanh|cham nhat|han|het|den het|ket thuc)/;

const SINGLE = new RegExp(String.raw`(?:\b(${BEFORE}|${END_OF_DAY}) )?(?:\b(ngay) )?(${DATE})`, 'g');

/** two full dates joined by a dash ("15/12/2024 - 15/01/2025") are a span even with no "từ", as a phase line writes it */
const FULL_DATE = String.raw`(?<![\d/.])\d{1,2}/\d{1,2}/${YEAR}(?![\d/])`;
const RANGE = new RegExp(
  String.raw`\btu (?:ngay )?(${DATE}) ?(?:den|toi|-) ?(?:het )?(?:ngay )?(${DATE})|\bngay (${DATE}) ?- ?(?:ngay )?(${DATE})|(${FULL_DATE}) ?[-–] ?(${FULL_DATE})`,
  'g',
);

function invalidDate(token: string): Finding {
  return unrecognised(`không phải ngày có thật (${token})`);
}

function readSingle(m: RegExpExecArray, ctx: ResolvedContext): Candidate | null {
  const word = m[1];
  const hasNgay = m[2] !== undefined;
  const token = m[3] ?? '';
  const parts = readDateParts(token);
  if (!parts) return null;
  // A bare "1.5" or "1/2" is more likely a number than a date.
  if (!word && !hasNgay && (parts.year === undefined || parts.separator === '.')) return null;
  if (word && !hasNgay && parts.year === undefined && parts.separator !== '/') return null;
  const rank = word ? (STRONG.test(word) ? 60 : 55) : hasNgay ? 40 : 30;
  const introduced = word !== undefined;
  const resolved = resolveDate(parts, ctx);
  if (!resolved) return candidate(m, invalidDate(token), rank, introduced);
  const yearNote = resolved.yearNote ? `; ${resolved.yearNote}` : '';
  const isBefore = word !== undefined && /truoc$/.test(word);
  if (isBefore && ctx.boundary === 'strict') {
    const due = lastDayBefore(resolved.date, ctx.boundary);
    return candidate(m, { kind: 'due', date: due, note: `đọc là trước ngày đó, tức hết ngày ${formatLocalVi(due)}${yearNote}` }, rank, introduced);
  }
  const note = isBefore ? `đọc là đến hết chính ngày đó (quy ước "trước ngày" bao gồm ngày ghi)${yearNote}` : `đọc là đến hết ngày đó${yearNote}`;
  return candidate(m, { kind: 'due', date: resolved.date, note }, rank, introduced);
}

function readRange(m: RegExpExecArray, ctx: ResolvedContext): Candidate | null {
  const fromToken = m[1] ?? m[3] ?? m[5] ?? '';
  const toToken = m[2] ?? m[4] ?? m[6] ?? '';
  const fromParts = readDateParts(fromToken);
  const toParts = readDateParts(toToken);
  if (!fromParts || !toParts) return null;
  const to = resolveDate(toParts, ctx);
  if (!to) return candidate(m, invalidDate(toToken), 60, false);
  const from = resolveDate(fromParts as DateParts, ctx, fromParts.year ?? to.date.year);
  if (!from) return candidate(m, invalidDate(fromToken), 60, false);
  let start = from.date;
  if (fromParts.year === undefined && compareDates(start, to.date) > 0) {
    const earlier = resolveDate(fromParts, ctx, to.date.year - 1);
    if (!earlier) return candidate(m, invalidDate(fromToken), 60, false);
    start = earlier.date;
  }
  if (compareDates(start, to.date) > 0) return candidate(m, unrecognised('có ngày bắt đầu sau ngày kết thúc'), 60, false);
  const yearNote = to.yearNote ? `; ${to.yearNote}` : '';
  return candidate(m, { kind: 'period', start, end: to.date, note: `đọc là từ đầu ngày đầu đến hết ngày cuối${yearNote}` }, 60, false);
}

export const matchDates: Matcher = (folded, ctx) => [...scan(folded, SINGLE, (m) => readSingle(m, ctx)), ...scan(folded, RANGE, (m) => readRange(m, ctx))];
