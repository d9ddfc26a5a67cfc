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

/** "hằng tháng, ngày 20, từ 01/03/2023, đến 31/12/2023"; a yearly day as day/month: "hằng năm, ngày 30/11" */
export function formatRecurrence(recurrence: RecurrenceInput): string {
  const parts = [FREQUENCY_TEXT[recurrence.frequency]];
  if (recurrence.day_of_period !== undefined) parts.push(`ngày ${dayText(recurrence.frequency, recurrence.day_of_period)}`);
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
    const day = readDay(frequency, folded);
    const from = /^tu (.+)$/.exec(folded);
    const until = /^den (.+)$/.exec(folded);
    if (day !== undefined && value.day_of_period === undefined) value.day_of_period = day;
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
