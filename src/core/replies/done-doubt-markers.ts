import { ACTIVITY_VERBS, DONE_PHRASES, START_VERBS } from './lexicon.ts';
import { FUTURE_TIMES } from './lexicon-done-standing.ts';
import { NOT_RELAY, SELF_SUBJECTS, TOPIC_HEADS } from './lexicon-clause-roles.ts';
import {
  AHEAD_OF_DONE,
  ALMOST_AFTER,
  LATER_TODAY,
  NEXT_DAYS,
  PAST_TIMES,
  TIME_SPANS,
  PREPARATORY_OBJECTS,
  TAKEN_BACK,
  RUNNING_TIMES,
  HEDGES,
  HOW_COULD_AFTER,
  HOW_COULD_BEFORE,
  NEAR_NEGATIONS,
  NOT_HEDGES,
  NOTHING_AMISS,
  PREP_BEFORE_DONE,
} from './lexicon-doubts.ts';
import { FORWARDED, TOLD_BY } from './lexicon-others.ts';
import { containsPhrase, isNumber, phraseAt, phraseBefore } from './match-phrases.ts';
import { firstContent, recordAsked, saidBySomeoneElse } from './done-doubt-others.ts';
import { aboutAnotherOccasionByClause } from './detect-other-occasion.ts';
import { reportsForUnit } from './detect-reporting-for-unit.ts';
import { thisAfterContrast } from './read-clause-roles.ts';
import { LATER_TODAY_PARTS, toldPastToday } from './read-past-today.ts';
import { SIGNATURES } from './detect-signature-condition.ts';
import { conditional, conditionBefore, opensOnAlternative, opensOnCondition } from './done-doubt-conditions.ts';
import {
  continuesLater,
  leavesOut,
  leftBeforeDone,
  namesAJob,
  notYetAfter,
  onlySoFar,
  opensOnRestOfWork,
  partAhead,
  restLeft,
  stepLeft,
} from './done-doubt-work-left.ts';
import { readSignals } from './read-signals.ts';
import { namesNumberedPart } from './detect-numbered-part.ts';
import { eventHeld, eventTookPlace } from './read-event-held.ts';
import { errandForOthers } from './detect-errand.ts';
import { AFTER_EVENT, begunAfter, meetingBefore, reachedSome, startAfterAt, stillChecking } from './done-doubt-first-steps.ts';
import type { Clause, ClauseRole, Signal } from './types.ts';

/**
 * The strict half of the guard on "done": markers that, beside a completion word, make it something
 * other than a plain, first-person, unqualified "this unit finished this task". Any of them turns a
 * "done" into a low-confidence ask, whatever else the reply says.
 */
export interface StrictDoubts {
  /** "chắc là xong", "hình như nộp rồi", "tạm xong", "xong rồi chắc vậy", "về cơ bản đã hoàn thành" */
  hedge: boolean;
  /** "nếu không mưa thì xong", "miễn phường ký là xong" */
  condition: boolean;
  /** the condition waits on an approval or a signature ("miễn phường ký là xong") */
  conditionOnApproval: boolean;
  /** "sáng mai là xong hết rồi", "tối nay em nộp là xong", "phấn đấu trước 30/4 hoàn thành" */
  ahead: boolean;
  /** a negation a few words before the done word: "chưa xong hẳn", "không dám nói là xong" */
  negatedNearby: boolean;
  /** work left in another clause: "trừ 2 hộ", "riêng tổ 5 chưa nộp", "mấy hộ vắng em chưa rà" */
  workLeft: boolean;
  /** a numbered part in the done clause: "đợt 1 xong rồi", "giai đoạn 1 đã hoàn thành", "KP3 xong" */
  numberedPart: boolean;
  /** the done word names what comes before this work starts: "thi xong mới tổ chức", "xong đợt tiêm chủng em mới làm việc này" */
  startsAfter: boolean;
  /** the done word is an event's that came first: "sau khi họp dân xong", "họp xong bên em đã bắt đầu làm" */
  eventBefore: boolean;
  /** someone else says it or it is their share: "thầy hiệu trưởng báo trường đã xong", "phần của công an" */
  saidBySomeoneElse: boolean;
  /** a step that chases others or prepares: "đã gửi công văn đôn đốc", "xong kế hoạch triển khai" */
  preparatory: boolean;
  /** another round or year of the work: "đợt trước", "năm ngoái" */
  otherOccasion: boolean;
  /** asks the lead to record it done ("anh cứ ghi là hoàn thành giúp em"): reports nothing */
  recordRequest: boolean;
  /** a clause about another task, and no done clause that names this one ("việc này xong rồi") */
  otherTask: boolean;
  /** a done clause names the unit as its subject ("bên em đã xong", "phường em thì xong"): first person */
  firstPerson: boolean;
  /** words between quotation marks */
  quoted: boolean;
}

