import { addDays, formatLocalVi, isValidLocalDate, makeLocalDate } from '../time/local-date.ts';
import type { DraftDeadline } from './types.ts';

/**
 * A schedule counted down to an event: "Trước 30 ngày: …", "Ngày diễn ra: …", "Sau 10 ngày: …". The
 * day is computed from the event's date when the document gives it ("Lễ kỷ niệm tổ chức vào 08 giờ 00
 * ngày 15/3/2026 …") and flagged for review either way; when the date is still to come ("thời gian cụ
 * thể thông báo sau") the duty gets no deadline and says why.
 */
export type EventDate = string | 'unknown';

const EVENT_DATE =
  /(?:tổ chức|diễn ra|khai mạc|khai diễn)\s+(?:vào\s+)?(?:lúc\s+)?(?:\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút)?)?\s*,?\s*)?(?:(?:sáng|chiều|tối)\s+)?(?:(?:thứ\s+\p{L}+|chủ nhật)\s*,?\s*)?ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/iu;
const DATE_TO_COME = /(?:thông báo sau|sẽ (?:có )?thông báo|chưa xác định|chưa ấn định)/iu;
const EVENT_SUBJECT = /^(?:Lễ|Buổi lễ|Hội nghị|Đại hội|Giải|Ngày hội|Hội thi|Hội diễn|Lễ hội|Chương trình|Sự kiện|Hội chợ)\s/u;

/** The event date a line sets for the countdown items after it, 'unknown' when it says the date comes later. */
export function readEventDate(text: string): EventDate | undefined {
  const m = EVENT_DATE.exec(text);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidLocalDate(y, mo, d)) return makeLocalDate(y, mo, d);
  }
  return DATE_TO_COME.test(text) ? 'unknown' : undefined;
}

/** "Lễ kỷ niệm tổ chức vào … ngày 15/3/2026 tại …": where and when the event is, not a duty. */
export function isEventStatement(text: string): boolean {
  return EVENT_SUBJECT.test(text) && EVENT_DATE.test(text) && !text.includes(';');
}

const EVENT_WORD = '(?:đại hội|hội nghị|lễ|sự kiện|khai mạc|hội thi|giải)';
const COUNTDOWN = new RegExp(
  `^\\s*(?:(trước|sau)\\s+(?:(?:ngày\\s+)?${EVENT_WORD}\\s+)?(\\d{1,3})\\s+ngày(\\s+làm việc)?|((?:trong\\s+)?ngày\\s+(?:diễn ra|tổ chức|${EVENT_WORD})))\\s*(?::|–|-)`,
  'iu',
);

/** The countdown label opening an item, read against the event date; undefined when the item has none. */
export function countdownDeadline(text: string, event: EventDate | undefined): { deadline?: DraftDeadline; notes: string[] } | undefined {
  const m = COUNTDOWN.exec(text);
  if (!m) return undefined;
  const label = m[0].replace(/\s*(?::|–|-)$/u, '').trim();
  if (!event || event === 'unknown') {
    return { notes: [`Hạn "${label}" tính theo ngày diễn ra sự kiện, nhưng văn bản chưa nêu ngày đó; cần ghi hạn khi có.`] };
  }
  if (m[3]) return { notes: [`Hạn "${label}" tính theo ngày làm việc trước/sau sự kiện (${formatLocalVi(event)}); cần ghi hạn.`] };
  const days = m[4] ? 0 : Number(m[2]) * (m[1]!.toLowerCase() === 'trước' ? -1 : 1);
  const due = addDays(event, days);
  return {
    deadline: { kind: 'due', text: label, reading: `${label} so với ngày diễn ra ${formatLocalVi(event)}: ${formatLocalVi(due)}.`, due },
    notes: [`Hạn tính từ ngày diễn ra sự kiện (${formatLocalVi(event)}); cần kiểm tra.`],
  };
}
