import { addDays, formatLocalVi, isValidLocalDate, makeLocalDate } from '../time/local-date.ts';
import type { DeadlineRead } from './read-draft-deadline.ts';

const EVENT_WORD = '(?:hội diễn|hội thao|hội thi|hội chợ|hội nghị|hội trại|đại hội|lễ hội|liên hoan|ngày hội|triển lãm|giải|lễ|kỳ thi)';
/** "Hội thi diễn ra từ ngày 10/5/2029 đến ngày 12/5/2029", "Hội chợ (từ ngày 20/6 đến ngày 24/6/2025)": the event's own span */
const EVENT_SPAN = new RegExp(
  String.raw`(?<![\p{L}])${EVENT_WORD}(?![\p{L}])[^.;()]{0,60}?\s*\(?\s*(?:(?:diễn ra|tổ chức|khai mạc)\s+)?(?:từ\s+)?(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?\s*(?:đến|[-–])\s*(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*\)?`,
  'iu',
);
/** getting something ready for the event: the work is done before it opens */
const PREPARES = /(?:^|[\s,;:])(?:chuẩn bị|in ấn|lắp đặt|dàn dựng|thiết kế|trang trí|tập luyện|gửi giấy mời|mời đại biểu|hoàn thiện)(?=[\s,])/iu;
/** work during the event ("trong thời gian diễn ra", "trực", "bảo đảm an ninh", "phục vụ … suốt"): the span is the duty's */
const DURING = /trong (?:suốt )?thời gian|(?:^|\s)(?:trực|suốt|bảo đảm an ninh|đảm bảo an ninh|tổ chức thi đấu|điều hành)(?=[\s,])/iu;
/** "xong trước ngày khai mạc 03 ngày", "chậm nhất 05 ngày trước khi khai mạc": counted back from the opening */
const DAYS_BEFORE_OPENING =
  /trước\s+(?:khi|ngày)\s+(?:khai mạc|diễn ra|tổ chức)\s+(\d{1,3})\s+ngày|(\d{1,3})\s+ngày\s+trước\s+(?:khi|ngày)\s+(?:khai mạc|diễn ra|tổ chức)/iu;

/**
 * "Chuẩn bị sân khấu … phục vụ Hội thi diễn ra từ ngày D1 đến ngày D2, hoàn thành trước khi khai mạc": the span is the event's,
 * not the duty's; getting ready is due before the event opens (the day before D1, or as many days before D1 as the sentence
 * counts), flagged. Work during the event keeps the span.
 */
export function readPrepareBeforeEvent(text: string): DeadlineRead | undefined {
  const span = EVENT_SPAN.exec(text);
  if (!span || !PREPARES.test(text.slice(0, span.index)) || DURING.test(text)) return undefined;
  const [d, mo, y] = [Number(span[1]), Number(span[2]), Number(span[3] ?? span[6])];
  if (!isValidLocalDate(y, mo, d)) return undefined;
  const opening = makeLocalDate(y, mo, d);
  const counted = DAYS_BEFORE_OPENING.exec(text);
  const days = counted ? Number(counted[1] ?? counted[2]) : 1;
  const due = addDays(opening, -days);
  const label = counted ? counted[0] : span[0].trim();
  return {
    deadline: { kind: 'due', text: label, reading: `Chuẩn bị trước sự kiện khai mạc ${formatLocalVi(opening)}: hạn ${formatLocalVi(due)}.`, due },
    notes: [`Khoảng thời gian trong câu là của sự kiện; hạn chuẩn bị lấy trước ngày khai mạc (${formatLocalVi(opening)}); cần kiểm tra.`],
  };
}
