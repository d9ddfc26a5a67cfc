import { type Candidate, candidate, type Matcher, type ResolvedContext, scan, unrecognised } from './candidate.ts';
import { DATE, readDateParts, resolveDate } from './date-token.ts';
import { addDays, endOfMonthsFrom, formatLocalVi, type LocalDate } from '../time/local-date.ts';
import { COUNT, readCount } from './numbers.ts';

type Unit = 'ngay' | 'tuan' | 'thang' | 'nam';
const UNIT = 'ngay|tuan|thang|nam';
const UNIT_VI: Record<Unit, string> = { ngay: 'ngày', tuan: 'tuần', thang: 'tháng', nam: 'năm' };

const LEAD = String.raw`(?:\b(trong|trong vong|trong thoi gian|thoi gian|thoi han|trong thoi han|keo dai|mat) )?(?:\b(khoang|du kien|chung|toi da|it nhat) )?`;
const FROM = ',? ?(?:ke tu|tinh tu|bat dau tu|tu)';

/** "6 tháng, kể từ ngày 01/3/2023" */
const FROM_DATE = new RegExp(String.raw`${LEAD}\b(${COUNT}) (${UNIT})${FROM} (?:ngay )?(${DATE})`, 'g');
/** "3 tháng kể từ ngày ký": counted from a day the text does not give. */
const FROM_EVENT = new RegExp(
  String.raw`${LEAD}\b(${COUNT}) (${UNIT})(?:${FROM}|,? ?(?:sau khi|sau|ke tu khi|tu khi)) (?!(?:ngay )?\d)[a-z]+(?: [a-z]+){0,2}`,
  'g',
);
/** "khoảng 3 tháng", "trong 30 ngày" */
const BARE = new RegExp(String.raw`${LEAD}\b(${COUNT}) (${UNIT})\b(?! ?(?:dau|cuoi|mot lan|1 lan|,? ?(?:ke tu|tinh tu|bat dau tu|tu|sau)\b))`, 'g');

const APPROXIMATE = /^(khoang|du kien|chung)$/;

function spanEnd(start: LocalDate, count: number, unit: Unit): LocalDate {
  switch (unit) {
    case 'ngay':
      return addDays(start, count - 1);
    case 'tuan':
      return addDays(start, count * 7 - 1);
    case 'thang':
      return endOfMonthsFrom(start, count);
    case 'nam':
      return endOfMonthsFrom(start, count * 12);
  }
}

function readFromDate(m: RegExpExecArray, ctx: ResolvedContext): Candidate | null {
  const count = readCount(m[3] ?? '');
  const unit = m[4] as Unit;
  const token = m[5] ?? '';
  const parts = readDateParts(token);
  if (!count || !parts) return null;
  const resolved = resolveDate(parts, ctx);
  if (!resolved) return candidate(m, unrecognised(`không phải ngày có thật (${token})`), 60, true);
  const end = spanEnd(resolved.date, count, unit);
  const approximate = APPROXIMATE.test(m[2] ?? '');
  const yearNote = resolved.yearNote ? `; ${resolved.yearNote}` : '';
  const note = `đọc là ${count} ${UNIT_VI[unit]} tính cả ngày bắt đầu ${formatLocalVi(resolved.date)}, kết thúc hết ngày ${formatLocalVi(end)}${approximate ? ' (gần đúng)' : ''}${yearNote}`;
  return candidate(m, { kind: 'period', start: resolved.date, end, note, ...(approximate ? { approximate } : {}) }, 60, true);
}

function readFromEvent(m: RegExpExecArray): Candidate | null {
  if (!readCount(m[3] ?? '')) return null;
  return candidate(m, unrecognised('tính từ một mốc chưa có ngày cụ thể, nên chưa có hạn'), 20, true);
}

function readBare(m: RegExpExecArray, ctx: ResolvedContext): Candidate | null {
  const lead = m[1];
  const qualifier = m[2];
  if (!lead && !qualifier) return null;
  const count = readCount(m[3] ?? '');
  if (!count) return null;
  const unit = m[4] as Unit;
  const approximate = APPROXIMATE.test(qualifier ?? '');
  const label = `${approximate ? 'khoảng ' : ''}${count} ${UNIT_VI[unit]}`;
  if (!ctx.anchor) {
    return candidate(m, unrecognised(`là một khoảng thời gian (${label}) không có ngày bắt đầu, nên chưa có hạn`), 20, true);
  }
  const end = spanEnd(ctx.anchor, count, unit);
  const note = `đọc là ${label} tính từ mốc ${formatLocalVi(ctx.anchor)}${approximate ? ' (gần đúng)' : ''}`;
  return candidate(m, { kind: 'period', start: ctx.anchor, end, note, ...(approximate ? { approximate } : {}) }, 25, true);
}

export const matchDurations: Matcher = (folded, ctx) => [
  ...scan(folded, FROM_DATE, (m) => readFromDate(m, ctx)),
  ...scan(folded, FROM_EVENT, readFromEvent),
  ...scan(folded, BARE, (m) => readBare(m, ctx)),
];
