import { z } from 'zod';

/** Argument schemas: each turns the raw text after the command into typed arguments. */
export const splitWords = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

export const noArgs = z.string().transform(() => undefined as undefined);

export const optionalText = z.string().transform((s) => s.trim());

export const requiredText = z.string().trim().min(1);

/** "<mã> [phần còn lại]" */
export const codeAndRest = z
  .string()
  .transform((s) => {
    const [code = '', ...rest] = splitWords(s);
    return { code, rest: rest.join(' ') };
  })
  .pipe(z.object({ code: z.string().min(1), rest: z.string() }));

/** "<mã> <lý do>" with the reason required */
export const codeAndReason = codeAndRest.pipe(z.object({ code: z.string(), rest: z.string().min(1) }));

/** "<mã> <ngày> <lý do>" */
export const codeDateReason = z
  .string()
  .transform((s) => {
    const [code = '', date = '', ...rest] = splitWords(s);
    return { code, date, reason: rest.join(' ') };
  })
  .pipe(z.object({ code: z.string().min(1), date: z.string().min(1), reason: z.string().min(1) }));

/** "<mã> <%> [ghi chú]": the percent may be written 60 or 60% */
export const codePercentNote = z
  .string()
  .transform((s) => {
    const [code = '', percent = '', ...rest] = splitWords(s);
    return { code, percent: percent.replace(/%$/, ''), note: rest.join(' ') };
  })
  .pipe(
    z.object({
      code: z.string().min(1, { message: 'args.missing_code' }),
      percent: z
        .string()
        .min(1, { message: 'args.missing_percent' })
        .regex(/^\d{1,3}$/, { message: 'args.bad_percent' })
        .transform(Number)
        .pipe(z.number().int().min(0, { message: 'args.bad_percent' }).max(100, { message: 'args.bad_percent' })),
      note: z.string(),
    }),
  );
