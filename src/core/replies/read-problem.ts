/**
 * A problem word in a clause ("vướng", "sự cố", "sạt lở") read as a blocker, unless it is cancelled, repaired,
 * only supposed, named as a topic that is over, or the place a finished or ongoing job dealt with.
 */
import { DONE_PHRASES } from './lexicon.ts';
import { FILLERS, NEGATIONS, PROBLEM_CANCELLERS } from './lexicon-modifiers.ts';
import { RESOLUTION_DOUBTS } from './lexicon-obstacles.ts';
import { modifierBefore, type PhraseMatch, phraseAt, phraseBefore } from './match-phrases.ts';
import { wholeToldDone } from './read-whole-done.ts';
import { wholeDone } from './read-past-over-whole.ts';
import { repairedFault } from './read-not-the-work.ts';
import type { Signal } from './types.ts';

/** After "ngập": the teller swamped ("ngập đầu", "ngập mặt", "ngập việc"), not the ground flooded ("ngập đầu gối" is). */
const SWAMPED = ['dau', 'mat', 'viec'];

/** Folded "mùa lũ", "mùa bão" (also "mưa lũ", "mưa bão"): seasons that may name a span of time. */
const SEASONS = ['mua lu', 'mua bao'];
/** Before a season told as a span ("hết", "suốt", "trong", "qua", "sau"): its time, not the hazard now. */
const SPAN_BEFORE = ['het', 'suot', 'trong', 'qua', 'sau'];
/** After a season: it passing or not yet ("mùa lũ chưa qua", "mùa bão qua rồi"). */
const SPAN_AFTER = ['chua qua', 'chua het', 'qua roi', 'da qua', 'het roi', 'da het'];

const NO_PROBLEM_AFTER = ['khong', 'khong co', 'chua co', 'khong co gi', 'chua phat sinh'];

/**
 * Before a hazard, a place or a risk named by it, or those who suffered it: "vùng sạt lở", "khu vực ngập", "nguy cơ
 * sạt lở", "hộ bị ngập úng".
 */
const HAZARD_PLACES = ['vung', 'khu vuc', 'diem', 'o vung', 'nguy co', 'ho bi', 'nha bi', 'gia dinh bi'];

export function readProblem(tokens: readonly string[], match: PhraseMatch): Signal | null {
  // "giả sử có đủ kinh phí": "giả sử có" folds over "sự cố" (an incident).
  if (match.phrase === 'su co' && tokens[match.start - 1] === 'gia') return null;
  const canceller = modifierBefore(tokens, match.start, { cancel: PROBLEM_CANCELLERS }, FILLERS);
  // "đang tháo gỡ vướng mắc", "cần giải quyết khó khăn": the problem is still there.
  const stillBeingSolved = canceller !== null && phraseBefore(tokens, canceller.match.start, RESOLUTION_DOUBTS) !== null;
  const cancelled = (canceller !== null && !stillBeingSolved) || phraseAt(tokens, match.end, NO_PROBLEM_AFTER) !== null;
  if (cancelled) return null;
  if (repairedFault(tokens, match.phrase, match.start)) return null;
  // "đang ngập đầu", "ngập mặt", "ngập việc": swamped with work, not a flood.
  if (match.phrase === 'ngap' && SWAMPED.includes(tokens[match.end] ?? '') && tokens[match.end + 1] !== 'goi') return null;
  // "tới hết mùa lũ", "suốt mùa bão", "chưa hết mùa lũ": the season as a span of time, or over (round 45).
  if (SEASONS.includes(match.phrase) && (SPAN_BEFORE.includes(tokens[match.start - 1] ?? '') || phraseAt(tokens, match.end, SPAN_AFTER))) return null;
  // "có gì vướng em báo sau", "có khó khăn gì em sẽ báo cáo": a snag only supposed.
  if (supposed(tokens, match)) return null;
  // "vụ kẹt chữ ký xong rồi": the problem named as a topic, then said to be over.
  if (['vu', 'chuyen', 'viec'].includes(tokens[match.start - 1] ?? '') && tokens.indexOf('xong', match.end) > 0) return null;
  // "di dời 6 hộ ở vùng sạt lở xong xuôi rồi": a place named by its hazard, with the work said done in the clause.
  // "cắm biển hết 6 điểm sạt lở": or the whole of such places worked on.
  if (
    (phraseBefore(tokens, match.start, HAZARD_PLACES) || placesNamedByHazard(tokens, match.start)) &&
    // "kiểm tra xong hết các điểm ngập": the done word may also come first, the hazard place its object.
    // "gạo cho bà con vùng ngập thôn em phát hết rồi": or told done over the whole.
    (tokens.some((_, k) => phraseAt(tokens, k, DONE_PHRASES) !== null) ||
      wholeDone(tokens) ||
      wholeToldDone(tokens) ||
      workingOn(tokens, match.start) ||
      doneOrReachedSoFar(tokens))
  )
    return null;
  return { status: 'blocked', strong: true, tag: `problem:${match.phrase}` };
}

/**
 * Beside a place named by its hazard: "… em chi hết rồi" (all of it, told past) or "… mới phát được xóm Trên" (so
 * far), with no negation in the clause ("vùng ngập chưa vào được" is kept out by the hazard).
 */
function doneOrReachedSoFar(tokens: readonly string[]): boolean {
  if (tokens.some((t) => NEGATIONS.includes(t))) return false;
  const allDone = tokens.some((t, k) => t === 'het' && tokens[k + 1] === 'roi' && k > 0);
  const moi = tokens.indexOf('moi');
  return allDone || (moi >= 0 && tokens.indexOf('duoc', moi + 2) > 0);
}

/** Plural determiners before a noun: "các", "những", "mấy". */
const PLURAL = ['cac', 'nhung', 'may'];
/** How many words of noun may stand between the determiner and the hazard ("các tuyến đường bị sạt lở"). */
const PLACE_NOUN_REACH = 3;

/** "các thôn bị cô lập", "mấy xóm bị ngập", "những hộ bị ngập": the places or people named by the hazard they suffered. */
function placesNamedByHazard(tokens: readonly string[], hazardAt: number): boolean {
  const nounEnd = tokens[hazardAt - 1] === 'bi' ? hazardAt - 1 : hazardAt;
  for (let k = nounEnd - 2; k >= Math.max(0, nounEnd - 1 - PLACE_NOUN_REACH); k--) if (PLURAL.includes(tokens[k] ?? '')) return true;
  return false;
}

/** "Em đang rà soát các điểm ngập": work under way with the hazard's places as its object (not "đang ở", "đang bị"). */
function workingOn(tokens: readonly string[], hazardAt: number): boolean {
  // "Gạo cho vùng ngập đang phát": the work may also be told after the place (not "vùng ngập đang lên").
  return tokens.some((token, k) => k !== hazardAt - 1 && token === 'dang' && !NOT_WORK_AFTER_DANG.includes(tokens[k + 1] ?? ''));
}
const NOT_WORK_AFTER_DANG = ['o', 'bi', 'ket', 'ngap', 'sat', 'len', 'cao', 'tang', 'dang', 'co', 'mua', 'chay'];

const SUPPOSING = ['co', 'co gi', 'neu', 'neu co', 'khi co', 'lo co'];
const THEN_TELL = ['bao', 'bao cao', 'xin', 'hoi', 'thi'];

function supposed(tokens: readonly string[], match: PhraseMatch): boolean {
  if (!phraseBefore(tokens, match.start, SUPPOSING)) return false;
  for (let i = match.end; i < Math.min(tokens.length, match.end + 5); i++) if (phraseAt(tokens, i, THEN_TELL)) return true;
  return false;
}
