import { ACTIVITY_VERBS, DONE_PHRASES, FINISHING_ACTS, NEUTRAL_PHRASES, PREPARING, PROGRESS_STRONG_PHRASES, START_VERBS } from './lexicon.ts';
import { BLOCKER_PHRASES, BLOCKER_WEAK_PHRASES, PROBLEM_WORDS } from './lexicon-blockers.ts';
import { FILLERS, FUTURE_MARKERS, NEGATIONS, ONGOING_MARKERS } from './lexicon-modifiers.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import { FUTURE_TIMES, UNDONE_REDO, UNDONE_RETURNED } from './lexicon-done-standing.ts';
import { NOTHING_YET, NOTHING_YET_NOT_AFTER } from './lexicon-extent.ts';
import { MISSING_LEADS, RESOURCES } from './lexicon-obstacles.ts';
import { expectedAhead, INCEPTION, readDone } from './read-done.ts';
import { containsPhrase, indexOfPhrase, isNumber, modifierBefore, type PhraseMatch, phraseAt, phraseBefore, wordsMatchedAt } from './match-phrases.ts';
import { eventHeld, eventTookPlace } from './read-event-held.ts';
import {
  LATER_TODAY,
  eventAheadBefore,
  promisesAhead,
  startsAfterEventEnds,
  startsLater,
  waitsForEventToEnd,
  waitsForSeasonThenStarts,
} from './read-start-ahead.ts';
import { laterOnly, pendingApproval, readMissing, readWait, saysStuck, unableBecause, WAIT_PHRASES } from './read-context-signals.ts';
import { REMAINING_PHRASES, readRemaining } from './read-remaining.ts';
import { noneOfParts, someOfParts } from './read-parts-reached.ts';
import { wholeToldDone } from './read-whole-done.ts';
import { wholeDone } from './read-past-over-whole.ts';
import { deniedAsked, lackDenied, partsShortUndone, requestsAnswered, SNAG_CATEGORIES } from './read-lack-denied.ts';
import { deniedNoneFrom } from './read-none-of-denied.ts';
import { documentIssued } from './read-document-issued.ts';
import { sentToldPast } from './read-sent-past.ts';
import { awayAtAnotherDuty, givenBack, hardToSay, peopleInNeed, renewalNamed, repairedFault, wishOrBusyBefore } from './read-not-the-work.ts';
import { reasonAfterNegation } from './read-negation-reason.ts';
import { causeThenUnable } from './read-cause-unable.ts';
import { resumedNow } from './detect-resumed.ts';
import type { Clause, Signal } from './types.ts';
import { haltedFromAbove } from './detect-halt.ts';
import { heldUpState } from './read-held-up-states.ts';
import { closingAhead } from './detect-closing-ahead.ts';
import { awayAtAMeeting } from './detect-away-meeting.ts';
import { ranOutOfSupplies } from './detect-ran-out.ts';
import { notDeliveredToUnit } from './detect-not-delivered.ts';
import { goesOnToNextPart, restPutAhead } from './read-next-part.ts';
import { readProblem } from './read-problem.ts';

type Category =
  | 'neutral'
  | 'nothingYet'
  | 'done'
  | 'blocker'
  | 'missing'
  | 'wait'
  | 'undone'
  | 'redo'
  | 'blockerWeak'
  | 'problem'
  | 'ongoing'
  | 'remaining'
  | 'start'
  | 'activity';

const CONTEXTUAL: readonly Category[] = ['nothingYet', 'missing', 'wait', 'remaining'];

/** Ties between equally long phrases go to the earlier category. */
const CATEGORIES: ReadonlyArray<[Category, readonly string[]]> = [
  ['neutral', NEUTRAL_PHRASES],
  ['nothingYet', NOTHING_YET],
  ['done', DONE_PHRASES],
  ['blocker', BLOCKER_PHRASES],
  ['missing', MISSING_LEADS],
  ['wait', WAIT_PHRASES],
  ['undone', UNDONE_RETURNED],
  ['redo', UNDONE_REDO],
  ['blockerWeak', BLOCKER_WEAK_PHRASES],
  ['problem', PROBLEM_WORDS],
  ['ongoing', PROGRESS_STRONG_PHRASES],
  ['remaining', REMAINING_PHRASES],
  ['start', START_VERBS],
  ['activity', ACTIVITY_VERBS],
];

