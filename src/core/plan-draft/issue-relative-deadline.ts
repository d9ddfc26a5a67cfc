import { foldVietnamese } from '../text/fold.ts';
import { addDays, addMonths, formatLocalVi } from '../time/local-date.ts';
import { addWorkingDays } from '../time/work-calendar.ts';
import type { DraftTask } from './types.ts';

const COUNT_WORDS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };
/**
 * "trong 30 ngày kể từ ngày ký Chỉ thị", "trong 03 ngày làm việc kể từ ngày nhận được văn bản này", "chậm nhất 02 tháng kể từ
 * ngày ban hành Quyết định này": a time limit counted from the document's own signing, issue or receipt (named, or "kể từ ngày
 * ký." alone); "kể từ ngày nhận đủ hồ sơ", "kể từ ngày ký hợp đồng" count from another paper
 */
const FROM_ISSUE =
  /(?:^|\s)(?:trong(?: vong| thoi han| thoi gian)?|cham nhat|khong qua|toi da)\s+(\d{1,3}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(ngay lam viec|ngay|tuan|thang)\s*,?\s*(?:ke tu|tinh tu)\s+(?:ngay|khi)\s+(ky|ban hanh|nhan(?: duoc)?)(?:\s+ban hanh)?(?:\s+(?:van ban|cong van|chi thi|ke hoach|quyet dinh|thong bao|cong dien|nghi quyet)(?![\p{L}\d])|(?=\s*(?:[.,;)]|$)))/u;
/**
 * "trong thời hạn 60 ngày kể từ ngày Quy chế có hiệu lực", "… kể từ ngày Quyết định này có hiệu lực": a time limit counted from the
 * day the document (or the rules it issues) takes effect
 */
const FROM_EFFECT =
  /(?:^|\s)(?:trong(?: vong| thoi han| thoi gian)?|cham nhat|khong qua|toi da)\s+(\d{1,3}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(ngay lam viec|ngay|tuan|thang)\s*,?\s*(?:ke tu|tinh tu)\s+ngay\s+(?:quy che|quy dinh|quyet dinh|ke hoach|chi thi|thong tu|chuong trinh|van ban)(?:\s+nay)?\s+co hieu luc(?:\s+thi hanh)?/u;
/** "Quyết định này có hiệu lực (thi hành) kể từ ngày ký": the document takes effect the day it is signed */
const EFFECT_ON_SIGNING = /co hieu luc(?: thi hanh)?\s+(?:ke\s+)?tu\s+ngay\s+(?:ky|ban hanh)(?![\p{L}\d])/u;
/** "Quyết định này có hiệu lực (thi hành) kể từ ngày 01/6/2027": the document takes effect on a day of its own */
const EFFECT_ON_DATE = /co hieu luc(?: thi hanh)?\s+(?:ke\s+)?tu\s+ngay\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u;
/** a date already given with a deadline word stays the duty's date */
const OWN_DATE = /^(?:hoan thanh|xong|truoc|cham nhat|han)/;

/**
 * A duty due a number of days (working days, weeks, months) after the document is signed, issued or received is due that long
 * after the document's date; the period starts the day after (so "30 ngày kể từ ngày ký" of a 20/5 document ends on 19/6).
 * Receipt is read as the document's date too. Flagged: the count rests on the dateline, and a receipt may come later.
 */
export function dateFromIssue(task: DraftTask, issueDate: string | undefined, lines: readonly string[]): void {
  if (!issueDate) return;
  // (a table's time column is in the row's source, not in the duty's words)
  const issued = FROM_ISSUE.exec(foldVietnamese(task.body)) ?? FROM_ISSUE.exec(foldVietnamese(task.source));
  // counted from the day it takes effect, which is the dateline when the document takes effect on signing
  const effect = issued ? undefined : (FROM_EFFECT.exec(foldVietnamese(task.body)) ?? FROM_EFFECT.exec(foldVietnamese(task.source)));
  const effectDay = effect ? effectiveDate(lines) : undefined;
  const m = issued ?? (effect && (effectDay || lines.some((line) => EFFECT_ON_SIGNING.test(foldVietnamese(line)))) ? effect : undefined);
  if (!m) return;
  // counted from the day of effect the decision names, when it names one
  const from0 = m === effect && effectDay ? effectDay : issueDate;
  if (task.deadline?.kind === 'due' && OWN_DATE.test(foldVietnamese(task.deadline.text))) return;
  const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : COUNT_WORDS[m[1]!]!;
  const unit = m[2]!;
  const due =
    unit === 'ngay lam viec'
      ? addWorkingDays(from0, count)
      : unit === 'ngay'
        ? addDays(from0, count)
        : unit === 'tuan'
          ? addDays(from0, count * 7)
          : addMonths(from0, count);
  const from =
    m === effect
      ? effectDay
        ? 'ngày có hiệu lực'
        : 'ngày có hiệu lực (ngày ký)'
      : m[3] === 'ky'
        ? 'ngày ký'
        : m[3] === 'ban hanh'
          ? 'ngày ban hành'
          : 'ngày nhận văn bản (lấy bằng ngày văn bản)';
  const text = m[0].trim();
  task.deadline = { kind: 'due', text, reading: `Hạn: hết ngày ${formatLocalVi(due)} ("${text}" tính từ ${from} ${formatLocalVi(from0)}).`, due };
  task.reviewNotes.push(`Hạn tính từ ${from} ${formatLocalVi(from0)}: hết ngày ${formatLocalVi(due)}; cần kiểm tra.`);
}

/** The day the document takes effect when it names one ("có hiệu lực kể từ ngày 01/6/2027"), as YYYY-MM-DD. */
function effectiveDate(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = EFFECT_ON_DATE.exec(foldVietnamese(line));
    if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  return undefined;
}
