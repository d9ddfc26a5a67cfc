import { containsPhrase, phraseAt } from './match-phrases.ts';
import type { Clause } from './types.ts';

/**
 * A blocker told as a state rather than with a blocker word: nobody left to do the work ("thôn không còn
 * người để làm"), the workers gone ("thợ bỏ ngang giữa chừng", "nhà thầu rút người về"), the work standing
 * still ("nên bên em cũng đứng im", "việc cũng dừng luôn"), nobody met ("xuống mấy lần không gặp ai"), or
 * tried and failed, then asking for help ("làm mãi không được, cần anh hướng dẫn").
 */

/** Nobody left to do it: folded phrases. */
const NOBODY_LEFT = [
  'khong con ai lam',
  'khong con ai de lam',
  'khong con nguoi lam',
  'khong con nguoi de lam',
  'khong co nguoi lam',
  'khong co nguoi de lam',
  'khong co ai lam',
  'het nguoi lam',
  'khong gap ai',
  'khong gap duoc ai',
  'chang gap ai',
];
/** Those who build or work for the unit. */
const WORKERS = ['tho', 'tho xay', 'nha thau', 'cong nhan', 'doi thi cong', 'don vi thi cong', 'ben thi cong', 'ben thau'];
/** Having walked off or pulled out. */
const LEFT = ['bo ngang', 'nghi ngang', 'bo do', 'rut nguoi', 'rut ve', 'bo ve', 'bo di', 'nghi het', 'bo viec'];
/** How far before its leaving the workers may be named ("mấy anh thợ xây nghỉ ngang"). */
const WORKERS_REACH = 3;
/** Standing still, as written (folded, "đứng im" and "dừng luôn" are "dùng", "dung"). */
const STANDING_STILL = ['đứng im', 'đứng yên', 'dừng luôn', 'dừng hẳn', 'nằm im', 'bỏ đó', 'đắp chiếu', 'đình trệ', 'ngưng trệ'];
/** Tried again and again, as written ("mãi" is no "mai", tomorrow). */
const TRIED = ['mãi', 'hoài', 'mấy lần', 'nhiều lần', 'bao lần'];
const FAILED = ['khong duoc', 'khong ra', 'bao loi', 'van loi', 'bi loi', 'khong vao duoc'];
const HELP = ['huong dan', 'chi giup', 'chi em', 'giup em', 'ho tro em', 'nho anh', 'nho chi'];

export function stalled(clauses: readonly Clause[], text: string): boolean {
  const written = text.normalize('NFC').toLowerCase();
  if (clauses.some(({ tokens }) => containsPhrase(tokens, NOBODY_LEFT) || workersLeft(tokens))) return true;
  if (STANDING_STILL.some((phrase) => written.includes(phrase))) return true;
  const failed = TRIED.some((phrase) => written.includes(phrase)) && clauses.some(({ tokens }) => containsPhrase(tokens, FAILED));
  return failed && clauses.some(({ tokens }) => containsPhrase(tokens, HELP));
}

function workersLeft(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const workers = phraseAt(tokens, i, WORKERS);
    if (!workers) continue;
    for (let k = workers.end; k <= Math.min(tokens.length - 1, workers.end + WORKERS_REACH); k++) if (phraseAt(tokens, k, LEFT)) return true;
  }
  return false;
}
