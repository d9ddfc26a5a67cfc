import { addDays, formatLocalVi, isValidLocalDate, makeLocalDate } from '../time/local-date.ts';
import type { OutlineNode } from './outline.ts';
import type { DraftDeadline } from './types.ts';

/**
 * A schedule counted down to an event: "Trước 30 ngày: …", "Ngày diễn ra: …", "Sau 10 ngày: …". The
 * day is computed from the event's date when the document gives it ("Lễ kỷ niệm tổ chức vào 08 giờ 00
 * ngày 15/3/2026 …") and flagged for review either way; when the date is still to come ("thời gian cụ
 * thể thông báo sau") the duty gets no deadline and says why.
 */
export type EventDate = string | 'unknown';

/** "Lễ … tổ chức vào sáng ngày D", and with its place before the day: "… tổ chức tập trung tại Quảng trường X vào sáng ngày D" */
const EVENT_DATE =
  /(?:tổ chức|diễn ra|khai mạc|khai diễn)\s+(?:(?:tập trung\s+)?tại\s+[^.;\d]{1,60}?\s+(?=vào\s))?(?:vào\s+)?(?:từ\s+)?(?:lúc\s+)?(?:\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút)?)?\s*,?\s*)?(?:(?:sáng|chiều|tối)\s+)?(?:(?:thứ\s+\p{L}+|chủ nhật)\s*,?\s*)?ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/iu;
/** "(tính theo ngày khai mạc 26/4/2026)": the event's date named after its kind */
const EVENT_DAY_NAMED = /ngày\s+(?:khai mạc|tổ chức|diễn ra)\s+(?:là\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/iu;
const DATE_TO_COME = /(?:thông báo sau|sẽ (?:có )?thông báo|chưa xác định|chưa ấn định)/iu;
const EVENT_SUBJECT =
  /^(?:Thời gian(?: tổ chức| diễn ra)?\s*:(?=\s*(?:tổ chức|diễn ra|khai mạc))|Lễ|Buổi lễ|Hội nghị|Đại hội|Giải|Ngày hội|Hội thi|Hội diễn|Lễ hội|Chương trình|Sự kiện|Hội chợ|Liên hoan|Hội trại|Hội thao)\s/u;

/** The event date a line sets for the countdown items after it, 'unknown' when it says the date comes later. */
export function readEventDate(text: string): EventDate | undefined {
  const m = EVENT_DATE.exec(text) ?? EVENT_DAY_NAMED.exec(text);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidLocalDate(y, mo, d)) return makeLocalDate(y, mo, d);
  }
  return DATE_TO_COME.test(text) ? 'unknown' : undefined;
}