/** Ways of sending that say nothing of when without "đã" or "rồi". */
const DELIVERED_VIA = [
  'gui mail',
  'gui email',
  'gui qua mail',
  'gui qua email',
  'gui zalo',
  'gui qua zalo',
  'upload',
  'up len',
  'gui di',
  // and finishing acts that name no time ("sẽ phát hành", "chuẩn bị chốt sổ")
  ...FINISHING_ACTS,
];

/** "hồ sơ đề nghị", "tờ trình đề nghị", "văn bản đề xuất": the last word of a document's name. */
const FILE_BEFORE_REQUEST = ['so', 'trinh', 'ban', 'don', 'giay', 'phieu', 'sach'];

const MODIFIERS = { negation: NEGATIONS, future: FUTURE_MARKERS, ongoing: ONGOING_MARKERS } as const;

/** Status evidence in one clause, each word read with the negation or tense that governs it. */
export function readSignals(clause: Clause): Signal[] {
  const { tokens } = clause;
  const signals: Signal[] = [];
  const denied = deniedNoneFrom(tokens);
  let i = 0;
  while (i < tokens.length) {
    const found = longestAt(tokens, i);
    if (!found) {
      i++;
      continue;
    }
    const signal = interpret(tokens, found.category, found.match);
    // "…, không có hồ sơ nào phải bổ sung": a lack, fault or step ahead denied says nothing against the work.
    if (signal && !(denied >= 0 && found.match.start >= denied && signal.status !== 'done')) signals.push(signal);
    // A phrase read only in context ("còn", "chờ", "chưa có") that did not apply leaves its words to others.
    i = signal || !CONTEXTUAL.includes(found.category) ? found.match.end : i + 1;
  }
  if (!signals.some((s) => s.status === 'done')) {
    const whole = wholeDone(tokens) ?? wholeToldDone(tokens) ?? sentToldPast(tokens) ?? documentIssued(tokens);
    // "không còn hộ nào chưa ký / chưa nộp nữa": the "chưa … (nữa)" inside it is no step not begun, denied or partial done.
    const inside = ['done_negated', 'done_partly'];
    if (whole?.tag === 'done:none_left')
      for (let k = signals.length - 1; k >= 0; k--) if (signals[k]?.status === 'not_started' || inside.includes(signals[k]?.tag ?? '')) signals.splice(k, 1);
    if (whole) signals.push(whole);
  }
  // "UBND cho tạm hoãn ra quân", "phường cho hoãn đợt tuyên truyền": the unit's work halted from above.
  if (!signals.some((s) => s.status === 'blocked') && haltedFromAbove(tokens)) signals.push({ status: 'blocked', strong: true, tag: 'blocker:halted' });
  // "giờ ngồi làm lại từ đầu", "em đang ngồi nhập": "ngồi" before a verb of the work is the work going on.
  if (!signals.some((s) => s.status === 'in_progress' && s.strong) && resumedNow(tokens))
    signals.push({ status: 'in_progress', strong: true, tag: 'ongoing:resumed' });
  if (!signals.some((s) => s.status === 'in_progress' && s.strong) && sitsAtTheWork(tokens))
    signals.push({ status: 'in_progress', strong: true, tag: 'ongoing:ngoi' });
  // "em định cuối tuần làm cho xong", "mai làm nốt": finishing off work already under way.
  if (containsPhrase(tokens, FINISHING_OFF)) signals.push({ status: 'in_progress', strong: false, tag: 'finishing_off' });
  // "phòng chưa gửi mẫu biểu", "hệ thống một cửa lỗi": held up by a state of things around the unit.
  const heldUp = signals.some((s) => s.status === 'blocked') ? null : heldUpState(tokens);
  if (heldUp) signals.push(heldUp);
  if (signals.length === 0 && soFar(tokens)) signals.push({ status: 'in_progress', strong: false, tag: 'so_far' });
  // "…, giờ qua nhà ông Bảy", "…, còn đàn vịt thì thứ Hai em tiêm": a part done, the work going on to the rest.
  if (!signals.some((s) => s.status === 'done') && (goesOnToNextPart(tokens) || restPutAhead(tokens)))
    signals.push({ status: 'in_progress', strong: true, tag: 'ongoing:next_part' });
  // "còn mỗi khâu báo cáo là xong": in a clause that names work left, a "xong" lies ahead.
  if (signals.some((s) => s.tag === 'remaining')) {
    for (let k = 0; k < signals.length; k++) {
      if (signals[k]?.status === 'done') signals[k] = { status: 'in_progress', strong: false, tag: 'done_ahead:remaining' };
    }
  }
  // "Qua mùa lũ mới triển khai được": a problem word inside the event ahead names a time, not a blocker now.
  const eventEnd = eventAheadBefore(tokens);
  if (eventEnd > 0)
    for (let k = signals.length - 1; k >= 0; k--) {
      const tag = signals[k]?.tag ?? '';
      if (tag.startsWith('problem:') && indexOfPhrase(tokens.slice(0, eventEnd), [tag.slice('problem:'.length)]) >= 0) signals.splice(k, 1);
    }
  // "Đợi gặt xong bên em mới xuống thôn": the "xong" is the event's end, before the work starts.
  // "Đợi bà con thu hoạch xong thì em mới họp thôn": so is the "xong" of a season awaited (round 30).
  if (startsAfterEventEnds(tokens) || waitsForSeasonThenStarts(tokens) || waitsForEventToEnd(tokens))
    for (let k = signals.length - 1; k >= 0; k--) if (signals[k]?.status === 'done') signals.splice(k, 1);
  // "Đợi khai giảng xong, …": the wait for an event of the year says the work starts after it.
  if (signals.length === 0 && waitsForEventToEnd(tokens)) signals.push({ status: 'not_started', strong: false, tag: 'start_ahead:after_event' });
  // "hẹn tối nay ngồi làm": what a promise of a time ahead names is all still to come.
  if (promisesAhead(tokens))
    for (let k = 0; k < signals.length; k++) {
      const signal = signals[k];
      if (signal?.status === 'in_progress') signals[k] = { status: 'not_started', strong: false, tag: `start_ahead:${signal.tag}` };
    }
  // "tháng sau mới đến lịch làm việc này": a future time then "mới" puts the whole clause ahead.
  if (startsLater(tokens) && !signals.some((s) => s.status === 'done' || s.status === 'blocked' || s.strong)) {
    for (let k = 0; k < signals.length; k++) {
      const signal = signals[k];
      if (signal?.status === 'in_progress') signals[k] = { status: 'not_started', strong: false, tag: `start_ahead:${signal.tag}` };
    }
    if (!signals.some((s) => s.status === 'not_started')) signals.push({ status: 'not_started', strong: false, tag: 'start_ahead:later' });
  }
  // "việc bị trả lại hôm trước em đã bổ sung và nộp lại rồi": sent back, then done again.
  const redoneAt = signals.findLastIndex((s) => s.status === 'done');
  for (let k = signals.length - 1; k >= 0; k--) if (k < redoneAt && signals[k]?.tag.startsWith('undone:')) signals.splice(k, 1);
  if (!signals.some((s) => s.status === 'blocked')) {
    const approval = pendingApproval(tokens);
    if (approval) signals.push(approval);
  }
  const ranOut = signals.some((s) => s.status === 'blocked') ? null : (ranOutOfSupplies(tokens) ?? notDeliveredToUnit(tokens));
  if (ranOut) signals.push(ranOut);
  const consequence = unableBecause(tokens);
  if (consequence) signals.push(consequence);
  else if (!signals.some((s) => s.status === 'blocked' || s.status === 'done')) {
    const mishap = causeThenUnable(tokens);
    if (mishap) signals.push(mishap);
  }
  const reason = reasonAfterNegation(tokens, signals);
  if (reason) signals.push(reason);
  // "Buổi lễ … đã diễn ra tốt đẹp": an event told as having taken place is the work done.
  if (!signals.some((s) => s.status === 'done' || s.status === 'blocked') && eventTookPlace(tokens))
    signals.push({ status: 'done', strong: true, tag: 'done:event_took_place' });
  const bare = bareNotYet(tokens);
  if (bare) signals.push(bare);
  if (!signals.some((s) => s.status === 'not_started')) {
    const none = noneOfParts(tokens);
    if (none) signals.push(none);
  }
  if (signals.length === 0) {
    const some = someOfParts(tokens);
    if (some) signals.push(some);
  }
  return signals;
}