/** Hedges that say it alone, in a clause of their own: "xong rồi, chắc vậy", "…, em không nhớ rõ". */
const STANDALONE_HEDGES = ['chac vay', 'chac the', 'khong nho', 'khong chac', 'chua chac', 'khong ro', 'chua ro', 'cho chac'];
/** Before "đâu": a word of its own ("bắt đầu", "ban đầu", "đóng dấu"); after it, "đầu tiên", "đầu tuần". */
const HEAD_WORDS = ['bat', 'ban', 'luc', 'tu', 'hang', 'dung', 'mo', 'lan', 'buoc', 'dot', 'hang dau', 'dong', 'danh'];
const HEAD_AFTER = ['tien', 'tuan', 'thang', 'nam', 'gio', 'quy', 'ky', 'ra', 'vao'];
const NEGATION_WINDOW = 4;
/** Right before a done word: later in the day (not "tối", which folds like "tôi"). */
const DAY_PARTS_AHEAD = ['chieu', 'trua', 'chieu nay', 'trua nay', 'toi nay', 'chieu ni', 'toi ni', 'trua ni'];

export function strictDoubts(clauses: readonly Clause[], roles: readonly ClauseRole[], signalsByClause: readonly (readonly Signal[])[]): StrictDoubts {
  const doubts: StrictDoubts = {
    hedge: false,
    condition: false,
    conditionOnApproval: false,
    ahead: false,
    negatedNearby: false,
    workLeft: false,
    preparatory: false,
    otherOccasion: false,
    recordRequest: false,
    startsAfter: false,
    eventBefore: false,
    numberedPart: false,
    saidBySomeoneElse: false,
    otherTask: false,
    firstPerson: false,
    quoted: clauses.some((clause) => clause.quoted === true && !quotedName(clause)),
  };
  let namesThisTask = false;
  let doneSeen = false;
  let meetingDone = false;
  let ownDoneClause = false;
  // A done read from a figure ("đạt 100% kế hoạch đợt 1") has no done word: every telling clause is its clause.
  const fromFigure = !signalsByClause.some((signals, i) => roles[i] === 'tell' && signals.some((s) => s.status === 'done'));
  const otherOccasion = aboutAnotherOccasionByClause(
    clauses.map((clause, i) => (roles[i] === 'tell' ? clause.tokens : [])),
    clauses.map((clause) => clause.tokens),
  );
  clauses.forEach((clause, i) => {
    if (roles[i] !== 'tell') return;
    const tokens = clause.tokens;
    if (containsPhrase(withoutNotHedges(tokens), STANDALONE_HEDGES) || containsPhrase(tokens, TAKEN_BACK)) doubts.hedge = true;
    if (i > 0 && stillChecking(tokens)) doubts.hedge = true;
    if (leavesOut(tokens) || onlySoFar(tokens)) doubts.workLeft = true;
    if (phraseAt(tokens, firstContent(tokens), FORWARDED) || toldBy(tokens)) doubts.saidBySomeoneElse = true;
    if (!fromFigure && !signalsByClause[i]?.some((s) => s.status === 'done')) {
      // "Phường em xong nhiệm vụ này rồi, còn việc tuyên truyền thì tuần sau": beside this task named done, another job's plans.
      if (namesThisTask && (namesAJob(tokens) || (tokens[0] === 'con' && namesAJob(tokens.slice(1))))) return;
      // "…, một số hộ vắng sẽ bổ sung sau", "…, tuần sau em rà tiếp": work still ahead after the done.
      const ahead = (signalsByClause[i]?.some((s) => s.tag.startsWith('start_ahead')) === true || continuesLater(tokens)) && !namesAJob(tokens);
      if (doneSeen && startAfterAt(tokens, 0) && !opensOnRestOfWork(tokens)) doubts.startsAfter = true;
      // "Em họp dân xong rồi, chiều qua bắt đầu đi thu, được mấy chục hộ": the meeting is done, the work only begun.
      if (meetingDone && (signalsByClause[i]?.some((s) => s.tag.startsWith('start:')) === true || reachedSome(tokens))) doubts.eventBefore = true;
      if (!doneSeen && leftBeforeDone(tokens)) doubts.workLeft = true;
      if (doneSeen && (finishesOff(tokens) || notYetAfter(tokens) || stepLeft(tokens) || restLeft(tokens) || partAhead(tokens) || ahead))
        doubts.workLeft = true;
      return;
    }
    doneSeen = true;
    const at = doneWordsAt(tokens);
    if (namesThis(tokens)) namesThisTask = true;
    if (at.some((k) => containsPhrase(tokens.slice(0, k), SELF_SUBJECTS))) doubts.firstPerson = true;
    if (hedged(tokens)) doubts.hedge = true;
    const previous = i > 0 && roles[i - 1] === 'tell' ? (clauses[i - 1]?.tokens ?? []) : [];
    const next = i + 1 < clauses.length && roles[i + 1] === 'tell' ? (clauses[i + 1]?.tokens ?? []) : [];
    if (conditional(tokens) || opensOnCondition(previous) || at.some((k) => conditionBefore(tokens, k)) || opensOnAlternative(next)) {
      doubts.condition = true;
      if (containsPhrase(tokens, SIGNATURES) || containsPhrase(previous, SIGNATURES)) doubts.conditionOnApproval = true;
    }
    if (at.some((k) => aheadOf(tokens, k))) doubts.ahead = true;
    if (at.some((k) => startAfterAt(tokens, k + 1))) doubts.startsAfter = true;
    if (at.some((k) => containsPhrase(tokens.slice(0, k), AFTER_EVENT) || begunAfter(tokens, k + 1))) doubts.eventBefore = true;
    if (at.some((k) => meetingBefore(tokens, k))) meetingDone = true;
    // "không còn hộ nào chưa ký", "số hộ chưa kê khai: 0": the "chưa" is the whole done, told by a double negation.
    const noneLeft = signalsByClause[i]?.some((s) => s.tag === 'done:none_left' || s.tag === 'done:zero_left') === true;
    if (!noneLeft && (at.some((k) => negatedNear(tokens, k, clause.notNegation ?? [])) || notYetAfterDone(tokens, at[0] ?? tokens.length)))
      doubts.negatedNearby = true;
    if (namesNumberedPart(tokens)) doubts.numberedPart = true;
    const doneLater = signalsByClause.some((signals, j) => j > i && roles[j] === 'tell' && signals.some((s) => s.status === 'done'));
    if (at.some((k) => preparesAt(tokens, k, doneLater))) doubts.preparatory = true;
    if (otherOccasion[i]) doubts.otherOccasion = true;
    const asksRecord = !tokens.includes('da') && at.some((k) => recordAsked(tokens, k));
    if (asksRecord) doubts.recordRequest = true;
    else if (at.some((k) => containsPhrase(tokens.slice(0, k), SELF_SUBJECTS))) ownDoneClause = true;
    if (saidBySomeoneElse(tokens, at, clause.notSpeech)) doubts.saidBySomeoneElse = true;
  });
  // "Anh tích hoàn thành cho ấp em nghen, ấp em làm xong hết rồi": beside the request to record it, the unit says it finished.
  if (ownDoneClause) doubts.recordRequest = false;
  doubts.otherTask = roles.includes('other_task') && !namesThisTask;
  if (errandForOthers(clauses)) doubts.saidBySomeoneElse = true;
  // "Em là văn thư, báo thay anh PCT: phường đã hoàn tất …": the head's words typed by a clerk are the unit's own report.
  if (clauses.some((clause) => reportsForUnit(clause.tokens))) doubts.saidBySomeoneElse = false;
  return doubts;
}

