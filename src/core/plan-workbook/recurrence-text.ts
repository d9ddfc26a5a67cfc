import { dayOfNumberedYear, isDayOfNumberedYear, monthDayOfNumberedYear } from '../deadline/yearly-day.ts';
import { foldVietnamese } from '../text/fold.ts';
import { parseLocalDateTime } from '../time/parse-local-date-time.ts';
import type { PlanFileTask } from '../plan/plan-schema.ts';

type RecurrenceInput = NonNullable<PlanFileTask['recurrence']>;

const FREQUENCY_TEXT: Record<RecurrenceInput['frequency'], string> = {
  weekly: 'hằng tuần',
  monthly: 'hằng tháng',
  quarterly: 'hằng quý',
  half_yearly: '6 tháng',
  yearly: 'hằng năm',
};

/** Folded spellings a person may type for each frequency ("hàng tháng", "hang thang", "monthly"). */
const FREQUENCY_WORDS: [RegExp, RecurrenceInput['frequency']][] = [
  [/^(hang|moi) tuan$|^weekly$/, 'weekly'],
  [/^(hang|moi) thang$|^monthly$/, 'monthly'],
  [/^(hang|moi) quy$|^quarterly$/, 'quarterly'],
  [/^((hang|moi) )?(6|sau) thang( mot lan)?$|^nua nam$|^half_yearly$/, 'half_yearly'],
  [/^(hang|moi) nam$|^yearly$/, 'yearly'],
];

/** Where a report due after its period falls (after_period): "ngày 10 tháng đầu quý sau", "ngày 5 tháng sau". */
const AFTER_TEXT: Record<RecurrenceInput['frequency'], string> = {
  weekly: 'tuần sau',
  monthly: 'tháng sau',
  quarterly: 'tháng đầu quý sau',
  half_yearly: 'tháng đầu kỳ sau',
  yearly: 'năm sau',
};

/** The after-period words a person may type, folded, with or without a day before them ("ngày 10 của tháng đầu quý sau"). */
const AFTER_WORDS = /^(?:(ngay \S+) )?(?:cua )?(?:(?:thang dau (?:tien )?(?:cua )?)?(?:quy|ky|nam)|thang|tuan|ky) (?:sau|ke tiep|tiep theo)$/;

/**
 * "hằng tháng, ngày 20, từ 01/03/2023, đến 31/12/2023"; a yearly day as day/month: "hằng năm, ngày 30/11"; a report due after its
 * period: "hằng quý, ngày 10 tháng đầu quý sau", "hằng năm, ngày 15/01 năm sau" (without a day: "hằng quý, tháng đầu quý sau").
 */
export function formatRecurrence(recurrence: RecurrenceInput): string {
  const parts = [FREQUENCY_TEXT[recurrence.frequency]];
  const day = recurrence.day_of_period === undefined ? undefined : `ngày ${dayText(recurrence.frequency, recurrence.day_of_period)}`;
  // a yearly report without a day is due at the end of January: "tháng đầu năm sau"
  const after =
    recurrence.after_period !== true ? undefined : day || recurrence.frequency !== 'yearly' ? AFTER_TEXT[recurrence.frequency] : 'tháng đầu năm sau';
  if (day !== undefined || after !== undefined) parts.push([day, after].filter((p) => p !== undefined).join(' '));
  if (recurrence.from !== undefined) parts.push(`từ ${vietDate(recurrence.from)}`);
  if (recurrence.until !== undefined) parts.push(`đến ${vietDate(recurrence.until)}`);
  return parts.join(', ');
}

export type RecurrenceParse = { ok: true; value: RecurrenceInput } | { ok: false; part: string };

/** Reads what formatRecurrence writes; the parts after the frequency may come in any order. */
export function parseRecurrence(text: string): RecurrenceParse {
  const parts = text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const [first, ...rest] = parts;
  const frequency = first === undefined ? undefined : FREQUENCY_WORDS.find(([pattern]) => pattern.test(foldVietnamese(first)))?.[1];
  if (!frequency) return { ok: false, part: first ?? text };
  const value: RecurrenceInput = { frequency };
  for (const part of rest) {
    const folded = foldVietnamese(part);
    const after = AFTER_WORDS.exec(folded);
    const day = readDay(frequency, after ? (after[1] ?? '') : folded);
    const from = /^tu (.+)$/.exec(folded);
    const until = /^den (.+)$/.exec(folded);
    if (after && value.after_period === undefined && (after[1] === undefined || (day !== undefined && value.day_of_period === undefined))) {
      value.after_period = true;
      if (day !== undefined) value.day_of_period = day;
    } else if (day !== undefined && value.day_of_period === undefined) value.day_of_period = day;
    else if (from?.[1] && value.from === undefined && isoDate(from[1])) value.from = isoDate(from[1])!;
    else if (until?.[1] && value.until === undefined && isoDate(until[1])) value.until = isoDate(until[1])!;
    else return { ok: false, part };
  }
  return { ok: true, value };
}

function dayText(frequency: RecurrenceInput['frequency'], dayOfPeriod: number): string {
  const yearly = frequency === 'yearly' ? monthDayOfNumberedYear(dayOfPeriod) : undefined;
  return yearly ? `${pad(yearly.day)}/${pad(yearly.month)}` : String(dayOfPeriod);
}

/** "ngày 20"; for a yearly duty also "ngày 30/11" (the number formatRecurrence would write for it). */
function readDay(frequency: RecurrenceInput['frequency'], folded: string): number | undefined {
  const number = /^ngay (\d{1,3})$/.exec(folded);
  if (number?.[1]) return Number(number[1]);
  const dayMonth = /^ngay (\d{1,2})\s*[/.-]\s*(\d{1,2})$/.exec(folded);
  if (frequency !== 'yearly' || !dayMonth?.[1] || !dayMonth[2]) return undefined;
  const [day, month] = [Number(dayMonth[1]), Number(dayMonth[2])];
  return isDayOfNumberedYear(month, day) ? dayOfNumberedYear(month, day) : undefined;
}

function vietDate(text: string): string {
  const parsed = parseLocalDateTime(text);
  if (!parsed.ok) return text;
  const { year, month, day, hour, minute } = parsed.value;
  const date = `${pad(day)}/${pad(month)}/${year}`;
  return hour === undefined ? date : `${date} ${pad(hour)}:${pad(minute ?? 0)}`;
}

function isoDate(text: string): string | undefined {
  const parsed = parseLocalDateTime(text);
  if (!parsed.ok) return undefined;
  const { year, month, day, hour, minute } = parsed.value;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return hour === undefined ? date : `${date}T${pad(hour)}:${pad(minute ?? 0)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