/** The categories' phrases by their first word, in category order: a read-only lookup table built once. */
const BY_FIRST_WORD: ReadonlyMap<string, ReadonlyArray<readonly [Category, string]>> = (() => {
  const index = new Map<string, Array<readonly [Category, string]>>();
  for (const [category, phrases] of CATEGORIES) {
    for (const phrase of phrases) {
      const first = phrase.split(' ', 1)[0] ?? phrase;
      const bucket = index.get(first) ?? [];
      bucket.push([category, phrase]);
      index.set(first, bucket);
    }
  }
  return index;
})();

function longestAt(tokens: readonly string[], start: number): { category: Category; match: PhraseMatch } | null {
  const candidates = BY_FIRST_WORD.get(tokens[start] ?? '');
  if (!candidates) return null;
  let best: { category: Category; match: PhraseMatch } | null = null;
  for (const [category, phrase] of candidates) {
    const words = wordsMatchedAt(tokens, start, phrase);
    if (words > 0 && (!best || start + words > best.match.end)) best = { category, match: { phrase, start, end: start + words } };
  }
  return best;
}

function interpret(tokens: readonly string[], category: Category, match: PhraseMatch): Signal | null {
  if (SNAG_CATEGORIES.includes(category) && deniedAsked(tokens, match.end)) return null;
  switch (category) {
    case 'neutral':
      // "kẹt quá" folds to "ket qua" (kết quả) but ends the clause: "kết quả" always names something.
      if (match.phrase === 'ket qua' && saysStuck(tokens, match)) {
        return { status: 'blocked', strong: true, tag: 'problem:ket qua' };
      }
      return null;
    case 'nothingYet':
      if (phraseAt(tokens, match.end, NOTHING_YET_NOT_AFTER)) return null;
      return { status: 'not_started', strong: true, tag: `nothing_yet:${match.phrase}` };
    case 'missing':
      return readMissing(tokens, match);
    case 'wait':
      return readWait(tokens, match);
    case 'remaining':
      return readRemaining(tokens, match);
    case 'done':
      // "em gửi mail cho anh nhé", "em upload lên drive nha": sent or about to be; only a past says which.
      if (
        DELIVERED_VIA.includes(match.phrase) &&
        !tokens.slice(0, match.start).some((t) => t === 'da' || NEGATIONS.includes(t)) &&
        !tokens.slice(match.end).includes('roi')
      )
        return closingAhead(tokens, match) ? { status: 'in_progress', strong: true, tag: `closing_ahead:${match.phrase}` } : null;
      return readDone(tokens, match);
    case 'blocker':
      // "đang tác nghiệp" (at field work) folds like "đang tắc": the work going on.
      if (match.phrase.endsWith('tac') && tokens[match.end] === 'nghiep') return { status: 'in_progress', strong: true, tag: 'ongoing:dang' };
      // "mấy hộ chưa cập nhật" (not yet updated) folds like "chưa cấp" (not granted): work not done, no lack.
      if (match.phrase.endsWith('chua cap') && tokens[match.end] === 'nhat') return null;
      // "còn phần đối chiếu số dư": a part of the work ("phần đối chiếu") folds like "phản đối" (objection).
      if (match.phrase === 'phan doi' && tokens[match.end] === 'chieu') return null;
      // "danh sách đề nghị hỗ trợ", "tờ trình đề nghị hỗ trợ": a file that proposes, not the unit asking for help.
      if (match.phrase.startsWith('de nghi') && FILE_BEFORE_REQUEST.includes(tokens[match.start - 1] ?? '')) return null;
      // "chi hội 5 thu chưa đủ", "nộp chưa đủ": the work not yet complete, not a lack ("chưa đủ người" is one).
      if (
        match.phrase === 'chua du' &&
        (phraseBefore(tokens, match.start, [...ACTIVITY_VERBS, ...START_VERBS, 'thu', 'nop', 'gui', 'lam']) || handedOutBefore(tokens, match.start)) &&
        !phraseAt(tokens, match.end, RESOURCES)
      )
        return { status: 'in_progress', strong: true, tag: 'remaining:not_all' };
      // "chưa đủ theo kế hoạch", "chưa đủ chỉ tiêu": the planned number not yet reached, not a lack.
      // "khám tuyển chưa đủ 35 công dân": a count of the work not yet reached ("chưa đủ 5 người làm" is a lack).
      if (match.phrase === 'chua du' && isNumber(tokens[match.end]) && !phraseAt(tokens, match.end + 1, RESOURCES))
        return { status: 'in_progress', strong: true, tag: 'remaining:not_all' };
      if (match.phrase === 'chua du' && phraseAt(tokens, match.end, PLANNED_NUMBER)) return { status: 'in_progress', strong: true, tag: 'remaining:not_all' };
      // "chi trả hết tiền hỗ trợ": all the money paid out, not out of money.
      if (match.phrase === 'het tien' && phraseBefore(tokens, match.start, HANDING_OUT)) return null;
      if (match.phrase === 'thieu' && lackDenied(tokens, match.start)) return null;
      if (match.phrase === 'thieu' && partsShortUndone(tokens, match.end)) return { status: 'in_progress', strong: true, tag: 'remaining:short' };
      if (repairedFault(tokens, match.phrase, match.start) || peopleInNeed(tokens, match.phrase, match.start) || requestsAnswered(tokens, match)) return null;
      if (renewalNamed(tokens, match.phrase, match.start) || hardToSay(tokens, match.phrase, match.start)) return null;
      return { status: 'blocked', strong: true, tag: `blocker:${match.phrase}` };
    case 'undone':
      if (lackDenied(tokens, match.start)) return null;
      return { status: 'blocked', strong: false, tag: `undone:${match.phrase}` };
    case 'redo':
      return { status: 'in_progress', strong: true, tag: `undone:${match.phrase}` };
    case 'blockerWeak':
      // "hồ sơ đề nghị", "tờ trình đề nghị", "danh sách đề nghị khen thưởng": a file that asks on someone's behalf, not a request for help.
      if (FILE_BEFORE_REQUEST.includes(tokens[match.start - 1] ?? '')) return null;
      // "chậm nhất thứ 2 xong": at the latest, a deadline, not a delay.
      if (match.phrase === 'cham' && tokens[match.end] === 'nhat') return null;
      // "máy múc trả về đội rồi": gear the unit gave back.
      if (match.phrase === 'tra ve' && givenBack(tokens, match.end)) return null;
      // "mưa nên đi chậm", "làm hơi chậm": the work slowed, not stopped.
      if (match.phrase === 'cham' && SLOWED_VERBS.includes(tokens[match.start - 1] ?? '')) return { status: 'in_progress', strong: false, tag: 'slowed' };
      return { status: 'blocked', strong: false, tag: `blocker_weak:${match.phrase}` };
    case 'problem':
      return readProblem(tokens, match);
    case 'ongoing':
      // "73 hộ đăng ký", "đã đăng ký": "đăng ký" (register) folds like "đang ký".
      if (match.phrase === 'dang' && tokens[match.end] === 'ky' && REGISTERED_BEFORE.includes(tokens[match.start - 1] ?? '')) return null;
      // "cả tổ đang đi hội thao huyện": the unit away at another duty, not at the work.
      if (match.phrase === 'dang' && awayAtAnotherDuty(tokens, match.end)) return null;
      // "đang chuẩn bị kế hoạch", "đang đọc hướng dẫn": only getting ready (weighed against "chưa bắt đầu").
      if (phraseAt(tokens, match.end, PREPARING)) return { status: 'in_progress', strong: true, tag: `ongoing_prep:${match.phrase}` };
      return { status: 'in_progress', strong: true, tag: `ongoing:${match.phrase}` };
    case 'start':
    case 'activity':
      return readStart(tokens, match, category);
  }
}