/** 'Đã xong "rà soát danh sách" rồi': words between quotation marks that say no status (at most name an activity) only name something. */
export function quotedName(clause: Clause | undefined): boolean {
  if (clause?.quoted !== true) return false;
  return readSignals({ tokens: clause.tokens, asked: false }).every((s) => s.status === 'in_progress' && !s.strong);
}

/** Where done words start in a clause (the clause's end when its done was read from other words). */
function doneWordsAt(tokens: readonly string[]): number[] {
  const at: number[] = [];
  for (let k = 0; k < tokens.length; k++) if (phraseAt(tokens, k, DONE_PHRASES)) at.push(k);
  if (at.length > 0) return at;
  // "đã tổ chức cho học sinh ký cam kết không đốt pháo": an event held stands at its "tổ chức", not at the clause's end.
  const held = tokens.findIndex((_, k) => {
    const organised = phraseAt(tokens, k, ['to chuc']);
    return organised !== null && eventHeld(tokens, organised);
  });
  if (held >= 0) return [held];
  // "Cuộc họp … đã diễn ra tối thứ Năm": an event that took place stands at its "diễn ra" ("tối" after it is no time ahead).
  const tookPlace = tokens.findIndex((token, k) => token === 'dien' && tokens[k + 1] === 'ra' && eventTookPlace(tokens));
  return [tookPlace >= 0 ? tookPlace : tokens.length];
}

