import { ownEntry } from '../text/own-entry.ts';
import { type Candidate, candidate, type Matcher, type ResolvedContext, scan, unrecognised } from './candidate.ts';
import { NEXT_PERIOD } from './describe-deadline.ts';
import { COUNT, readCount } from './numbers.ts';
import type { Recurrence, RecurrenceFrequency } from './types.ts';
import { lastDayNumberBefore } from '../time/before-boundary.ts';
import { daysInMonth } from '../time/local-date.ts';

const EVERY = 'hang|moi|cua moi|cua hang';
const PERIOD_WORD: Record<string, RecurrenceFrequency> = {
  tuan: 'weekly',
  thang: 'monthly',
  quy: 'quarterly',
  nam: 'yearly',
};
const EVERY_VI: Record<RecurrenceFrequency, string> = {
  weekly: 'hằng tuần',
  monthly: 'hằng tháng',
  quarterly: 'hằng quý',
  half_yearly: 'định kỳ 6 tháng',
  yearly: 'hằng năm',
};

/**
 * Not a date going on ("20/6", "20.6", "20 tháng 6"); a full stop that ends the sentence ("trước ngày 25.") is no date. Nor a day
 * of the period after ("ngày 05 của tháng sau", "ngày 10 của kỳ sau"): match-after-period.ts reads those.
 */
const NO_DATE_AFTER = String.raw`(?![\d/-]|\.\d| thang| cua (?:thang|ky|nam) (?:sau|ke tiep|tiep theo|dau)\b)`;
/** A day inside the period that may follow: "(trước ngày 20)", ", chậm nhất ngày 25". */
const DAY_AFTER = String.raw`(?: ?[,(-]? ?(?:\b(truoc|vao|cham nhat(?: la| vao)?|han) )?ngay (\d{1,2})${NO_DATE_AFTER}\)?)?`;

/** "trước ngày 20 hằng tháng" */
const DAY_OF_EACH = new RegExp(String.raw`(?:\b(truoc|vao|tu|cham nhat(?: la| vao)?|han|den) )?\bngay (\d{1,2}) (?:${EVERY}) (tuan|thang|quy|nam)\b`, 'g');
/**
 * "hằng tháng", "định kỳ hằng quý (trước ngày 20)", "mỗi năm"; not the benefit someone receives ("người cao tuổi đang hưởng trợ cấp
 * tuất hằng tháng", "hưởng lương hưu hằng tháng"), which names what is paid, not how often the duty recurs
 */
const EVERY_PERIOD = new RegExp(
  String.raw`(?:\bdinh ky )?(?<!\bcua )(?<!\bhuong(?: \S+){1,4} )\b(?:hang|moi) (tuan|thang|quy|nam)\b(?! (?:19|20)\d{2})${DAY_AFTER}`,
  'g',
);
/**
 * "tổng hợp kết quả theo quý.", "báo cáo kết quả theo tháng;": a cadence closing its clause (not "theo tháng 5", nor "lịch công tác
 * theo quý năm 2027", "LỊCH HOẠT ĐỘNG THEO TUẦN", nor "bản đồ nguy cơ theo tuần, cung cấp … trước ngày D", where it says how a
 * schedule or a product is broken down)
 */
