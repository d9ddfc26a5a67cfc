import { ANSWERING } from './lexicon-obstacles.ts';
import { isNumber, type PhraseMatch, phraseBefore } from './match-phrases.ts';

/**
 * "không còn hộ nào thiếu", "không bị trả về hồ sơ nào", "không thiếu suất nào": a lack or a return
 * denied, said beside the work done, holds nothing up.
 */

/** How far back "không còn" may stand before "<noun> nào <lack>". */
const NONE_LEFT_REACH = 5;

export function lackDenied(tokens: readonly string[], start: number): boolean {
  // "không ai thiếu", "chẳng ai thiếu" (round 44): no one lacking.
  if (phraseBefore(tokens, start, ['khong', 'khong he', 'chua he', 'khong co', 'khong ai', 'chang ai']) !== null) return true;
  if (tokens[start - 1] !== 'nao' && tokens[start - 1] !== 'ai') return false;
  for (let i = Math.max(0, start - 1 - NONE_LEFT_REACH); i < start - 1; i++) if (tokens[i] === 'khong' && tokens[i + 1] === 'con') return true;
  // "không tàu nào thiếu" (round 44): "không", one or two words of what, then "nào".
  if (tokens[start - 1] === 'nao' && [start - 3, start - 4].some((k) => tokens[k] === 'khong')) return true;
  return false;
}

/** "văn bản trả lời kiến nghị của cử tri", "giải quyết kiến nghị": the requests answered are the work, not the unit asking. */
export function requestsAnswered(tokens: readonly string[], match: PhraseMatch): boolean {
  return match.phrase === 'kien nghi' && phraseBefore(tokens, match.start, ANSWERING) !== null;
}

/** Signals a rhetorical "gì đâu" may deny: a wait, a snag, a blocker, work left ("còn gì nữa đâu", round 44). */
export const SNAG_CATEGORIES: readonly string[] = ['wait', 'problem', 'blocker', 'blockerWeak', 'remaining'];

/**
 * "Khó khăn gì đâu anh", "chờ gì nữa đâu", "vướng gì đâu" (round 43): the snag or the wait named, then
 * "gì (nữa/cả) đâu" right after, denies it; the clause holds nothing up.
 */
export function deniedAsked(tokens: readonly string[], end: number): boolean {
  if (tokens[end] !== 'gi') return false;
  const next = ['nua', 'ca'].includes(tokens[end + 1] ?? '') ? end + 2 : end + 1;
  return tokens[next] === 'dau';
}

/** How many words may name the parts between the count and "chưa". */
const PARTS_REACH = 3;

/**
 * "thiếu 3 tàu chưa có nhật ký", "còn thiếu 2 hộ chưa ký" (round 44): a count of the work's own parts not yet
 * done, work left, not a lack of what the unit needs ("thiếu 3 người" stays a lack).
 */
export function partsShortUndone(tokens: readonly string[], end: number): boolean {
  if (!isNumber(tokens[end])) return false;
  const window = tokens.slice(end + 1, end + 2 + PARTS_REACH);
  const at = window.indexOf('chua');
  // "thiếu 3 người nên chưa làm được": a cause, then what it holds up.
  return at > 0 && !window.slice(0, at).some((token) => ['nen', 'vi', 'do', 'thi', 'ma'].includes(token));
}