/** "việc này", "cái rà soát này", "nhiệm vụ này": the clause names this task. */
function namesThis(tokens: readonly string[]): boolean {
  if (thisAfterContrast(tokens)) return true;
  for (let k = 0; k < tokens.length; k++) {
    const head = phraseAt(tokens, k, TOPIC_HEADS);
    if (head && tokens.slice(head.end, head.end + 3).includes('nay')) return true;
  }
  return false;
}

/** The clause without the words that only look like hedges ("hàng không rõ nguồn gốc"). */
function withoutNotHedges(tokens: readonly string[]): string[] {
  const kept: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const certain = notHedgeAt(tokens, k);
    if (certain) k = certain.end - 1;
    else kept.push(tokens[k] ?? '');
  }
  return kept;
}

/** A look-alike of a hedge at k; "lẽ ra quân số đủ thì …" is still "lẽ ra". */
function notHedgeAt(tokens: readonly string[], k: number): { end: number } | null {
  const certain = phraseAt(tokens, k, NOT_HEDGES);
  if (certain?.phrase === 'le ra quan' && tokens[certain.end] === 'so') return null;
  return certain;
}

function hedged(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const certain = notHedgeAt(tokens, k);
    if (certain) {
      k = certain.end - 1;
      continue;
    }
    if (phraseAt(tokens, k, HEDGES)) return true;
  }
  return false;
}

/**
 * Before "là <done>" (at `la`), with no "đã": later today ("chiều ni là xong rồi"), a stretch of time to
 * come ("2 bữa nữa là xong"), or a day or date ahead ("đến 20/5 là hoàn thành"). A stretch or a date with
 * "rồi" after the done may be past ("làm 2 ngày là xong rồi"): only later today and "nữa" keep it ahead then.
 */
function finishTimeAhead(tokens: readonly string[], la: number, done: { end: number } | null): boolean {
  const before = tokens.slice(0, la);
  if (before.includes('da') || containsPhrase(before, PAST_TIMES)) return false;
  const since = Math.max(0, la - 4);
  const near = tokens.slice(since, la);
  if (near.some((_, j) => phraseAt(near, j, LATER_TODAY)?.end === near.length)) return true;
  if (near.includes('nua') || near.some((_, j) => phraseAt(near, j, NEXT_DAYS)?.end === near.length)) return true;
  // "tí em gửi là xong", "chiều nay em nộp là xong": later today, anywhere before.
  if (containsPhrase(before, LATER_TODAY)) return true;
  const past = done !== null && tokens.slice(done.end).includes('roi');
  if (past) return false;
  const span = near.some((token, j) => (isNumber(token) || token === 'may' || token === 'vai') && TIME_SPANS.includes(near[j + 1] ?? ''));
  const dated = near.some((token, j) => (token === 'den' || token === 'toi' || token === 'ngay') && isNumber(near[j + 1]));
  return span || dated || containsPhrase(near, FUTURE_TIMES);
}

