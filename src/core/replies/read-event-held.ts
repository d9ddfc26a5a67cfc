import { PAST_TIMES } from './lexicon-doubts.ts';
import { containsPhrase, type PhraseMatch, phraseAt } from './match-phrases.ts';

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
  'kham',
  'tiem',
  'cuoc thi',
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
    if (phraseAt(after, k, EVENTS)) return true;
  }
  return false;
}