/** Handing out to people: "chi trả trợ cấp chưa đủ", "phát quà chưa đủ" (the verb, its object, then "chưa đủ"). */
const HANDING_OUT = ['chi tra', 'cap phat', 'phat', 'trao', 'tang', 'cap', 'chi', 'giai ngan'];
const OBJECT_REACH = 4;
function handedOutBefore(tokens: readonly string[], at: number): boolean {
  for (let i = Math.max(0, at - OBJECT_REACH); i < at; i++) if (phraseAt(tokens, i, HANDING_OUT)) return true;
  return false;
}

/** After "chưa đủ": the planned number ("theo kế hoạch", "chỉ tiêu"), not a resource lacking. */
const PLANNED_NUMBER = ['theo ke hoach', 'chi tieu', 'so luong theo ke hoach', 'ke hoach'];

/** Finishing off what is under way: "làm cho xong", "làm nốt". */
const FINISHING_OFF = ['cho xong', 'cho hoan thanh', 'lam not', 'di not', 'nop not', 'gui not'];

/** Before "đăng ký" (register): who registered or that they did; "em đang ký" is the unit signing. */
const REGISTERED_BEFORE = ['ho', 'nguoi', 'da', 'duoc', 'chua', 'luot', 'phieu', 'don', 'vien', 'khau', 'sinh', 'dan'];

