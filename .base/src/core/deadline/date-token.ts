import type { ResolvedContext } from './candidate.ts';
import { addDays, compareDates, formatLocalVi, type LocalDate, localDate } from '../time/local-date.ts';

/**
 * A written date in folded text: 28/02/2023, 1-3-2023, 01.3.2023, 15/12 (no year),
 * "27 thang 02 nam 2023". Only a 4-digit year; a dash may follow a yearless date ("15/12-20/12").
 */
export const DATE = String.raw`(?<![\d/.])(?:\d{1,2} ?[/.-] ?\d{1,2}(?: ?[/.-] ?\d{4})?|\d{1,2} thang \d{1,2}(?:,? nam \d{4})?)(?!\d| ?[/.] ?\d)`;

export const YEAR = String.raw`(?:19|20)\d{2}`;

export interface DateParts {
  day: number;
  month: number;
  year?: number;
  /** separator between day and month: "/", "-", "." or "thang" */
  separator: string;
}

export function readDateParts(token: string): DateParts | null {
  const verbal = /^(\d{1,2}) thang (\d{1,2})(?:,? nam (\d{4}))?$/.exec(token);
  if (verbal) {
    const year = verbal[3] ? Number(verbal[3]) : undefined;
    return { day: Number(verbal[1]), month: Number(verbal[2]), ...(year ? { year } : {}), separator: 'thang' };
  }
  const numeric = /^(\d{1,2}) ?([/.-]) ?(\d{1,2})(?: ?[/.-] ?(\d{4}))?$/.exec(token);
  if (!numeric) return null;
  const year = numeric[4] ? Number(numeric[4]) : undefined;
  return { day: Number(numeric[1]), month: Number(numeric[3]), ...(year ? { year } : {}), separator: numeric[2] ?? '/' };
}

export interface ResolvedDate {
  date: LocalDate;
  /** how the year was chosen when the text did not give it */
  yearNote?: string;
}

/** How far before the document date a yearless date may fall before it is taken as next year's. */
const ROLL_OVER_DAYS = 31;

/** Picks the year for a date, or null when no such day exists (31/02). */
export function resolveDate(parts: DateParts, ctx: ResolvedContext, fallbackYear?: number): ResolvedDate | null {
  if (parts.year !== undefined) {
    const date = localDate(parts.year, parts.month, parts.day);
    return date ? { date } : null;
  }
  if (fallbackYear !== undefined) {
    const date = localDate(fallbackYear, parts.month, parts.day);
    return date ? { date } : null;
  }
  const docYear = ctx.documentDate.year;
  const sameYear = localDate(docYear, parts.month, parts.day);
  if (sameYear && compareDates(sameYear, addDays(ctx.documentDate, -ROLL_OVER_DAYS)) >= 0) {
    return { date: sameYear, yearNote: `không ghi năm nên lấy năm của văn bản (${docYear})` };
  }
  const nextYear = localDate(docYear + 1, parts.month, parts.day);
  if (!sameYear || !nextYear) return null;
  return {
    date: nextYear,
    yearNote: `không ghi năm; ngày này năm ${docYear} đã qua so với ngày văn bản ${formatLocalVi(ctx.documentDate)} nên lấy năm ${docYear + 1}`,
  };
}

/**
 * Year for a yearless span (a month, a quarter, "cuối năm"): the document's year, or the next one when
 * the span ended more than a month before the document was issued.
 */
export function resolveSpanYear(spanEnd: (year: number) => LocalDate, ctx: ResolvedContext): { year: number; yearNote: string } {
  const docYear = ctx.documentDate.year;
  if (compareDates(spanEnd(docYear), addDays(ctx.documentDate, -ROLL_OVER_DAYS)) >= 0) {
    return { year: docYear, yearNote: `không ghi năm nên lấy năm của văn bản (${docYear})` };
  }
  return {
    year: docYear + 1,
    yearNote: `không ghi năm; khoảng này năm ${docYear} đã qua so với ngày văn bản nên lấy năm ${docYear + 1}`,
  };
}
