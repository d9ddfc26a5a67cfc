import { normalizeVietnamese } from '../text/fold.ts';

/**
 * A free-text reply that asks for more time: the date as typed (null when none is named), the reason, and `rest`, the
 * reply without the clause that asks (what else it says: "đã xong 70%" beside "xin thêm ít hôm"; empty when nothing).
 */
export interface ExtensionAsk {
  date: string | null;
  reason: string;
  rest: string;
}

/** A move of the deadline: "gia hạn", "lùi hạn", "dời hạn", "kéo dài thời hạn", "khất". */
const MOVE = '(?:gia han|lui han|doi han|gian han|lui thoi han|doi thoi han|keo dai thoi han|keo dai han|dieu chinh han|khat(?: han)?)';
/** More time without a date: "thêm thời gian", "thêm ít hôm", "thêm vài ngày", "thêm 1 tuần", "thêm chút thời gian". */
const MORE_TIME =
  '(?:them\\s+(?:(?:it|chut|mot it|mot chut)\\s+)?(?:thoi gian|thoi han|time)|them\\s+(?:it|vai|mot vai|may|mot it|mot|hai|ba|bon|nam|muoi|\\d+)\\s+(?:hom|ngay|buoi|bua|tuan|thang))(?![a-z])';
/** The one asking or the one who would get the time: "em", "e", "bên em", "chúng em", "đơn vị", "xã em", "mình". */
const US = '(?:ben em|ben e|chung em|chung toi|don vi(?: em)?|xa em|phuong em|em|e|minh|toi)';
/** The unit saying it needs time, only by words no other noun ends in (not "mình": "xác minh cần thêm thời gian"). */
const NEEDING = '(?:ben em|ben e|chung em|chung toi|don vi em|xa em|phuong em|em)';
/** Courtesy and address between the asking verb and the move: "cho", "anh", "Ban Chỉ đạo", "được", "em". */
const COURTESY = '(?:anh|a|chi|c|ban chi dao|bcd|cho|duoc|phep|em|e|ben em|ben e|chung em|don vi|minh|them|lai)';

/**
 * The ways a unit asks for more time, each capturing the word the ask starts at. Matched on text folded letter by
 * letter, so the reason can be cut from the words as typed:
 * - asking ("xin", "đề nghị", "kiến nghị", "nhờ" …), courtesy words, then a move or more time ("xin lùi hạn",
 *   "cho e xin thêm thời gian", "đề nghị anh cho em thêm vài ngày");
 * - "cho" and the unit, then a move ("cho bên em gia hạn nhé"), or "cho" and more time ("anh cho thêm thời gian");
 * - a move "giúp/hộ" or "cho" the unit ("gia hạn giúp em", "lùi hạn cho bên em với");
 * - the unit needing more time ("bên em cần thêm vài ngày").
 */
const ASKS = [
  new RegExp(`(?:^|[^a-z0-9])(xin|de nghi|kien nghi|de xuat|mong|nho)\\s+(?:${COURTESY}\\s+){0,4}(?:${MOVE}|${MORE_TIME})(?![a-z])`),
  new RegExp(`(?:^|[^a-z0-9])(cho)\\s+(?:${US}\\s+(?:${COURTESY}\\s+){0,2}${MOVE}|(?:${US}\\s+)?${MORE_TIME})(?![a-z])`),
  new RegExp(`(?:^|[^a-z0-9])(${MOVE})\\s+(?:giup|gium|dum|(?:ho|cho)\\s+${US})(?![a-z])`),
  new RegExp(`(?:^|[^a-z0-9])(${NEEDING})\\s+(?:rat\\s+)?(?:can|muon)\\s+${MORE_TIME}`),
];
/** Right before the ask, as typed: it is not being made now ("không xin gia hạn", "đã xin gia hạn rồi", "được đề nghị gia hạn"). */
const NOT_ASKING_NOW = ['không', 'khong', 'ko', 'k', 'chưa', 'chua', 'đã', 'da', 'được', 'duoc', 'khỏi', 'khoi', 'chẳng', 'chang'];
/** Two words before, folded: "không cần xin", "chưa phải xin" (not "đã": "Dạ em xin" folds the same). */
const DENIED_BEFORE = ['khong', 'ko', 'chua', 'khoi', 'chang'];
/** Within three words after the ask, "rồi" tells it as done ("anh cho em gia hạn rồi", "xin thêm thời gian rồi"). */
const TOLD_AS_DONE = /^(?:\s+(?!vi\b|do\b)[^\s,.;!?]+){0,3}\s+roi(?![a-z])/;
/** What ends a clause (not the dot of "5.12.2023"): the rest of the reply is read for a report of its own. */
const CLAUSE_END = /[,;!?]|\.(?!\d)/g;
/** A clause that gives the reason ("lý do: chờ kinh phí", "vì thiếu người") belongs to the ask, not to the rest. */
const REASON_CLAUSE = /^\s*(?:bởi vì|boi vi|tại vì|tai vi|lý do|li do|lí do|ly do|vì|vi|do)(?![\p{L}\p{M}])/iu;
/** The requested date after the ask: "đến 30/10/2023", "tới ngày 5/11", "sang 15.12", or the date right after the verb. */
const DATE_AFTER =
  /^\s*(?:them\s+)?(?:(?:den|toi|sang|thanh|qua)\s+)?(?:het\s+)?(?:ngay\s+)?(\d{1,2}[/.-]\d{1,2}(?:[/.-](?:\d{4}|\d{2}))?)(?![\d/.-]*\d)|(?:^|[^a-z])(?:den|toi|sang|thanh)\s+(?:het\s+)?(?:ngay\s+)?(\d{1,2}[/.-]\d{1,2}(?:[/.-](?:\d{4}|\d{2}))?)(?![\d/.-]*\d)/;
