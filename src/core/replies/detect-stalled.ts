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
  return workersGone(tokens, true);
}

/** "thợ nghỉ 2 hôm nay", "nhà thầu bỏ … giữa chừng": the workers off or gone, a held-up state beside a step done (round 45). */
export function workersOff(tokens: readonly string[]): boolean {
  return workersGone(tokens, false);
}

function workersGone(tokens: readonly string[], walkedOffAlso: boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const workers = phraseAt(tokens, i, WORKERS);
    if (!workers) continue;
    for (let k = workers.end; walkedOffAlso && k <= Math.min(tokens.length - 1, workers.end + WORKERS_REACH); k++) if (phraseAt(tokens, k, LEFT)) return true;
    if (offForDays(tokens, workers.end) || walkedOffMidway(tokens, workers.end)) return true;
  }
  return false;
}

/** Days told after "nghỉ": "2 hôm nay", "mấy bữa nay", "cả tuần nay", "từ hôm qua" (round 45). */
const DAYS_OFF = /^(?:\d+|may|ca|hai|ba|bon|nam) (?:hom|bua|ngay|tuan) nay$|^tu (?:hom|bua|tuan) (?:qua|truoc)$/;

/** "thợ nghỉ 2 hôm nay", "công nhân nghỉ mấy bữa nay": the workers off for days, not a break at noon. */
function offForDays(tokens: readonly string[], at: number): boolean {
  if (tokens[at] !== 'nghi') return false;
  const next = tokens.slice(at + 1, at + 5).join(' ');
  return DAYS_OFF.test(next) || DAYS_OFF.test(tokens.slice(at + 1, at + 4).join(' '));
}

/** How many words the work may take between "bỏ" and "giữa chừng" ("bỏ công trình nhà văn hóa giữa chừng"). */
const MIDWAY_REACH = 6;

/** "nhà thầu bỏ công trình … giữa chừng": the workers walked off the work half done (round 45). */
function walkedOffMidway(tokens: readonly string[], at: number): boolean {
  if (tokens[at] !== 'bo') return false;
  for (let k = at + 1; k <= at + MIDWAY_REACH && k + 1 < tokens.length; k++) if (tokens[k] === 'giua' && tokens[k + 1] === 'chung') return true;
  return false;
}
