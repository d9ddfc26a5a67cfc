import { foldVietnamese } from '../text/fold.ts';
import { formatLocalVi, isValidLocalDate, makeLocalDate } from '../time/local-date.ts';
import type { DraftTask } from './types.ts';

/** "tổ chức Lễ phát động … theo thời gian nêu tại mục II": the ceremony is held on the day the document gives it elsewhere */
const HOLDS_EVENT_AS_STATED = /tổ chức\s+(Lễ(?:\s+\p{Ll}+){1,3})[^;.]*?\btheo\s+(?:thời gian|lịch)\s+(?:nêu|quy định|ghi)\s+tại\s+(?:mục|phần|điểm)\s/u;

/**
 * A duty that holds an event "theo thời gian nêu tại mục II" is due the day the document states for that event ("Lễ phát động cấp
 * huyện tổ chức vào sáng ngày D …"), flagged; with no such day stated it keeps no deadline.
 */
export function dateAsStatedEvent(task: DraftTask, lines: readonly string[]): void {
  if (task.deadline) return;
  const m = HOLDS_EVENT_AS_STATED.exec(task.body);
  if (!m) return;
  // the ceremony's name may run into the duty's own words ("Lễ ra quân chiến dịch"): try the longest name stated first
  const words = foldVietnamese(m[1]!).split(/\s+/);
  for (let n = words.length; n >= 2; n--) {
    const due = statedDay(words.slice(0, n).join(' '), lines);
    if (!due) continue;
    const event = m[1]!.split(/\s+/).slice(0, n).join(' ');
    task.deadline = { kind: 'due', text: m[0].trim(), reading: `${event} ngày ${formatLocalVi(due)}.`, due };
    task.reviewNotes.push(`Hạn là ngày tổ chức ${event} văn bản nêu ở phần khác (${formatLocalVi(due)}); cần kiểm tra.`);
    return;
  }
}

/** "Lễ ra quân cấp xã tổ chức vào sáng ngày D": the day a line gives the named ceremony */
function statedDay(name: string, lines: readonly string[]): string | undefined {
  const stated = new RegExp(`(?:^|\\s)${name}[^;.]{0,60}?\\s(?:to chuc|dien ra)\\s[^;.]{0,30}?ngay (\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})`);
  for (const line of lines) {
    const d = stated.exec(foldVietnamese(line));
    if (!d) continue;
    const [day, month, year] = [Number(d[1]), Number(d[2]), Number(d[3])];
    if (isValidLocalDate(year, month, day)) return makeLocalDate(year, month, day);
  }
  return undefined;
}