/** Before "chậm": the work goes on, slowly ("đi chậm", "làm chậm", "hơi chậm"). */
const SLOWED_VERBS = ['di', 'lam', 'hoi', 'chay'];

const TOPIC_DENIED = ['cung chua', 'thi chua', 'con chua'];

function readStart(tokens: readonly string[], match: PhraseMatch, category: 'start' | 'activity'): Signal | null {
  if (awayAtAMeeting(tokens, match)) return null;
  if (wishOrBusyBefore(tokens, match.start)) return null;
  // "làm xong", "triển khai hoàn thành": the verb belongs to the done phrase that follows ("bắt đầu làm rồi" does not).
  if (phraseAt(tokens, match.end, DONE_PHRASES) && !INCEPTION.includes(match.phrase)) return null;
  // "bắt đầu cũng chưa", "triển khai thì chưa": the verb as a topic, then denied.
  if (phraseAt(tokens, match.end, TOPIC_DENIED)) return { status: 'not_started', strong: category === 'start', tag: `not_started:${match.phrase}` };
  const modifier = modifierBefore(tokens, match.start, MODIFIERS, FILLERS);
  if (modifier?.group === 'negation') {
    const unable = modifier.match.phrase.startsWith('khong') && tokens[match.end] === 'duoc';
    if (unable) return { status: 'blocked', strong: false, tag: 'start_unable' };
    return { status: 'not_started', strong: category === 'start', tag: `not_started:${match.phrase}` };
  }
  // "thứ 2 em triển khai", "dự kiến tuần sau tổ chức": a start ahead.
  // "Sau Tết bên em làm được 5 thôn rồi": a count reached after the verb is under way, whatever time opens the clause.
  const reached = tokens[match.end] === 'duoc' && isNumber(tokens[match.end + 1]);
  if (!reached && (modifier?.group === 'future' || laterOnly(tokens, match.start) || expectedAhead(tokens, match))) {
    return { status: 'not_started', strong: false, tag: `start_ahead:${match.phrase}` };
  }
  // "đã tổ chức họp … đầy đủ", "tổ chức hội nghị hôm qua rồi": the event held is the work done.
  if (modifier?.group !== 'ongoing' && eventHeld(tokens, match)) return { status: 'done', strong: true, tag: 'done:event_held' };
  if (modifier?.group === 'ongoing') {
    const prep = phraseAt(tokens, match.start, PREPARING) !== null;
    return { status: 'in_progress', strong: true, tag: `${prep ? 'ongoing_prep' : 'ongoing'}:${match.phrase}` };
  }
  return { status: 'in_progress', strong: false, tag: `${category}:${match.phrase}` };
}