/** "Thời gian: từ ngày 26/4/2025 đến ngày 30/4/2025", "Lễ bế mạc vào tối ngày 30/4/2025": the event's last day */
const EVENT_SPAN =
  /^Thời gian(?: tổ chức| diễn ra)?\s*:[^.;]{0,40}?\btừ\s+(?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?\s*(?:đến|[-–])\s*(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/iu;
const EVENT_LENGTH = /(?:diễn ra|kéo dài|tổ chức)\s+trong\s+(\d{1,2})\s+ngày/iu;
const CLOSING_DAY = /bế mạc[^.;\d]{0,40}?ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/iu;
/** "Hội chợ tổ chức từ ngày 20/6/2025 đến ngày 24/6/2025 tại …": an event's span stated in its own sentence */
const STATED_SPAN =
  /^(?:Hội chợ|Hội nghị|Hội thi|Hội diễn|Hội thao|Lễ hội|Liên hoan|Ngày hội|Đại hội|Giải|Triển lãm)\s[^.;:]{0,60}?(?:được\s+)?(?:tổ chức|diễn ra)\s+từ\s+(?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?\s*(?:đến|[-–])\s*(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/u;

/**
 * The last day of the event a line states (its span on a "Thời gian:" line or in a sentence of its own, its closing day, or its first
 * day and how many days it lasts), for "N ngày sau ngày bế mạc".
 */
export function readEventEnd(text: string): string | undefined {
  const m = CLOSING_DAY.exec(text) ?? EVENT_SPAN.exec(text) ?? STATED_SPAN.exec(text);
  // "Hội chợ khai mạc vào … ngày 25/10/2028 …, diễn ra trong 05 ngày": open for that many days from its first
  const length = m ? null : EVENT_LENGTH.exec(text);
  const first = length ? readEventDate(text) : undefined;
  if (length && first && first !== 'unknown') return addDays(first, Number(length[1]) - 1);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidLocalDate(y, mo, d) ? makeLocalDate(y, mo, d) : undefined;
}

/** a heading that names the event day its countdown steps count to: "(tính theo ngày khai mạc 26/4/2026)" */
export function isCountdownAnchor(text: string): boolean {
  return /\(\s*(?:tính|căn cứ)\s+(?:theo|đến|từ)\s+ngày\s+(?:khai mạc|tổ chức|diễn ra)/iu.test(text);
}

/**
 * "Lễ kỷ niệm tổ chức vào … ngày 15/3/2026 tại …", "Hội nghị tổng kết do Sở X chủ trì, thời gian cụ thể sẽ thông báo sau": where
 * and when the event is (or that its day is still to come), not a duty.
 */
export function isEventStatement(text: string): boolean {
  // "Lễ giao nhận quân … tổ chức vào … ngày 12/02/2020 tại … . Ban Chỉ huy Quân sự huyện chuẩn bị …": the sentence after is a duty
  const oneSentence = !text.includes(';') && !/[.!?]\s+\p{Lu}/u.test(text);
  // "Lễ ra quân … ngày 16/8/2025 tại … (Ủy ban MTTQ phường chủ trì, …)": an event with who runs it is that unit's duty
  const runBy = /\([^()]*\s(?:chủ trì|thực hiện|phụ trách)(?=[\s,;)])/u.test(text);
  const stated = EVENT_DATE.test(text) || DATE_TO_COME.test(text) || ((EVENT_AT.test(text) || EVENT_PLANNED.test(text)) && !runBy);
  return EVENT_SUBJECT.test(text) && stated && oneSentence;
}

/** "Chương trình nghệ thuật "…" tối ngày 01/02/2025 tại Quảng trường huyện": the event's day and place with no verb */
const EVENT_AT = /^[^.;]{0,120}?\s(?:vào\s+)?(?:(?:sáng|chiều|tối)\s+)?ngày\s+\d{1,2}\/\d{1,2}\/\d{4}\s+tại\s/iu;
/** "Hội nghị biểu dương tổ chức 01 ngày, dự kiến trong tuần đầu tháng 10/2023, tại …": when the event is expected, not a duty */
const EVENT_PLANNED = /(?:tổ chức|diễn ra)\s[^.;]{0,30}?\bdự kiến\s+(?:vào\s+|trong\s+)?[^.;]{0,30}?(?:tháng|ngày|quý|tuần)\s/iu;

const EVENT_WORD = '(?:đại hội|hội nghị|lễ hội|lễ|sự kiện|khai mạc|hội thi|hội chợ|liên hoan|giải|ngày hội|giao (?:nhận )?quân)';
const COUNTDOWN_LABEL = `(?:(trước|sau)\\s+(?:(?:ngày\\s+)?${EVENT_WORD}\\s+)?(\\d{1,3})\\s+ngày(\\s+làm việc)?|((?:trong\\s+)?ngày\\s+(?:diễn ra|tổ chức|${EVENT_WORD})))`;
const COUNTDOWN = new RegExp(`^\\s*${COUNTDOWN_LABEL}\\s*(?::|–|-)`, 'iu');
/** a heading that is only the label, over the duties of that step ("1. Trước 30 ngày", "4. Ngày diễn ra (26/4/2026)") */
const COUNTDOWN_HEADING = new RegExp(`^\\s*${COUNTDOWN_LABEL}\\s*(?:\\([^)]{0,40}\\))?\\s*:?\\s*$`, 'iu');
/** "Sau sự kiện", "Sau Hội thi": the step after the event, with no day of its own */
const AFTER_EVENT_HEADING = new RegExp(`^\\s*sau\\s+(?:khi\\s+)?(?:kết thúc\\s+)?${EVENT_WORD}\\s*:?\\s*$`, 'iu');
/** "Trong thời gian diễn ra Lễ hội", "Trong những ngày tổ chức Ngày hội": the step during the event, with no day of its own */
const DURING_EVENT_HEADING = new RegExp(`^\\s*trong\\s+(?:thời gian|các ngày|những ngày)\\s+(?:diễn ra|tổ chức)\\s+${EVENT_WORD}\\s*:?\\s*$`, 'iu');
/** "trong vòng 10 ngày sau ngày bế mạc", "chậm nhất 15 ngày sau Hội thi": a day counted from the event */
const DAYS_AFTER_EVENT = new RegExp(
  `(?:trong vòng|trong|chậm nhất|sau)\\s+(\\d{1,3})\\s+ngày\\s+(?:sau|kể từ)\\s+(?:khi\\s+)?(?:ngày\\s+)?(?:bế mạc|kết thúc|${EVENT_WORD})`,
  'iu',
);

/** what an event is called after "trước": "lễ hội", "ngày khai mạc", "Hội chợ Xuân", "khai giảng lớp" (its name in capitals may follow) */
const EVENT_REF = `(?:ngày\\s+)?(?:(?:khai mạc|diễn ra|tổ chức|khai giảng)(?:\\s+${EVENT_WORD})?|${EVENT_WORD})(?:\\s+\\p{Lu}\\p{Ll}*){0,4}`;
/** "trước lễ hội 15 ngày", "trước ngày khai mạc Hội chợ 10 ngày", "chậm nhất 05 ngày trước ngày khai mạc" inside a duty */
const DAYS_BEFORE_EVENT = new RegExp(
  `\\btrước\\s+${EVENT_REF}\\s+(?:ít nhất\\s+)?(\\d{1,3})\\s+ngày|(?<![\\p{L}\\d])(\\d{1,3})\\s+ngày\\s+trước\\s+(?:khi\\s+)?${EVENT_REF}`,
  'iu',
);

type CountdownRead = { deadline?: DraftDeadline; notes: string[] };

/**
 * A duty due some days before an event it names ("… trước lễ hội 15 ngày"): that day when the document gives the event's date,
 * flagged; otherwise no deadline, and the reason (the key convention: never a date the text does not give).
 */
export function daysBeforeEvent(text: string, event: EventDate | undefined): CountdownRead | undefined {
  const m = DAYS_BEFORE_EVENT.exec(text);
  if (!m) return undefined;
  const label = m[0];
  if (!event || event === 'unknown') {
    return { notes: [`Hạn "${label}" tính theo ngày diễn ra sự kiện, nhưng văn bản chưa nêu ngày đó; cần ghi hạn khi có.`] };
  }
  const due = addDays(event, -Number(m[1] ?? m[2]));
  return {
    deadline: { kind: 'due', text: label, reading: `${label} (sự kiện ngày ${formatLocalVi(event)}): ${formatLocalVi(due)}.`, due },
    notes: [`Hạn tính từ ngày diễn ra sự kiện (${formatLocalVi(event)}); cần kiểm tra.`],
  };
}

/** The countdown label opening an item, read against the event date; undefined when the item has none. */
export function countdownDeadline(text: string, event: EventDate | undefined): CountdownRead | undefined {
  const m = COUNTDOWN.exec(text);
  return m ? readLabel(m, event) : undefined;
}

/** "Tháng Thanh niên năm 2028: đợt cao điểm từ ngày 01/3/2028 đến hết ngày 31/3/2028": the last day of the peak a line states */
const PEAK_END = /cao điểm[^.;]{0,40}?\sđến\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/iu;

export function readPeakEnd(text: string): string | undefined {
  const m = PEAK_END.exec(text);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidLocalDate(y, mo, d) ? makeLocalDate(y, mo, d) : undefined;
}

/**
 * "… trong vòng 10 ngày sau ngày bế mạc": due that many days after the event, when its date is known; "… sau khi kết thúc đợt
 * cao điểm" counts from the peak's last day when the document states it.
 */
export function daysAfterEvent(text: string, event: EventDate | undefined, eventEnd?: string, peakEnd?: string): CountdownRead | undefined {
  const after = DAYS_AFTER_EVENT.exec(text);
  const afterPeak = after !== null && peakEnd !== undefined && /^\s+(?:đợt\s+)?cao điểm/iu.test(text.slice(after.index + after[0].length));
  if (after && afterPeak) {
    const due = addDays(peakEnd, Number(after[1]));
    return {
      deadline: { kind: 'due', text: after[0], reading: `${after[0]} đợt cao điểm (kết thúc ${formatLocalVi(peakEnd)}): ${formatLocalVi(due)}.`, due },
      notes: [`Hạn tính từ ngày kết thúc đợt cao điểm (${formatLocalVi(peakEnd)}); cần kiểm tra.`],
    };
  }
  if (!after || !event || event === 'unknown') return undefined;
  // "sau ngày bế mạc", "sau Lễ hội": counted from the event's last day when the document gives it; "kể từ ngày khai mạc" from its first
  const fromEnd = eventEnd !== undefined && eventEnd >= event && !/khai mạc|diễn ra|tổ chức/iu.test(after[0]);
  const from = fromEnd ? eventEnd : event;
  const due = addDays(from, Number(after[1]));
  const label = after[0];
  return {
    deadline: { kind: 'due', text: label, reading: `${label} (sự kiện ngày ${formatLocalVi(from)}): ${formatLocalVi(due)}.`, due },
    notes: [`Hạn tính từ ngày ${fromEnd ? 'kết thúc' : 'diễn ra'} sự kiện (${formatLocalVi(from)}); cần kiểm tra.`],
  };
}

/** "… vào chiều ngày khai mạc", "… tại phiên khai mạc Liên hoan": work done on the event's first day */
const ON_OPENING_DAY = /(?<!trước\s|sau\s)(?:vào\s+(?:(?:buổi\s+)?(?:sáng|chiều|tối)\s+)?ngày khai mạc|tại\s+(?:phiên|lễ)\s+khai mạc)(?!\s+\S+\s+\d|\s+\d)/iu;

export function onOpeningDay(text: string, event: EventDate | undefined): CountdownRead | undefined {
  const m = ON_OPENING_DAY.exec(text);
  if (!m || !event || event === 'unknown') return undefined;
  return {
    deadline: { kind: 'due', text: m[0], reading: `${m[0]}: ${formatLocalVi(event)}.`, due: event },
    notes: [`Hạn là ngày khai mạc (${formatLocalVi(event)}); cần kiểm tra.`],
  };
}

/** A heading that is only a countdown step, with the time it gives the duties under it (none after the event). */
export function countdownHeading(text: string, event: EventDate | undefined): CountdownRead | undefined {
  const m = COUNTDOWN_HEADING.exec(text);
  if (m) return readLabel(m, event);
  if (AFTER_EVENT_HEADING.test(text) || DURING_EVENT_HEADING.test(text)) return { notes: [] };
  return undefined;
}

function readLabel(m: RegExpExecArray, event: EventDate | undefined): CountdownRead {
  const label = m[0]
    .replace(/\s*(?::|–|-)$/u, '')
    .replace(/\s*\([^)]*\)\s*:?\s*$/u, '')
    .trim();
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

/** "từ ngày 01/6/2025 đến khi kết thúc Hội chợ", "từ ngày D đến hết Lễ hội": from a day until the event ends */
const UNTIL_EVENT_END = new RegExp(`từ\\s+ngày\\s+(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})\\s+đến\\s+(?:khi\\s+)?(?:kết thúc|hết|bế mạc)\\s+${EVENT_WORD}`, 'iu');

export function untilEventEnd(text: string, eventEnd: string | undefined): CountdownRead | undefined {
  const m = UNTIL_EVENT_END.exec(text);
  if (!m || !eventEnd) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidLocalDate(y, mo, d)) return undefined;
  const start = makeLocalDate(y, mo, d);
  if (start > eventEnd) return undefined;
  return {
    deadline: { kind: 'period', text: m[0], reading: `${m[0]}: từ ${formatLocalVi(start)} đến ${formatLocalVi(eventEnd)}.`, start, due: eventEnd },
    notes: [`Thời gian kéo dài đến khi sự kiện kết thúc (${formatLocalVi(eventEnd)}); cần kiểm tra.`],
  };
}

/** A duty's day counted from the event inside its own words (after it, before it, on its opening day) or in its time line. */
export function countdownInDuty(
  text: string,
  timeText: string | undefined,
  event: EventDate | undefined,
  eventEnd: string | undefined,
  peakEnd: string | undefined,
): CountdownRead | undefined {
  if (timeText !== undefined) return daysBeforeEvent(timeText, event);
  return daysAfterEvent(text, event, eventEnd, peakEnd) ?? daysBeforeEvent(text, event) ?? onOpeningDay(text, event) ?? untilEventEnd(text, eventEnd);
}

/** The first event day the document states, in reading order. */
export function firstEventDate(outline: readonly OutlineNode[]): EventDate | undefined {
  for (const node of outline) {
    const date = readEventDate(node.text);
    if (date && date !== 'unknown') return date;
    const below = firstEventDate(node.children);
    if (below) return below;
  }
  return undefined;
}
