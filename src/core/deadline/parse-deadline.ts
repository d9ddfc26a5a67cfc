import type { Candidate, Finding, ResolvedContext } from './candidate.ts';
import { describeDeadline } from './describe-deadline.ts';
import { findReferenceSpans } from './document-references.ts';
import { type FoldedText, foldForMatching, originalSlice } from './folded-text.ts';
import { dateKey, endInstant, formatLocalVi, parseDateKey, startInstant } from '../time/local-date.ts';
import { matchDates } from './match-dates.ts';
import { matchDurations } from './match-durations.ts';
import { matchNotDeadlines } from './match-not-deadlines.ts';
import { matchPeriods } from './match-periods.ts';
import { matchAfterPeriod } from './match-after-period.ts';
import { matchRecurrence } from './match-recurrence.ts';
import { readDateParts } from './date-token.ts';
import { applyIntroducers, dropOverlapped, dropReferences, strongest } from './select-candidate.ts';
import type { DeadlineContext, DeadlineReading, NotDeadlineReason } from './types.ts';

export { describeDeadline } from './describe-deadline.ts';

const MATCHERS = [matchDates, matchPeriods, matchDurations, matchRecurrence, matchAfterPeriod, matchNotDeadlines];

const NONE_PREFIX: Record<NotDeadlineReason, string> = {
  effective_date: 'Không phải hạn',
  posting_date: 'Không phải hạn',
  continuous: 'Không có hạn cụ thể',
  per_regulation: 'Không có hạn cụ thể',
  unrecognised: 'Không xác định được hạn',
};

function resolveContext(ctx: DeadlineContext): ResolvedContext {
  const documentDate = parseDateKey(ctx.documentDate);
  if (!documentDate) throw new Error(`documentDate must be a real yyyy-MM-dd date, got "${ctx.documentDate}"`);
  const anchor = ctx.anchor === undefined ? undefined : parseDateKey(ctx.anchor);
  if (anchor === null) throw new Error(`anchor must be a real yyyy-MM-dd date, got "${ctx.anchor}"`);
  return { documentDate, boundary: ctx.beforeBoundary ?? 'strict', ...(anchor ? { anchor } : {}) };
}

function toReading(finding: Finding, matched: string, extra: string): DeadlineReading {
  const why = `("${matched}" ${finding.note})${extra}`;
  switch (finding.kind) {
    case 'due': {
      const r = { kind: 'due', due: endInstant(finding.date), dueDate: dateKey(finding.date), reading: '', matched } as const;
      const reading = { ...r, ...(finding.approximate ? { approximate: true } : {}) };
      return { ...reading, reading: `${describeDeadline(reading, 'vi')} ${why}` };
    }
    case 'period': {
      const reading = {
        kind: 'period' as const,
        start: startInstant(finding.start),
        end: endInstant(finding.end),
        startDate: dateKey(finding.start),
        endDate: dateKey(finding.end),
        reading: '',
        matched,
        ...(finding.approximate ? { approximate: true } : {}),
      };
      return { ...reading, reading: `${describeDeadline(reading, 'vi')} ${why}` };
    }
    case 'recurrence': {
      const reading = { kind: 'recurrence' as const, recurrence: finding.recurrence, reading: '', matched };
      return { ...reading, reading: `${describeDeadline(reading, 'vi')} ${why}` };
    }
    case 'none':
      return { kind: 'none', reason: finding.reason, matched, reading: `${NONE_PREFIX[finding.reason]}: "${matched}" ${finding.note}` };
  }
}

/** A recurrence inside a stated period ("hằng tháng trong năm 2023") runs only within it. */
function boundRecurrence(best: Candidate, others: Candidate[]): Finding {
  if (best.finding.kind !== 'recurrence') return best.finding;
  const period = others.find((c) => c.finding.kind === 'period');
  if (period?.finding.kind !== 'period') return best.finding;
  const recurrence = { ...best.finding.recurrence, from: dateKey(period.finding.start), until: dateKey(period.finding.end) };
  return { ...best.finding, recurrence };
}

