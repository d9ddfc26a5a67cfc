import { findDeadline } from '../deadline/parse-deadline.ts';
import type { DeadlineContext, DeadlineReading } from '../deadline/types.ts';
import { foldSameLength } from './clean-text.ts';
import { maskRanges, type TextRange } from './references.ts';
import type { DraftDeadline } from './types.ts';

export interface DeadlineRead {
  deadline?: DraftDeadline;
  notes: string[];
}

const LOOKS_TIME_BOUND = /hoan thanh|truoc ngay|cham nhat|thoi han|han chot|trong thang|trong quy|\d{1,2}\/\d{1,2}\/\d{4}/;

/** The deadline of one item; dates inside document citations (`references`) are never read as deadlines. */
export function readDraftDeadline(text: string, references: readonly TextRange[], ctx: DeadlineContext): DeadlineRead {
  const masked = maskRanges(text, references);
  const reading = findDeadline(masked, ctx);
  const notes: string[] = [];
  const deadline = toDraftDeadline(reading);
  if (!deadline) {
    if (reading.kind === 'none' && reading.reason === 'unrecognised' && LOOKS_TIME_BOUND.test(foldSameLength(masked))) {
      notes.push('Có vẻ có thời hạn nhưng không đọc được; cần ghi hạn.');
    }
    return { notes };
  }
  const matchedFolded = foldSameLength(deadline.text);
  const at = masked.indexOf(deadline.text);
  const inParens = masked.lastIndexOf('(', at) > masked.lastIndexOf(')', at);
  // "Quý III/2025: Phòng X …", "Ngày 12/5/2025 (thứ Hai): khám …": the item's label is its time
  const asLabel = at >= 0 && masked.slice(0, at).trim() === '' && /^\s*(?:\([^)]*\))?\s*:/.test(masked.slice(at + deadline.text.length));
  // "Thời gian hoàn thành: Tháng 4/2025" (a time line, a table's time column): the value of the label is the duty's time
  const asValue = at >= 0 && /^(?:thoi gian|thoi han|tien do)[^:]{0,30}:\s*$/.test(foldSameLength(masked.slice(0, at)).toLowerCase());
  if (
    /tiep theo|\bsau\b|\btoi\b/.test(matchedFolded) ||
    (!inParens && !asLabel && !asValue && !/^(hoan thanh|truoc|cham nhat|han|trong|tu|xong|ket thuc|den|dinh ky|hang)/.test(matchedFolded))
  ) {
    notes.push(`Mốc thời gian "${deadline.text}" nằm trong nội dung, chưa chắc là hạn; cần kiểm tra.`);
  } else if (deadline.approximate) notes.push(`Thời hạn gần đúng: ${deadline.reading}`);
  else if (/Câu còn có/.test(deadline.reading) && !/gắn với từ chỉ hạn/.test(deadline.reading)) notes.push(`Câu có nhiều mốc thời gian: ${deadline.reading}`);
  return { deadline, notes };
}

export function toDraftDeadline(reading: DeadlineReading): DraftDeadline | undefined {
  switch (reading.kind) {
    case 'due':
      return {
        kind: 'due',
        text: reading.matched,
        reading: reading.reading,
        due: reading.dueDate,
        ...(reading.approximate && { approximate: true }),
      };
    case 'period':
      return {
        kind: 'period',
        text: reading.matched,
        reading: reading.reading,
        start: reading.startDate,
        due: reading.endDate,
        ...(reading.approximate && { approximate: true }),
      };
    case 'recurrence':
      return { kind: 'recurrence', text: reading.matched, reading: reading.reading, recurrence: reading.recurrence };
    default:
      return undefined;
  }
}

export interface PeakClause {
  /** range of the clause inside the text */
  start: number;
  end: number;
  /** "Cao điểm tấn công, trấn áp …" */
  name: string;
}

/** "(trong đó chỉ đạo cao điểm …; thời gian khoảng 3 tháng)": a peak period nested in a longer one. */
export function findPeakClause(text: string): PeakClause | undefined {
  const folded = foldSameLength(text);
  const at = folded.indexOf('cao diem');
  if (at < 0) return undefined;
  const open = text.lastIndexOf('(', at);
  const close = text.indexOf(')', at);
  const inParens = open >= 0 && close > at && !text.slice(open, at).includes(')');
  const start = inParens ? open : Math.max(0, folded.lastIndexOf('trong do', at));
  const end = inParens ? close + 1 : clauseEnd(text, at);
  // "Tuyên truyền cao điểm trên toàn tỉnh" names the phase; a peak of its own comes with its time ("từ … đến …", "khoảng 3 tháng")
  if (!/\d/.test(text.slice(at, end))) return undefined;
  const name = text
    .slice(at, end)
    .split(/[;)]/)[0]!
    .replace(/[,\s]+$/, '');
  return { start, end, name: name.charAt(0).toUpperCase() + name.slice(1) };
}

function clauseEnd(text: string, from: number): number {
  const m = /\.\s|$/.exec(text.slice(from));
  return from + (m ? m.index : text.length - from);
}
