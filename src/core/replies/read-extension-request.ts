import { normalizeVietnamese } from '../text/fold.ts';

/** A free-text reply that asks for a later deadline: the date as typed (null when none is named) and the reason. */
export interface ExtensionAsk {
  date: string | null;
  reason: string;
}

/**
 * The unit asking ("xin", "đề nghị", "kiến nghị" …), up to four courtesy words ("cho", "anh", "Ban Chỉ đạo"), then a
 * move of the deadline ("gia hạn", "lùi hạn", "dời hạn", "kéo dài thời hạn"). Matched on text folded letter by letter,
 * so the reason can be cut from the words as typed.
 */
const ASK =
  /(?:^|[^a-z0-9])(xin|de nghi|kien nghi|de xuat|mong|nho)\s+(?:(?:anh|chi|ban chi dao|bcd|cho|duoc|phep|em|ben em|don vi|them)\s+){0,4}(?:gia han|lui han|doi han|gian han|lui thoi han|doi thoi han|keo dai thoi han|keo dai han|dieu chinh han)(?![a-z])/;
/** Right before the ask, as typed: it is not being made now ("không xin gia hạn", "đã xin gia hạn rồi", "được đề nghị gia hạn"). */
const NOT_ASKING_NOW = ['không', 'khong', 'ko', 'k', 'chưa', 'chua', 'đã', 'da', 'được', 'duoc', 'khỏi', 'khoi', 'chẳng', 'chang'];
/** Two words before, folded: "không cần xin", "chưa phải xin" (not "đã": "Dạ em xin" folds the same). */
const DENIED_BEFORE = ['khong', 'ko', 'chua', 'khoi', 'chang'];
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

/**
 * A reply that asks for an extension of the task's deadline ("bên em xin gia hạn đến 30/10/2023 vì chưa bố trí được lực
 * lượng", "đề nghị cho gia hạn tới 15/11"), or null. It is a request to the steering group, the same as /giahan, not a
 * blocker; a request without a date still asks, with `date` null. The reason is what follows "vì/do/lý do", else the
 * whole reply.
 */
export function readExtensionRequest(text: string): ExtensionAsk | null {
  const typed = normalizeVietnamese(typeof text === 'string' ? text : '');
  const folded = foldLetters(typed);
  const ask = ASK.exec(folded);
  if (!ask) return null;
  const askAt = ask.index + ask[0].indexOf(ask[1] ?? '');
  const words = typed
    .slice(0, askAt)
    .toLowerCase()
    .split(/[\s,;.]+/)
    .filter(Boolean);
  if (NOT_ASKING_NOW.includes(words.at(-1) ?? '')) return null;
  if (DENIED_BEFORE.includes(foldLetters(words.at(-2) ?? ''))) return null;
  const after = ask.index + ask[0].length;
  const dated = DATE_AFTER.exec(folded.slice(after));
  const date = dated ? (dated[1] ?? dated[2] ?? null) : null;
  const because = REASON.exec(typed.slice(after));
  const reason = because ? typed.slice(after + because.index + because[0].length).trim() : '';
  return { date, reason: reason.length > 0 ? reason : typed };
}
