/**
 * Reports due after the period they cover (Recurrence.afterPeriod): "trước ngày 05 tháng sau" (the monthly report on the month
 * before), "trước ngày 10 tháng đầu quý sau" (on the quarter before), "tháng đầu của kỳ sau" (the period the clause names), "trước
 * ngày 15/01 năm sau" (the yearly report, when the clause is yearly).
 */
import { type Candidate, candidate, type Matcher, type ResolvedContext, scan, unrecognised } from './candidate.ts';
import { build } from './match-recurrence.ts';
import type { Recurrence, RecurrenceFrequency } from './types.ts';
import { lastDayNumberBefore } from '../time/before-boundary.ts';
import { daysInMonth } from '../time/local-date.ts';

const WORD = String.raw`(?:\b(truoc|vao|cham nhat(?: la| vao)?|han) )?`;
const NEXT = String.raw`(?:sau|ke tiep|tiep theo)\b`;

/** "trước ngày 05 của tháng sau", "ngày 5 của tháng kế tiếp" */
const NEXT_MONTH = new RegExp(String.raw`${WORD}\bngay (\d{1,2}) (?:cua )?thang ${NEXT}`, 'g');
/** "trước ngày 10 tháng đầu quý sau", "trước ngày 05 tháng đầu của mỗi quý"; not "tháng đầu quý III", one quarter */
const NEXT_QUARTER = new RegExp(
  String.raw`${WORD}\bngay (\d{1,2}) (?:cua )?thang dau (?:tien )?(?:cua )?(?:quy ${NEXT}|(?:moi|cac|hang) quy\b(?! ?(?:[ivx]+\b|\d)))`,
  'g',
);
/** "trước ngày 10 tháng đầu của kỳ sau": the period is the one the clause names */
const NEXT_TERM = new RegExp(String.raw`${WORD}\bngay (\d{1,2}) (?:cua )?thang dau (?:tien )?(?:cua )?ky (?:bao cao )?${NEXT}`, 'g');
/** "trước ngày 15/01 năm sau", "trước ngày 10 tháng 01 của năm sau" */
const NEXT_YEAR_DATE = new RegExp(String.raw`${WORD}(?:\bngay )?(?<![\d/.])(\d{1,2})(?: ?[/.-] ?| thang )(\d{1,2}) (?:cua )?nam ${NEXT}`, 'g');
/** "trong tháng 1 năm sau" */
const NEXT_YEAR_MONTH = new RegExp(String.raw`(?:\b(?:trong|truoc het|het) )?\bthang (\d{1,2}) (?:cua )?nam ${NEXT}`, 'g');

/** A yearly report: "hằng năm", "định kỳ năm", "báo cáo năm", "… năm trước ngày 10/01 năm sau" ("báo cáo tai nạn lao động năm"). */
const YEARLY = /\b(?:hang|moi|dinh ky(?: hang| moi)?|bao cao|tong ket|so ket) nam\b(?! (?:19|20)\d{2})|\bnam (?:truoc|cham nhat|vao|han) (?:ngay )?\d/;

/** The cadence a clause names, the shortest first: "định kỳ quý, 6 tháng" is due after each quarter. */
const CADENCES: [RegExp, RecurrenceFrequency][] = [
  [/\b(?:hang|moi|dinh ky) thang\b/, 'monthly'],
  [/\bquy\b(?! ?(?:[ivx]+\b|\d))/, 'quarterly'],
  [/\b(?:6|sau) thang\b|\bnua nam\b/, 'half_yearly'],
  [YEARLY, 'yearly'],
];

function readNextTerm(m: RegExpExecArray, folded: string, ctx: ResolvedContext): Candidate | null {
  const frequency = CADENCES.find(([pattern]) => pattern.test(folded))?.[1];
  return frequency ? build(m, frequency, m[1], m[2], ctx, true) : null;
}

function yearly(m: RegExpExecArray, recurrence: Recurrence, note: string): Candidate {
  return candidate(m, { kind: 'recurrence', recurrence, note }, 60, true);
}

function readNextYearDate(m: RegExpExecArray, folded: string, ctx: ResolvedContext): Candidate | null {
  // "trước ngày 15/01 năm sau" alone is one date next year; only a yearly clause makes it each year's report
  if (!YEARLY.test(folded)) return null;
  const [day, month] = [Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2024, month)) {
    return candidate(m, unrecognised(`không phải ngày có thật (${day}/${month})`), 60, true);
  }
  const dueDay = m[1] === 'truoc' ? lastDayNumberBefore(day, ctx.boundary) : day;
  const recurrence: Recurrence = { frequency: 'yearly', dayOfPeriod: day, monthOfYear: month, afterPeriod: true };
  const pad = (n: number) => String(n).padStart(2, '0');
  if (dueDay === null) return yearly(m, recurrence, 'đọc là hằng năm, báo cáo mỗi năm hạn hết ngày cuối của năm đó');
  const rule = m[1] === 'truoc' ? (ctx.boundary === 'strict' ? ' ("trước ngày" không gồm ngày ghi)' : ' ("trước ngày" gồm cả ngày ghi)') : '';
  return yearly(m, { ...recurrence, dueDay }, `đọc là hằng năm, báo cáo mỗi năm hạn hết ngày ${pad(dueDay)}/${pad(month)} năm sau${rule}`);
}

function readNextYearMonth(m: RegExpExecArray, folded: string): Candidate | null {
  if (!YEARLY.test(folded)) return null;
  const month = Number(m[1]);
  if (month < 1 || month > 12) return null;
  // the month's end, as the plan file's day of the year holds it (29/02 falls on 28/02 in a common year)
  const last = daysInMonth(2024, month);
  const recurrence: Recurrence = { frequency: 'yearly', dayOfPeriod: last, dueDay: last, monthOfYear: month, afterPeriod: true };
  return yearly(m, recurrence, `đọc là hằng năm, báo cáo mỗi năm hạn hết tháng ${String(month).padStart(2, '0')} năm sau`);
}

export const matchAfterPeriod: Matcher = (folded, ctx) => [
  ...scan(folded, NEXT_MONTH, (m) => build(m, 'monthly', m[1], m[2], ctx, true)),
  ...scan(folded, NEXT_QUARTER, (m) => build(m, 'quarterly', m[1], m[2], ctx, true)),
  ...scan(folded, NEXT_TERM, (m) => readNextTerm(m, folded, ctx)),
  ...scan(folded, NEXT_YEAR_DATE, (m) => readNextYearDate(m, folded, ctx)),
  ...scan(folded, NEXT_YEAR_MONTH, (m) => readNextYearMonth(m, folded)),
];
