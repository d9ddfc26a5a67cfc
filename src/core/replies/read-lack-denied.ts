import { ANSWERING } from './lexicon-obstacles.ts';
import { type PhraseMatch, phraseBefore } from './match-phrases.ts';

/**
 * "không còn hộ nào thiếu", "không bị trả về hồ sơ nào", "không thiếu suất nào": a lack or a return
 * denied, said beside the work done, holds nothing up.
 */

/** How far back "không còn" may stand before "<noun> nào <lack>". */
const NONE_LEFT_REACH = 5;

export function lackDenied(tokens: readonly string[], start: number): boolean {
  if (phraseBefore(tokens, start, ['khong', 'khong he', 'chua he', 'khong co']) !== null) return true;
  if (tokens[start - 1] !== 'nao' && tokens[start - 1] !== 'ai') return false;
  for (let i = Math.max(0, start - 1 - NONE_LEFT_REACH); i < start - 1; i++) if (tokens[i] === 'khong' && tokens[i + 1] === 'con') return true;
  return false;
}

/** "văn bản trả lời kiến nghị của cử tri", "giải quyết kiến nghị": the requests answered are the work, not the unit asking. */
export function requestsAnswered(tokens: readonly string[], match: PhraseMatch): boolean {
  return match.phrase === 'kien nghi' && phraseBefore(tokens, match.start, ANSWERING) !== null;
}

/** Signals a rhetorical "gì đâu" may deny: a wait, a snag, a blocker. */
export const SNAG_CATEGORIES: readonly string[] = ['wait', 'problem', 'blocker', 'blockerWeak'];

/**
 * "Khó khăn gì đâu anh", "chờ gì nữa đâu", "vướng gì đâu" (round 43): the snag or the wait named, then
 * "gì (nữa/cả) đâu" right after, denies it; the clause holds nothing up.
 */
export function deniedAsked(tokens: readonly string[], end: number): boolean {
  if (tokens[end] !== 'gi') return false;
  const next = ['nua', 'ca'].includes(tokens[end + 1] ?? '') ? end + 2 : end + 1;
  return tokens[next] === 'dau';
}
