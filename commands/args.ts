import { readPercentArg } from '../src/core/text/read-percent-arg.ts';
import { z } from 'zod';
import type { MessageKey } from '../src/core/i18n/translate.ts';

/** Argument schemas: each turns the raw text after the command into typed arguments. */
export const splitWords = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

export const noArgs = z.string().transform(() => undefined as undefined);

export const optionalText = z.string().transform((s) => s.trim());

/**
 * The free text after a command's code, unit or date (a reason, a note): a leading "|" is dropped, because
 * /giao separates its reason with one and users carry the habit to /doihan, /giahan, /tralai … .
 */
export const reasonText = (text: string): string => text.replace(/^[\s|]+/, '').trimEnd();

/** "<mã> [phần còn lại]" */
export const codeAndRest = z
  .string()
  .transform((s) => {
    const [code = '', ...rest] = splitWords(s);
    return { code, rest: reasonText(rest.join(' ')) };
  })
  .pipe(z.object({ code: z.string().min(1, { message: 'args.missing_code' }), rest: z.string() }));

/**
 * Issue messages are catalog keys (args.*): runCommand shows the first one under the usage line, so a
 * wrong command says what is missing in the command's own words.
 */
export type ArgsMessage = Extract<MessageKey, `args.${string}`>;

/** "<mã> <lý do>" with the reason required; `missingReason` says which reason, with an example */
export function codeAndReason(missingReason: ArgsMessage) {
  return z
    .string()
    .transform((s) => {
      const [code = '', ...rest] = splitWords(s);
      return { code, rest: reasonText(rest.join(' ')) };
    })
    .pipe(z.object({ code: z.string().min(1, { message: 'args.missing_code' }), rest: z.string().min(1, { message: missingReason }) }));
}

/** A word with no digit is not a date the user forgot to get right: it is the reason, and the date is missing. */
const looksLikeDate = (word: string) => /\d/.test(word);

/**
 * A typed date whose day the month never has ("31/02", "31/04/2027"): with no year, a leap year is assumed, so
 * only a day no year has is caught here. The handler still checks the date against the current year.
 */
function dayNoMonthHas(text: string): boolean {
  const m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(text);
  if (!m) return false;
  const [day, month] = [Number(m[1]), Number(m[2])];
  const year = m[3] ? Number(m[3]) + (m[3].length === 2 ? 2000 : 0) : 2024;
  return month >= 1 && month <= 12 && day > new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "<mã> <ngày> <lý do>"; the date is checked by the handler (parseUserDate needs the current year) */
export function codeDateReason(missingReason: ArgsMessage) {
  return z
    .string()
    .transform((s, ctx) => {
      const [code = '', ...rest] = splitWords(s);
      const date = rest[0] !== undefined && looksLikeDate(rest[0]) ? rest.shift()! : '';
      const reason = reasonText(rest.join(' '));
      // a wrong date is said first, even when the reason is missing too: one round, not two (QA15 #11)
      if (code && !reason && dayNoMonthHas(date)) {
        ctx.addIssue({ code: 'custom', message: 'args.date_not_in_calendar' });
        return z.NEVER;
      }
      return { code, date, reason };
    })
    .pipe(
      z.object({
        code: z.string().min(1, { message: 'args.missing_code' }),
        date: z.string().min(1, { message: 'args.missing_date' }),
        reason: z.string().min(1, { message: missingReason }),
      }),
    );
}

/** "<mã> <%> [ghi chú]": the percent may be written 60, 60%, 50,5 or 50.5% (readPercentArg rounds a fraction) */
export const codePercentNote = z
  .string()
  .transform((s) => {
    const [code = '', percent = '', ...rest] = splitWords(s);
    return { code, percent, note: reasonText(rest.join(' ')) };
  })
  .pipe(
    z.object({
      code: z.string().min(1, { message: 'args.missing_code' }),
      percent: z
        .string()
        .min(1, { message: 'args.missing_percent' })
        .transform((typed, ctx) => {
          const read = readPercentArg(typed);
          if (read.ok) return read;
          ctx.addIssue({ code: 'custom', message: read.reason === 'out_of_range' ? 'args.percent_out_of_range' : 'args.bad_percent' });
          return z.NEVER;
        }),
      note: z.string(),
    }),
  );