// "phân bổ vắc xin theo từng quý, bảo đảm …": "từng" makes it a cadence even before a comma
const BY_PERIOD = /(?<!\blich(?: \S+){0,3} )\btheo (?:tung )?(tuan|thang|quy)(?= ?(?:[.;(]|$)|(?<=\btheo tung (?:tuan|thang|quy)),)/g;
/**
 * "trước ngày 05 hằng tháng cuối quý", "vào ngày 20 tháng cuối mỗi quý": a day of the last month of each quarter is a quarterly duty
 * on that day; "trước ngày 10 tháng đầu quý", like "tháng đầu của mỗi quý" (match-after-period.ts), is due after the quarter it
 * covers (not "tháng đầu quý sau", read there too)
 */
const DAY_OF_QUARTER_MONTH =
  /(?:\b(truoc|vao|cham nhat(?: la| vao)?|han) )?\bngay (\d{1,2}) (?:(?:hang|moi|cua) )?thang (dau|cuoi(?: cung)?(?: (?:cua|moi|hang|cua moi))?) quy\b(?! (?:sau|tiep theo|ke tiep|truoc|lien ke))/g;
/** "trước ngày 30/4 hằng năm" */
const DATE_OF_EACH_YEAR = new RegExp(
  String.raw`(?:\b(truoc|vao|cham nhat(?: la| vao)?|han) )?(?:\bngay )?(?<![\d/.])(\d{1,2}) ?[/.-] ?(\d{1,2}) (?:${EVERY}) nam\b`,
  'g',
);
/** "định kỳ 6 tháng", "định kỳ quý", "3 tháng một lần" */
const EVERY_N = new RegExp(
  String.raw`\bdinh ky (?:(${COUNT}) )?(tuan|thang|quy|nam)\b${DAY_AFTER}|\b(${COUNT}) (tuan|thang|quy|nam) (?:mot|1) lan\b${DAY_AFTER}`,
  'g',
);

/**
 * "01 lần/quý", "một lần mỗi tháng", "2 lần/năm", "03 buổi/tuần", "02 đợt/tháng": so many times in each period. Not "02
 * kỳ/tháng": issues of a bulletin or a broadcast are how often it comes out, not a duty's cadence (key 37-07's convention).
 */
const TIMES_PER = new RegExp(String.raw`\b(${COUNT}) (?:lan|buoi|dot) ?(?:/|mot|moi|trong mot|trong moi|tren) ?(tuan|thang|quy|nam)\b`, 'g');

function readTimesPer(m: RegExpExecArray, ctx: ResolvedContext): Candidate {
  const count = readCount(m[1] ?? '');
  const unit = m[2] ?? '';
  // once per period is that period; twice a year is every six months; several times a week or a month recur each week
  // or month (the day of each is not said)
  const frequency =
    count === 1 || ((count ?? 0) > 1 && (unit === 'tuan' || unit === 'thang'))
      ? (ownEntry(PERIOD_WORD, unit) ?? null)
      : count === 2 && unit === 'nam'
        ? 'half_yearly'
        : null;
  if (!frequency) return candidate(m, unrecognised('là số lần trong kỳ chưa hỗ trợ'), 50, true);
  return build(m, frequency, undefined, undefined, ctx);
}

function frequencyOf(count: number, unit: string): RecurrenceFrequency | null {
  if (unit === 'thang') {
    return ({ 1: 'monthly', 3: 'quarterly', 6: 'half_yearly', 12: 'yearly' } as Record<number, RecurrenceFrequency>)[count] ?? null;
  }
  if (count !== 1) return unit === 'quy' && count === 2 ? 'half_yearly' : null;
  return ownEntry(PERIOD_WORD, unit) ?? null;
}

/**
 * A recurrence with the day of "trước ngày D" after the boundary rule. `after`: the day lies in the first month after the
 * period ("trước ngày 05 tháng sau"), see Recurrence.afterPeriod.
 */
export function build(
  m: RegExpExecArray,
  frequency: RecurrenceFrequency,
  word: string | undefined,
  day: string | undefined,
  ctx: ResolvedContext,
  after = false,
): Candidate {
  if (day === undefined) {
    return candidate(m, { kind: 'recurrence', recurrence: { frequency }, note: `đọc là lặp lại ${EVERY_VI[frequency]}` }, 50, true);
  }
  const dayOfPeriod = Number(day);
  if (dayOfPeriod < 1 || dayOfPeriod > 31) return candidate(m, unrecognised(`không có ngày ${dayOfPeriod} trong kỳ`), 60, true);
  const before = word === 'truoc' && ctx.boundary === 'strict';
  const recurrence: Recurrence = { frequency, dayOfPeriod, ...(after && { afterPeriod: true as const }) };
  const dueDay = word === 'truoc' ? lastDayNumberBefore(dayOfPeriod, ctx.boundary) : dayOfPeriod;
  if (dueDay !== null) recurrence.dueDay = dueDay;
  const dueText =
    recurrence.dueDay !== undefined
      ? `hết ngày ${recurrence.dueDay}${after ? ` ${NEXT_PERIOD.vi[frequency]}` : ''}`
      : after
        ? 'hết ngày cuối của kỳ'
        : 'hết ngày cuối của kỳ trước';
  const rule = word === 'truoc' ? (before ? ' ("trước ngày" không gồm ngày ghi)' : ' ("trước ngày" gồm cả ngày ghi)') : '';
  return candidate(m, { kind: 'recurrence', recurrence, note: `đọc là ${EVERY_VI[frequency]}, mỗi kỳ hạn ${dueText}${rule}` }, 60, true);
}

function readDayOfEach(m: RegExpExecArray, ctx: ResolvedContext): Candidate | null {
  const frequency = PERIOD_WORD[m[3] ?? ''];
  return frequency ? build(m, frequency, m[1], m[2], ctx) : null;
}

/** "hằng tháng báo cáo kết quả trước ngày 20": a day of the period a few words later in the clause. */
const LATER_DAY = new RegExp(String.raw`^[^.;:\n]{0,100}?\b(truoc|vao|cham nhat(?: la| vao)?|han) ngay (\d{1,2})${NO_DATE_AFTER}`);

function readEveryPeriod(m: RegExpExecArray, folded: string, ctx: ResolvedContext): Candidate | null {
  const frequency = PERIOD_WORD[m[1] ?? ''];
  if (!frequency) return null;
  if (m[3] !== undefined) return build(m, frequency, m[2], m[3], ctx);
  const later = LATER_DAY.exec(folded.slice(m.index + m[0].length));
  const c = build(m, frequency, later?.[1], later?.[2], ctx);
  return later ? { ...c, end: c.end + later[0].length } : c;
}

function readEveryN(m: RegExpExecArray, ctx: ResolvedContext): Candidate {
  const first = m[2] !== undefined;
  const count = first ? (m[1] ? readCount(m[1]) : 1) : readCount(m[5] ?? '');
  const unit = (first ? m[2] : m[6]) ?? '';
  const frequency = count ? frequencyOf(count, unit) : null;
  if (!frequency) return candidate(m, unrecognised('là chu kỳ chưa hỗ trợ'), 50, true);
  return first ? build(m, frequency, m[3], m[4], ctx) : build(m, frequency, m[7], m[8], ctx);
}

function readDateOfEachYear(m: RegExpExecArray, ctx: ResolvedContext): Candidate | null {
  const month = Number(m[3]);
  const day = Number(m[2]);
  // Any leap year tells whether the day exists in that month at all.
  if (month < 1 || month > 12 || day > daysInMonth(2024, month)) {
    return candidate(m, unrecognised(`không phải ngày có thật (${day}/${month})`), 60, true);
  }
  const c = build(m, 'yearly', m[1], m[2], ctx);
  if (c.finding.kind !== 'recurrence') return c;
  const recurrence: Recurrence = { ...c.finding.recurrence, monthOfYear: month };
  const dueDay = recurrence.dueDay;
  const note =
    dueDay !== undefined
      ? `đọc là hằng năm, mỗi năm hạn hết ngày ${dueDay}/${month}${m[1] === 'truoc' ? (ctx.boundary === 'strict' ? ' ("trước ngày" không gồm ngày ghi)' : ' ("trước ngày" gồm cả ngày ghi)') : ''}`
      : `đọc là hằng năm, mỗi năm hạn hết ngày cuối tháng ${month - 1 || 12}`;
  return { ...c, finding: { kind: 'recurrence', recurrence, note } };
}

/** "vào các buổi sáng cuối tuần", "vào các ngày cuối tuần": every weekend, a weekly duty (not "vào cuối tuần này", one weekend) */
const EVERY_WEEKEND = /\bvao cac (?:buoi (?:sang|chieu|toi) |ngay |dip )?cuoi tuan\b(?! (?:nay|toi|sau|dau))/g;

export const matchRecurrence: Matcher = (folded, ctx) => [
  ...scan(folded, DAY_OF_EACH, (m) => readDayOfEach(m, ctx)),
  ...scan(folded, EVERY_PERIOD, (m) => readEveryPeriod(m, folded, ctx)),
  ...scan(folded, BY_PERIOD, (m) => readEveryPeriod(m, folded, ctx)),
  ...scan(folded, EVERY_N, (m) => readEveryN(m, ctx)),
  ...scan(folded, TIMES_PER, (m) => readTimesPer(m, ctx)),
  ...scan(folded, DATE_OF_EACH_YEAR, (m) => readDateOfEachYear(m, ctx)),
  ...scan(folded, DAY_OF_QUARTER_MONTH, (m) => build(m, 'quarterly', m[1], m[2], ctx, m[3] === 'dau')),
  ...scan(folded, EVERY_WEEKEND, (m) => build(m, 'weekly', undefined, undefined, ctx)),
];
