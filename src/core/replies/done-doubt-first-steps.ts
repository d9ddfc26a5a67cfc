/**
 * Doubts on a done that finished only a first step of the work: a meeting or training held before the work itself,
 * the work only begun or counted so far after it, a start that waits on something else ("… em mới làm việc này"),
 * and a done followed by a check still under way.
 */
import { FIRST_STEPS } from './lexicon-doubts.ts';
import { START_VERBS } from './lexicon.ts';
import { firstContent } from './done-doubt-others.ts';
import { containsPhrase, isNumber, phraseAt } from './match-phrases.ts';

/** A vague count: "mấy", "vài", "một số". */
const FEW = ['may', 'vai', 'it', 'mot so', 'mot it'];

/** From k on, "mới" and a verb or first step that starts the work: "… em mới làm việc này", "mới tính tới việc này". */
export function startAfterAt(tokens: readonly string[], from: number): boolean {
  for (let k = from; k < tokens.length - 1; k++) {
    if (tokens[k] !== 'moi') continue;
    const start = phraseAt(tokens, k + 1, [...START_VERBS, ...FIRST_STEPS]) ?? (tokens[k + 1] === 'duoc' ? phraseAt(tokens, k + 2, START_VERBS) : null);
    if (!start) continue;
    // "họp xong em mới triển khai được 2 tổ": "mới" is "only so far" before a count.
    // "mới làm được mấy tàu" (round 44): a vague count after "được" is so far too.
    const fewSoFar = tokens[start.end] === 'duoc' && phraseAt(tokens, start.end + 1, FEW) !== null;
    if (!fewSoFar && !tokens.slice(start.end, start.end + 4).some(isNumber)) return true;
  }
  return false;
}

/** Before a done word: the finish is of an event that comes first ("sau khi họp dân xong …"). */
export const AFTER_EVENT = ['sau khi', 'xong xuoi thi'];
/** "…, nhưng em đang đối chiếu lại với bên thống kê": after the done, a turn to checking it still under way. */
export function stillChecking(tokens: readonly string[]): boolean {
  const start = firstContent(tokens);
  if (!['nhung', 'ma'].includes(tokens[start] ?? '')) return false;
  const ongoing = tokens.indexOf('dang', start + 1);
  return ongoing >= 0 && ongoing <= start + 4 && tokens.slice(ongoing + 1, ongoing + 4).some((_, j) => phraseAt(tokens, ongoing + 1 + j, CHECKING) !== null);
}
const CHECKING = ['doi chieu', 'kiem tra lai', 'ra lai', 'soat lai', 'xem lai', 'check lai', 'doi soat'];

/** Within three words before the done word, a meeting: "họp dân xong", "tổ chức họp tổ xong", "tập huấn cho các tổ xong". */
export function meetingBefore(tokens: readonly string[], doneAt: number): boolean {
  return containsPhrase(tokens.slice(Math.max(0, doneAt - 4), doneAt), MEETINGS);
}
const MEETINGS = ['hop', 'tap huan', 'hoi nghi', 'quan triet'];

/** "đi vận động được 30 hộ", "được mấy chục hộ": a count of the work reached so far. */
export function reachedSome(tokens: readonly string[]): boolean {
  return tokens.some((token, k) => token === 'duoc' && (isNumber(tokens[k + 1]) || SOME.includes(tokens[k + 1] ?? '')));
}
const SOME = ['may', 'vai', 'mot so', 'mot it'];

/** Verbs that only start the work (not a bare "làm": "xong rồi em đã làm báo cáo"). */
const STARTS_ONLY = ['bat dau', 'bat tay', 'trien khai', 'khoi dong', 'tien hanh'];

/** From k on, "đã" or "mới" then a verb that starts the work: "họp xong bên em đã bắt đầu làm". */
export function begunAfter(tokens: readonly string[], from: number): boolean {
  for (let k = from; k < tokens.length - 1; k++) if ((tokens[k] === 'da' || tokens[k] === 'moi') && phraseAt(tokens, k + 1, STARTS_ONLY)) return true;
  return false;
}
