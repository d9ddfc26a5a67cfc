import { PAST_TIMES } from './lexicon-doubts.ts';
import { COUNTED_OBJECTS, COUNTED_PARTS, WHOLE_BEFORE_COUNT } from './lexicon-extent.ts';
import { containsPhrase, isNumber, type PhraseMatch, phraseAt, phraseBefore } from './match-phrases.ts';

/** What one organises and then has held: a meeting, a ceremony, a session, a training, a signing. */
const EVENTS = [
  'hop',
  'hoi nghi',
  'le',
  'buoi',
  'tap huan',
  'sinh hoat',
  'ky cam ket',
  'hoi thi',
  'noi chuyen',
  'toa dam',
  'giao luu',
  'hoi thao',
  'tham',
  'dien tap',
  'cuoc thi',
  'doi thoai',
];
/** Between "tổ chức" and its event, words that say how far it got or what it started: not held whole. */
const NOT_HELD_WHOLE = ['duoc', 'trien khai', 'thuc hien', 'xong', 'chua', 'khong'];
const EVENT_WINDOW = 6;

/**
 * "Trường em đã tổ chức họp cha mẹ học sinh đầy đủ ở tất cả các lớp", "Bên em tổ chức hội nghị tổng kết
 * hôm qua rồi": an event organised and told past ("đã" before, "rồi" or a past time after) has been held —
 * the work done, as "xong" would say; "tổ chức" alone or ahead only starts or plans it. Not "đã tổ chức
 * được 3 buổi" (a count so far) nor "đã tổ chức triển khai" (the rollout begun).
 */
export function eventHeld(tokens: readonly string[], match: PhraseMatch): boolean {
  if (match.phrase !== 'to chuc') return false;
  const before = tokens.slice(Math.max(0, match.start - 3), match.start);
  const after = tokens.slice(match.end);
  const past = before.includes('da') || after.includes('roi') || containsPhrase(after, PAST_TIMES);
  if (!past) return false;
  for (let k = 0; k < Math.min(after.length, EVENT_WINDOW); k++) {
    if (phraseAt(after, k, NOT_HELD_WHOLE)) return false;
    if (phraseAt(after, k, EVENTS)) return !someDivisions(after);
  }
  return eventAsTopic(tokens, match);
}

/** After "diễn ra": how far it got, not the whole held ("đã diễn ra được 2 buổi", "đã diễn ra một nửa"). */
const NOT_TAKEN_PLACE_WHOLE = ['duoc', 'mot nua', 'phan', 'buoi dau', 'ngay dau'];

/**
 * "Buổi lễ kỷ niệm … đã diễn ra tốt đẹp sáng nay", "Buổi tiếp xúc cử tri đã diễn ra đúng kế hoạch": the event named
 * first as the topic, then "đã diễn ra" (took place) — held, as "đã tổ chức" says. Only with "đã" right before; not
 * "đang/sẽ diễn ra", not "đã diễn ra được …" (how far it got), not in a count of divisions or places.
 */
export function eventTookPlace(tokens: readonly string[]): boolean {
  const at = tokens.findIndex((token, k) => token === 'dien' && tokens[k + 1] === 'ra' && tokens[k - 1] === 'da');
  if (at < 0 || phraseAt(tokens, at + 2, NOT_TAKEN_PLACE_WHOLE)) return false;
  // "Dạ" reads as the particle "ạ" (normalize-reply.ts).
  const opener = phraseAt(tokens, 0, OPENERS) ?? phraseAt(tokens, 0, ['a']);
  let start = opener ? opener.end : 0;
  if (tokens[start] === 'cuoc') start++;
  const event = phraseAt(tokens, start, EVENTS);
  if (!event) return false;
  // "Hội nghị huyện", "hội nghị cấp tỉnh" (not "lễ mít tinh"): the body holding it follows the event's name.
  const holder = tokens[event.end] === 'cap' ? tokens[event.end + 1] : tokens[event.end];
  if (BODIES_ABOVE.includes(holder ?? '')) return false;
  return !someDivisions(tokens) && !atSomePlaces(tokens, at);
}

/** "Hội nghị huyện đã diễn ra": an event of a body above, not the unit's. */
const BODIES_ABOVE = ['huyen', 'tinh'];

/** Words that may open a clause before its topic: "Dạ", "Thưa anh". */
const OPENERS = ['da', 'thua anh', 'thua chi', 'bao cao anh', 'bao cao chi'];

/**
 * "Hội nghị sơ kết … bên em đã tổ chức sáng thứ Hai", "Buổi đối thoại … đã tổ chức hôm kia": the event named first as
 * the topic, then "đã tổ chức" — held, like "đã tổ chức hội nghị". Only with "đã" (a "rồi" or a past time alone may
 * close a list), and not "đã tổ chức được …" (how far it got) nor in a count of divisions.
 */
function eventAsTopic(tokens: readonly string[], match: PhraseMatch): boolean {
  if (tokens[match.start - 1] !== 'da' || phraseAt(tokens, match.end, NOT_HELD_WHOLE)) return false;
  const opener = phraseAt(tokens, 0, OPENERS);
  return phraseAt(tokens, opener ? opener.end : 0, EVENTS) !== null && !someDivisions(tokens) && !atSomePlaces(tokens, match.end);
}

/** "… đã tổ chức ở 2 chi đoàn": held at a count of places, whatever they are called (not "ở cả 5 thôn"). */
function atSomePlaces(tokens: readonly string[], from: number): boolean {
  return tokens.some((token, k) => k >= from && token === 'o' && isNumber(tokens[k + 1]));
}

/** "… họp dân ở 3 thôn": held in a count of the task's divisions, not said to be all of them ("ở cả 5 thôn", "tất cả 9 tổ" are). */
function someDivisions(tokens: readonly string[]): boolean {
  return tokens.some((token, k) => {
    if (!isNumber(token)) return false;
    const noun = phraseAt(tokens, k + 1, COUNTED_PARTS);
    return noun !== null && !COUNTED_OBJECTS.includes(noun.phrase) && !phraseBefore(tokens, k, WHOLE_BEFORE_COUNT);
  });
}
