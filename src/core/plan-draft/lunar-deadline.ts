import type { DeadlineContext } from '../deadline/types.ts';
import { addDays, formatLocalVi } from '../time/local-date.ts';
import { solarOfLunar } from '../time/statutory-holidays.ts';
import type { DeadlineRead } from './read-draft-deadline.ts';
import { CAN_CHI, yearOfCanChi } from './can-chi.ts';

/** the lunar days plans count to, by their names (matched with tones: "Tết" is capitalised; group 2 is the day of "mùng N Tết") */
const EVENTS: readonly { pattern: string; month: number; day: (m: RegExpExecArray) => number; name: string }[] = [
  { pattern: String.raw`(?:ngày\s+)?(?:mùng|mồng)\s+(\d{1,2})\s+Tết`, month: 1, day: (m) => Number(m[2]), name: 'mùng {d} Tết' },
  { pattern: String.raw`(?:ngày\s+)?Rằm\s+tháng\s+(?:Giêng|01|1)(?!\d)|Tết\s+Nguyên\s+tiêu`, month: 1, day: () => 15, name: 'Rằm tháng Giêng' },
  { pattern: String.raw`(?:ngày\s+)?Rằm\s+tháng\s+(?:Bảy|07|7)(?!\d)`, month: 7, day: () => 15, name: 'Rằm tháng Bảy' },
  { pattern: String.raw`Tết\s+Trung\s+thu`, month: 8, day: () => 15, name: 'Tết Trung thu' },
  { pattern: String.raw`Tết\s+Đoan\s+ngọ`, month: 5, day: () => 5, name: 'Tết Đoan ngọ' },
  {
    pattern: String.raw`Tết(?:\s+Nguyên\s+đán)?(?!\s+(?:Trung|Đoan|Nguyên\s+tiêu|trồng|vì|Thanh|Hàn|Độc|Dương))`,
    month: 1,
    day: () => 1,
    name: 'Tết Nguyên đán',
  },
];

/** the lunar year after the name: "Mậu Thân 2028", "năm 2028", "2028" */
const YEAR_AFTER = /^(?:\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)?(?:\s+năm)?\s+(\d{4})(?!\d)/u;
const DAY_MONTH = /\d{1,2}\s*\/\s*\d{1,2}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}/u;

/**
 * "hoàn thành trước Tết Nguyên đán Mậu Thân 2028", "trước Rằm tháng Giêng", "vào ngày mùng 6 Tết": a duty due by a day of the lunar
 * calendar, read to its solar day (the year written, else the first such day on or after the document's date). "trước" is due the
 * day before it, as "trước ngày D" is. A duty that also writes a solar day is left to that day.
 */
export function readLunarDeadline(text: string, ctx: DeadlineContext): DeadlineRead | undefined {
  if (DAY_MONTH.test(text)) return undefined;
  for (const event of EVENTS) {
    const m = new RegExp(
      String.raw`(?<![\p{L}\d])(?:(trước)\s+(?:dịp\s+)?|(?:vào|chậm nhất(?:\s+(?:là|vào))?|đến hết)\s+)(?:${event.pattern})(?![\p{L}\d])`,
      'u',
    ).exec(text);
    if (!m) continue;
    const day = event.day(m);
    if (!(day >= 1 && day <= 30)) return undefined;
    const yearMatch = YEAR_AFTER.exec(text.slice(m.index + m[0].length)) ?? CAN_CHI.exec(text.slice(m.index + m[0].length));
    const solar = (year: number) => solarOfLunar(year, event.month, day);
    const docYear = Number(ctx.documentDate.slice(0, 4));
    // "năm Mậu Thân": the year by its name, near the document's year
    const yearNamed = yearMatch && (/^\d{4}$/.test(yearMatch[1]!) ? Number(yearMatch[1]) : yearOfCanChi(yearMatch[1]!, docYear));
    let target: string | null;
    if (yearNamed) target = solar(yearNamed);
    else {
      const thisYear = solar(docYear);
      target = thisYear && thisYear >= ctx.documentDate ? thisYear : solar(docYear + 1);
    }
    if (!target) return undefined;
    const before = m[1] === 'trước';
    const due = before ? addDays(target, -1) : target;
    const label = (m[0] + (yearMatch?.[0] ?? '')).trim();
    const name = event.name.replace('{d}', String(day));
    return {
      deadline: {
        kind: 'due',
        text: label,
        reading: `${label}: ${name} là ngày ${formatLocalVi(target)} dương lịch${before ? `; hạn ${formatLocalVi(due)}` : ''}.`,
        due,
      },
      notes: [`Hạn theo âm lịch (${name}), đã quy ra ngày ${formatLocalVi(target)}; cần kiểm tra.`],
    };
  }
  return undefined;
}