/** After the done word (or its sending verb), an object that chases others or prepares: "đã gửi công văn đôn đốc", "xong kế hoạch". */
function preparesAt(tokens: readonly string[], doneAt: number, doneLater: boolean): boolean {
  const done = phraseAt(tokens, doneAt, DONE_PHRASES);
  if (!done) return false;
  // "chuẩn bị xong", "lên kế hoạch xong": getting ready finished (not "đã chuẩn bị xong, nộp rồi").
  if (!doneLater && phraseBefore(tokens, doneAt, PREP_BEFORE_DONE)) return true;
  let k = done.end;
  while (k < tokens.length && ['roi', 'ban', 'cai', 'het', 'xong'].includes(tokens[k] ?? '')) k++;
  const object = phraseAt(tokens, k, PREPARATORY_OBJECTS);
  // "hoàn thành kế hoạch", "đạt kế hoạch": the plan fulfilled is the work done.
  return object !== null && !(object.phrase.includes('ke hoach') && FULFILS.includes(done.phrase));
}

const FULFILS = ['hoan thanh', 'hoan tat', 'dat ke hoach', 'vuot ke hoach', 'dat chi tieu', 'vuot chi tieu'];

/** A finish ahead earlier in the clause, with no "đã" between it and the done word. */
/** After a weekday: a week already gone ("thứ Năm tuần trước", "thứ Ba vừa rồi"). */
const WEEK_GONE = ['tuan truoc', 'tuan roi', 'tuan qua', 'vua roi', 'vua qua'];

function aheadOf(tokens: readonly string[], doneAt: number): boolean {
  const done = phraseAt(tokens, doneAt, DONE_PHRASES);
  // A done read without a done word ("thu đủ rồi", read-whole-done.ts) stands at the clause's end: its "rồi" is before it.
  const past =
    tokens.slice(0, doneAt).includes('da') ||
    (done !== null && tokens.slice(done.end).includes('roi') && !phraseAt(tokens, done.end, ALMOST_AFTER)) ||
    (done === null && tokens.includes('roi'));
  if (done) {
    // "xong đến nơi rồi": nearly there; "xong trước 20/4": a deadline promised, nothing past.
    if (phraseAt(tokens, done.end, ALMOST_AFTER)) return true;
    if (!past && tokens[done.end] === 'truoc' && isNumber(tokens[done.end + 1])) return true;
  }
  // "Trong tuần này bên em dứt điểm", "cuối tháng này hoàn thành": a time still running before the done word, nothing past.
  if (!past && containsPhrase(tokens.slice(0, doneAt), RUNNING_TIMES)) return true;
  // "tuần này là xong", "trong tháng này là hoàn thành": by a time still running.
  if (tokens[doneAt - 1] === 'la' && !tokens.slice(0, doneAt).includes('da') && containsPhrase(tokens.slice(0, doneAt), RUNNING_TIMES)) return true;
  if (tokens[doneAt - 1] === 'la' && finishTimeAhead(tokens, doneAt - 1, done)) return true;
  // "…, chiều xong", "trưa nay xong": a part of the day still to come right before the done word, nothing past.
  if (!past && phraseBefore(tokens, doneAt, DAY_PARTS_AHEAD) && !tokens.slice(0, doneAt).includes('da')) return true;
  // "vài bữa nữa xong", "2 tiếng nữa hoàn thành": a stretch of time still to run before the done word.
  if (tokens.slice(Math.max(0, doneAt - 3), doneAt).some((token, j, near) => token === 'nua' && TIME_SPANS.includes(near[j - 1] ?? ''))) return true;
  for (let k = doneAt - 1; k >= 0; k--) {
    if (tokens[k] === 'da') return false;
    const ahead = phraseAt(tokens, k, AHEAD_OF_DONE);
    if (ahead && !(LATER_TODAY_PARTS.includes(ahead.phrase) && toldPastToday(tokens, done?.end ?? doneAt + 1))) return true;
    const time = phraseAt(tokens, k, FUTURE_TIMES);
    const day = time !== null && (time.phrase !== 'thu' || isNumber(tokens[k + 1]));
    // "Sáng thứ Năm tuần trước là xong rồi": a weekday of a week gone by is past.
    const gone = time !== null && phraseAt(tokens, time.end, WEEK_GONE) !== null;
    if (time && day && !gone && !['hom', 'tu', 'nghiem', 'chi', 'co', 'ban'].includes(tokens[k - 1] ?? '')) return true;
  }
  return false;
}