/** What opens the reason, as typed (with or without diacritics). */
const REASON = /(?:^|[\s,;(])(?:bởi vì|boi vi|tại vì|tai vi|lý do|li do|lí do|ly do|vì|vi|do)\s*:?\s+/iu;

/** One code unit folded to one: lower case, no diacritics, "đ" → "d" (a letter with its marks stays one letter). */
function foldLetter(letter: string): string {
  const folded = letter
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
  return folded.length === 1 ? folded : letter;
}

function foldLetters(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += foldLetter(text[i] ?? '');
  return folded;
}

/** The first ask made now, with where it starts and ends in the folded text, or null. */
function findAsk(typed: string, folded: string): { at: number; end: number } | null {
  const found = ASKS.flatMap((pattern) => {
    const ask = pattern.exec(folded);
    return ask ? [{ at: ask.index + ask[0].indexOf(ask[1] ?? ''), end: ask.index + ask[0].length }] : [];
  }).sort((a, b) => a.at - b.at);
  for (const ask of found) {
    const words = typed
      .slice(0, ask.at)
      .toLowerCase()
      .split(/[\s,;.]+/)
      .filter(Boolean);
    if (NOT_ASKING_NOW.includes(words.at(-1) ?? '')) continue;
    if (DENIED_BEFORE.includes(foldLetters(words.at(-2) ?? ''))) continue;
    if (TOLD_AS_DONE.test(folded.slice(ask.end))) continue;
    return ask;
  }
  return null;
}

/** Where the clause holding `from` ends: after the next clause mark, or at the end of the text. */
function clauseEnd(typed: string, from: number): number {
  CLAUSE_END.lastIndex = from;
  const mark = CLAUSE_END.exec(typed);
  return mark ? mark.index + 1 : typed.length;
}

/** The reply without the clause that holds the ask and the reason clauses right after it. */
function restBeside(typed: string, at: number, end: number): string {
  const marks = [...typed.slice(0, at).matchAll(CLAUSE_END)].map((m) => (m.index ?? 0) + 1);
  const start = marks.at(-1) ?? 0;
  let stop = clauseEnd(typed, end);
  while (stop < typed.length && REASON_CLAUSE.test(typed.slice(stop))) stop = clauseEnd(typed, stop);
  return `${typed.slice(0, start)} ${typed.slice(stop)}`
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;!?]+|[\s,;]+$/g, '')
    .trim();
}

/**
 * A reply that asks for more time on the task ("bên em xin gia hạn đến 30/10/2023 vì chưa bố trí được lực lượng",
 * "cho e xin thêm thời gian tháng này nha a", "cho bên em gia hạn nhé"), or null. It is a request to the steering
 * group, the same as /giahan, not a blocker; a request without a date still asks, with `date` null. The reason is what
 * follows "vì/do/lý do", else the whole reply.
 */
export function readExtensionRequest(text: string): ExtensionAsk | null {
  const typed = normalizeVietnamese(typeof text === 'string' ? text : '');
  const folded = foldLetters(typed);
  const ask = findAsk(typed, folded);
  if (!ask) return null;
  const after = ask.end;
  const dated = DATE_AFTER.exec(folded.slice(after));
  const date = dated ? (dated[1] ?? dated[2] ?? null) : null;
  const because = REASON.exec(typed.slice(after));
  const reason = because ? typed.slice(after + because.index + because[0].length).trim() : '';
  return { date, reason: reason.length > 0 ? reason : typed, rest: restBeside(typed, ask.at, ask.end) };
}
