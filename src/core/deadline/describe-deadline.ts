import { formatDateVi } from '../time/zone.ts';
import type { DeadlineReading, NotDeadlineReason, Recurrence, RecurrenceFrequency } from './types.ts';

export type DeadlineLocale = 'vi' | 'en';

const EVERY: Record<DeadlineLocale, Record<RecurrenceFrequency, string>> = {
  vi: { weekly: 'hằng tuần', monthly: 'hằng tháng', quarterly: 'hằng quý', half_yearly: '6 tháng một lần', yearly: 'hằng năm' },
  en: { weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly', half_yearly: 'every 6 months', yearly: 'yearly' },
};

const NONE: Record<DeadlineLocale, Record<NotDeadlineReason, string>> = {
  vi: {
    effective_date: 'Không có hạn (ngày hiệu lực của văn bản, không phải hạn)',
    continuous: 'Không có hạn (thực hiện thường xuyên)',
    per_regulation: 'Không có hạn cụ thể (theo quy định)',
    posting_date: 'Không có hạn (ngày ban hành của văn bản, không phải hạn)',
    unrecognised: 'Chưa xác định được hạn',
  },
  en: {
    effective_date: 'No deadline (effective date of the document)',
    continuous: 'No deadline (ongoing work)',
    per_regulation: 'No specific deadline (as regulations require)',
    posting_date: 'No deadline (date of a referenced document)',
    unrecognised: 'Deadline not recognised',
  },
};

/** Where a report due after its period falls: "tháng sau", "tháng đầu quý sau" … */
export const NEXT_PERIOD: Record<DeadlineLocale, Record<RecurrenceFrequency, string>> = {
  vi: { weekly: 'tuần sau', monthly: 'tháng sau', quarterly: 'tháng đầu quý sau', half_yearly: 'tháng đầu kỳ sau', yearly: 'năm sau' },
  en: {
    weekly: 'of the next week',
    monthly: 'of the next month',
    quarterly: 'of the month after each quarter',
    half_yearly: 'of the month after each half-year',
    yearly: 'of the next year',
  },
};

/** "hạn hết ngày 9 tháng đầu quý sau", "hạn hết ngày 14/01 năm sau": the report on a period, due after it. */
function afterPeriodDue(r: Recurrence, locale: DeadlineLocale): string {
  const vi = locale === 'vi';
  const next = NEXT_PERIOD[locale][r.frequency];
  const pad = (n: number) => String(n).padStart(2, '0');
  if (r.dueDay !== undefined) {
    const day = r.frequency === 'yearly' ? `${pad(r.dueDay)}/${pad(r.monthOfYear ?? 1)}` : String(r.dueDay);
    return vi ? `, hạn hết ngày ${day} ${next}` : `, due by the end of day ${day} ${next}`;
  }
  // strict "trước ngày 1 tháng sau": the period's own last day
  if (r.dayOfPeriod !== undefined) return vi ? ', hạn hết ngày cuối của kỳ' : ', due by the end of the period';
  const month = r.frequency === 'yearly' ? `tháng ${pad(r.monthOfYear ?? 1)} năm sau` : next;
  return vi ? `, hạn hết ${month}` : `, due by the end of the first month after the period`;
}

function describeRecurrence(r: Recurrence, locale: DeadlineLocale): string {
  const every = EVERY[locale][r.frequency];
  const vi = locale === 'vi';
  let text = vi ? `Định kỳ ${every}` : `Recurring ${every}`;
  if (r.afterPeriod) text += afterPeriodDue(r, locale);
  else if (r.dayOfPeriod !== undefined) {
    const day = r.monthOfYear !== undefined && r.dueDay !== undefined ? `${r.dueDay}/${r.monthOfYear}` : r.dueDay;
    if (day !== undefined) text += vi ? `, hạn hết ngày ${day} mỗi kỳ` : `, due by the end of day ${day} of each period`;
    else text += vi ? `, hạn hết ngày cuối của kỳ trước` : ', due by the end of the previous period';
  }
  const range = (d: string) => formatDateVi(new Date(`${d}T12:00:00+07:00`));
  if (r.from) text += vi ? `, từ ${range(r.from)}` : `, from ${range(r.from)}`;
  if (r.until) text += vi ? ` đến ${range(r.until)}` : ` until ${range(r.until)}`;
  return text;
}

/** A one-line summary of a reading for users, without the explanation of how it was read. */
export function describeDeadline(reading: DeadlineReading, locale: DeadlineLocale = 'vi'): string {
  const vi = locale === 'vi';
  switch (reading.kind) {
    case 'due': {
      const approx = reading.approximate ? (vi ? ' (gần đúng)' : ' (approximate)') : '';
      return vi ? `Hạn: hết ngày ${formatDateVi(reading.due)}${approx}` : `Due: end of ${formatDateVi(reading.due)}${approx}`;
    }
    case 'period': {
      const approx = reading.approximate ? (vi ? ' (gần đúng)' : ' (approximate)') : '';
      const from = formatDateVi(reading.start);
      const to = formatDateVi(reading.end);
      return vi ? `Thời gian: từ ${from} đến hết ${to}${approx}` : `Period: ${from} to end of ${to}${approx}`;
    }
    case 'recurrence':
      return describeRecurrence(reading.recurrence, locale);
    case 'none':
      return NONE[locale][reading.reason];
  }
}
