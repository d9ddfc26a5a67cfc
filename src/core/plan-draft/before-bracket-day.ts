import type { DeadlineContext } from '../deadline/types.ts';
import { addDays, formatLocalVi, isValidLocalDate, makeLocalDate } from '../time/local-date.ts';
import type { DeadlineRead } from './read-draft-deadline.ts';

/** the event's day in a bracket after its name: "(ngày 05/5/2025)", "(20/6)", "(dự kiến ngày 01/12/2025)" */
const BRACKET_DAY = String.raw`\(\s*(?:dự kiến\s+)?(?:(?:vào\s+)?ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?\s*\)`;
/** what the day is of: a few words with no sentence break and no bracket of their own */
const EVENT = String.raw`(?:khi\s+|ngày\s+)?[^()\n;.:]{2,60}?`;
/**
 * "trước khi xuống giống vụ Xuân (ngày 10/02/2026) ít nhất 07 ngày", "trước ngày khai trương (15/8) 05 ngày": counted back from a
 * day the sentence gives in a bracket; also "chậm nhất 10 ngày trước ngày khởi công (ngày 01/4/2026)"
 */
const DAYS_BEFORE = new RegExp(
  String.raw`(?:(?:chậm nhất|ít nhất|tối thiểu)\s+)?trước\s+${EVENT}\s*${BRACKET_DAY}\s*(?:ít nhất\s+|tối thiểu\s+)?(\d{1,3})\s+ngày(?!\s+làm việc)` +
    String.raw`|(?<![\p{L}\d])(\d{1,3})\s+ngày\s+trước\s+${EVENT}\s*${BRACKET_DAY}`,
  'iu',
);

/**
 * A duty due some days before an event whose day its own sentence gives in a bracket: due that many days before it, flagged; the
 * bracketed day alone is the event's, not the duty's.
 */
export function readDaysBeforeBracketDay(text: string, ctx: DeadlineContext): DeadlineRead | undefined {
  const m = DAYS_BEFORE.exec(text);
  if (!m) return undefined;
  const [day, month, year, count] = m[4] !== undefined ? [m[1], m[2], m[3], m[4]] : [m[6], m[7], m[8], m[5]];
  const y = year ? Number(year) : Number(ctx.documentDate.slice(0, 4));
  if (!isValidLocalDate(y, Number(month), Number(day))) return undefined;
  const event = makeLocalDate(y, Number(month), Number(day));
  const due = addDays(event, -Number(count));
  const label = m[0].trim();
  return {
    deadline: { kind: 'due', text: label, reading: `${label}: ${formatLocalVi(due)} (${count} ngày trước ngày ${formatLocalVi(event)}).`, due },
    notes: [`Hạn đếm ngược ${count} ngày từ ngày ${formatLocalVi(event)} nêu trong câu; cần kiểm tra.`],
  };
}