/**
 * "báo cáo vào thứ Sáu hằng tuần, từ ngày 16/12/2024 đến hết ngày 14/02/2025": a weekly cadence in the clause of a plain span
 * (no "hoàn thành", "trước" before it) is the time of the work, bounded by the span (see boundRecurrence), not the span.
 */
function cadenceInSpan(folded: string, best: Candidate, others: Candidate[]): Candidate {
  if (best.finding.kind !== 'period' || best.introduced) return best;
  const cadence = others.find(
    (c) =>
      c.finding.kind === 'recurrence' &&
      c.finding.recurrence.frequency === 'weekly' &&
      !/[.;]/.test(folded.slice(Math.min(c.end, best.end), Math.max(c.start, best.start))),
  );
  return cadence ?? best;
}

function choiceNote(text: FoldedText, best: Candidate, deadlines: Candidate[]): string {
  if (deadlines.length < 2) return '';
  const others = deadlines.filter((c) => c !== best).map((c) => `"${originalSlice(text, c.start, c.end)}"`);
  const why = best.introduced ? 'gắn với từ chỉ hạn (hoàn thành, trước, trong, hạn…)' : 'cụ thể nhất';
  return `. Câu còn có ${others.join(', ')}; chọn mốc ${why}`;
}

function read(input: string, context: DeadlineContext): DeadlineReading {
  const ctx = resolveContext(context);
  const text = foldForMatching(input);
  const refs = findReferenceSpans(text.folded);
  const found = applyIntroducers(
    text.folded,
    MATCHERS.flatMap((match) => match(text.folded, ctx)),
  );
  const kept = dropReferences(found, refs);
  const attempts = dropOverlapped(kept.filter((c) => !c.remark));
  const strongestFound = strongest(attempts);
  const best = strongestFound && cadenceInSpan(text.folded, strongestFound, attempts);
  if (best) {
    const matched = originalSlice(text, best.start, best.end);
    const deadlines = attempts.filter((c) => c.finding.kind !== 'none');
    const finding = boundRecurrence(
      best,
      deadlines.filter((c) => c !== best),
    );
    return toReading(finding, matched, best.finding.kind === 'none' ? '' : choiceNote(text, best, deadlines));
  }
  const remark = strongest(dropOverlapped(kept.filter((c) => c.remark)));
  if (remark) return toReading(remark.finding, originalSlice(text, remark.start, remark.end), '');
  const ref = refs[0];
  if (ref) {
    const parts = readDateParts(ref.date);
    const shown = parts?.year ? formatLocalVi({ year: parts.year, month: parts.month, day: parts.day }) : ref.date;
    const matched = originalSlice(text, ref.start, ref.end);
    return toReading({ kind: 'none', reason: 'posting_date', note: `là ngày của văn bản (${shown}), không phải hạn` }, matched, '');
  }
  const trimmed = text.original.trim();
  return {
    kind: 'none',
    reason: 'unrecognised',
    reading: trimmed ? `Không tìm thấy hạn trong "${trimmed.length > 80 ? `${trimmed.slice(0, 77)}…` : trimmed}"` : 'Không có nội dung để đọc hạn',
    ...(trimmed ? { matched: trimmed } : {}),
  };
}

/**
 * Reads a deadline phrase ("hoàn thành trước ngày 15/12/2023", "trong quý II/2023", "hằng tháng") into a
 * due instant, a period or a recurrence in Asia/Ho_Chi_Minh, with the reading stated in Vietnamese.
 * Phrases that are not deadlines (kể từ ngày ký, thường xuyên, theo quy định, a document's date) and
 * dates that do not exist give kind 'none' with the reason. Throws only on a malformed context.
 */
export function parseDeadline(phrase: string, ctx: DeadlineContext): DeadlineReading {
  return read(phrase, ctx);
}

/**
 * Finds the deadline inside a longer sentence of a plan. When several time phrases occur it prefers
 * the one introduced by "hoàn thành", "trước", "trong", "hạn"… and says so in `reading`; dates that
 * belong to referenced documents ("Kế hoạch số 07/KH-BCĐ ngày 17/02/2023") are never taken as due.
 */
export function findDeadline(sentence: string, ctx: DeadlineContext): DeadlineReading {
  return read(sentence, ctx);
}