/** "…, kho thuốc chiều nay kiểm nốt": the last of the work finished off ahead, nothing told past in the clause. */
function finishesOff(tokens: readonly string[]): boolean {
  return tokens.includes('not') && !tokens.includes('da') && !tokens.includes('roi');
}

/** After the done word, "chưa" and a verb of the work: "phần gửi lên quận em chưa gửi", "xong bản nháp, chưa nộp" (not "chưa có gì vướng"). */
function notYetAfterDone(tokens: readonly string[], doneAt: number): boolean {
  for (let k = doneAt + 1; k < tokens.length - 1; k++) {
    if (tokens[k] !== 'chua') continue;
    const verb = tokens[k + 1] === 'duoc' ? k + 2 : k + 1;
    if (
      phraseAt(tokens, verb, DONE_PHRASES) ||
      phraseAt(tokens, verb, START_VERBS) ||
      phraseAt(tokens, verb, ACTIVITY_VERBS) ||
      phraseAt(tokens, verb, WORK_STEPS)
    )
      return true;
  }
  return false;
}
const WORK_STEPS = ['gui', 'ky', 'trinh', 'chuyen', 'in', 'scan', 'dong dau', 'nhap'];

/** A negation in the few words before the done word (not "không có vướng mắc", "bắt đầu"), or "đâu" just after it. */
function negatedNear(tokens: readonly string[], doneAt: number, notNegation: readonly number[]): boolean {
  for (let k = Math.max(0, doneAt - NEGATION_WINDOW); k < doneAt; k++) {
    if (notNegation.includes(k)) continue;
    const negation = phraseAt(tokens, k, NEAR_NEGATIONS);
    // "chưa ai báo xong", "không ai làm xong": nobody did it (not "không ai phản ánh gì").
    const nobodyDid = tokens[negation?.end ?? -1] === 'ai' && doneAt - (negation?.end ?? 0) <= 3;
    if (!negation || negation.end > doneAt || (phraseAt(tokens, negation.end, NOTHING_AMISS) && !nobodyDid)) continue;
    if (tokens[k] === 'dau' && !deniesWithDau(tokens, k)) continue;
    // "làm tới đâu xong tới đó": as far as it goes, not the rhetorical "đâu".
    if (tokens[k] === 'dau' && ['toi', 'den'].includes(tokens[k - 1] ?? '') && tokens.includes('do', k + 1)) continue;
    return true;
  }
  for (let k = doneAt + 1; k < Math.min(tokens.length, doneAt + 4); k++)
    if (tokens[k] === 'dau' && !notNegation.includes(k) && deniesWithDau(tokens, k)) return true;
  return howCould(tokens, doneAt);
}

/** "sao mà xong kịp được", "làm sao xong nổi", "hoàn tất sao được", "xong sao nổi": rhetorical denial (not "bản sao"). */
function howCould(tokens: readonly string[], doneAt: number): boolean {
  const done = phraseAt(tokens, doneAt, DONE_PHRASES);
  // "hoàn thành nội dung được giao": "nội dung", "nội bộ" are words of their own, not "nổi" (manage to).
  if (done && phraseAt(tokens, done.end, HOW_COULD_AFTER) && !phraseAt(tokens, done.end, NOT_RELAY)) return true;
  for (let k = Math.max(0, doneAt - 3); k < doneAt; k++) {
    // "bản sao", "sao chép", "sao lưu", "sao kê": other words.
    if (tokens[k - 1] === 'ban' || ['chep', 'luu', 'ke', 'y'].includes(tokens[k + 1] ?? '')) continue;
    const how = phraseAt(tokens, k, HOW_COULD_BEFORE);
    if (how && how.end <= doneAt) return true;
  }
  return false;
}

function deniesWithDau(tokens: readonly string[], k: number): boolean {
  return !HEAD_WORDS.includes(tokens[k - 1] ?? '') && !HEAD_AFTER.includes(tokens[k + 1] ?? '');
}

/** "được báo là", "theo tin …": the done heard from someone ("gửi kèm theo tin nhắn này" attaches, it hears nothing). */
function toldBy(tokens: readonly string[]): boolean {
  return tokens.some((_, k) => phraseAt(tokens, k, TOLD_BY) !== null && tokens[k - 1] !== 'kem');
}