/** "mới đi được KP1 với KP2", "mới gặp được 5 hộ": some of it so far ("mới được phân công", "mới nhận được" are not). */
function soFar(tokens: readonly string[]): boolean {
  return tokens.some((token, i) => token === 'moi' && tokens[i + 2] === 'duoc' && !NOT_SO_FAR.includes(tokens[i + 1] ?? ''));
}
const NOT_SO_FAR = ['duoc', 'nhan', 'vao', 'giao', 'biet', 'hoc'];

/** "chưa ạ", "vẫn chưa anh": a bare "not yet". */
function bareNotYet(tokens: readonly string[]): Signal | null {
  const content = tokens.filter((token) => !PARTICLES.includes(token));
  const text = content.join(' ');
  if (text === 'chua' || text === 'van chua' || text === 'con chua' || text === 'chua chua') {
    return { status: 'not_started', strong: false, tag: 'bare_not_yet' };
  }
  return null;
}

/** "ngồi làm", "ngồi nhập lại", "ngồi rà soát": the Vietnamese progressive "ngồi" before a verb of the work, nothing ahead ("mai ngồi làm"). */
function sitsAtTheWork(tokens: readonly string[]): boolean {
  const at = tokens.indexOf('ngoi');
  // "mai ngồi làm", "tối nay em ngồi làm", "hẹn … ngồi làm": the sitting lies ahead.
  if (at < 0 || containsPhrase(tokens.slice(0, at), [...FUTURE_TIMES, ...LATER_TODAY, 'hen'])) return false;
  return phraseAt(tokens, at + 1, [...START_VERBS, ...ACTIVITY_VERBS, 'nhap', 'go', 'sua']) !== null;
}
