import {
  ACTIVITY_VERBS,
  BLOCKER_PHRASES,
  BLOCKER_WEAK_PHRASES,
  CONDITIONAL_AFTER,
  DONE_PHRASES,
  FILLERS,
  FUTURE_MARKERS,
  NEGATIONS,
  NEUTRAL_PHRASES,
  ONGOING_MARKERS,
  NUMBERED_PARTS,
  PART_ORDINALS,
  PARTIAL_MARKERS,
  PARTICLES,
  PROBLEM_CANCELLERS,
  PROBLEM_WORDS,
  PROGRESS_STRONG_PHRASES,
  REASON_MARKERS,
  START_VERBS,
} from './lexicon.ts';
import {
  DONE_DENIED_AFTER,
  AS_PLANNED,
  COUNTED_PARTS,
  EXPECTATIONS,
  FUTURE_TIMES,
  ILLUSORY,
  PAST_MARKERS,
  UNDONE_REDO,
  UNDONE_RETURNED,
  WHOLE_BEFORE_COUNT,
  OWN_REASONS,
  PREPARATORY_STEPS,
  MISSING_LEADS,
  NOTHING_YET,
  NOTHING_YET_NOT_AFTER,
  RESOLUTION_DOUBTS,
  SELF_SUBJECTS,
} from './lexicon-context.ts';
import { COUNTED } from './read-percent.ts';
import { isNumber, modifierBefore, type PhraseMatch, phraseAt, phraseBefore, wordsMatchedAt } from './match-phrases.ts';
import {
  laterOnly,
  REMAINING_PHRASES,
  readMissing,
  readRemaining,
  readWait,
  saysStuck,
  unableBecause,
  WAIT_PHRASES,
  wholeDone,
} from './read-context-signals.ts';
import type { Clause, Signal } from './types.ts';

type Category = 'neutral' | 'nothingYet' | 'done' | 'blocker' | 'missing' | 'wait' | 'undone' | 'redo' | 'blockerWeak' | 'problem' | 'ongoing' | 'remaining' | 'start' | 'activity';

const CONTEXTUAL: readonly Category[] = ['nothingYet', 'missing', 'wait', 'remaining'];

/** Verbs of beginning: "bắt đầu làm rồi" has begun. */
const INCEPTION = ['bat dau', 'khoi dong', 'bat tay', 'bat dau lam', 'moi bat dau'];
const ONLY = ['thoi', 'thoi a', 'thoi anh', 'thoi chi', 'thoi a anh', 'thoi nha', 'thoi nhe'];

function endsWithOnly(tokens: readonly string[]): boolean {
  for (let i = Math.max(0, tokens.length - 3); i < tokens.length; i++) {
    const only = phraseAt(tokens, i, ONLY);
    if (only && only.end === tokens.length) return true;
  }
  return false;
}

/** After "xong": "xong thì chưa" denies it. */
const DENIED_TOPIC = ['thi chua', 'thi khong', 'thi chua dau', 'thi chua phai'];
/** Before "xong": it is denied, "xong gì mà xong", "có gì đâu mà xong". */
const DONE_DENIED_BEFORE = ['gi ma', 'dau ma', 'cai gi ma', 'dau co', 'co dau', 'dau da', 'dau phai', 'dau phai da', 'dau co ma'];
/** Before "đâu": a word of its own ("bắt đầu", "ban đầu", "lúc đầu"), not the rhetorical "đâu". */
const HEAD_WORDS = ['bat', 'ban', 'luc', 'tu', 'hang', 'dung', 'mo', 'lan', 'buoc', 'dot'];
/** Before "nữa": the amount still to go, "còn hai tổ nữa là xong". */
const STILL_TO_GO = ['nua la', 'nua thi', 'nua moi', 'nua se', 'nua la se'];

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

const MODIFIERS = { negation: NEGATIONS, future: FUTURE_MARKERS, ongoing: ONGOING_MARKERS } as const;
const NO_PROBLEM_AFTER = ['khong', 'khong co', 'chua co', 'khong co gi', 'chua phat sinh'];

/** Status evidence in one clause, each word read with the negation or tense that governs it. */
export function readSignals(clause: Clause): Signal[] {
  const { tokens } = clause;
  const signals: Signal[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = longestAt(tokens, i);
    if (!found) {
      i++;
      continue;
    }
    const signal = interpret(tokens, found.category, found.match);
    if (signal) signals.push(signal);
    // A phrase read only in context ("còn", "chờ", "chưa có") that did not apply leaves its words to others.
    i = signal || !CONTEXTUAL.includes(found.category) ? found.match.end : i + 1;
  }
  if (!signals.some((s) => s.status === 'done')) {
    const whole = wholeDone(tokens);
    if (whole) signals.push(whole);
  }
  // "còn mỗi khâu báo cáo là xong": in a clause that names work left, a "xong" lies ahead.
  if (signals.some((s) => s.tag === 'remaining')) {
    for (let k = 0; k < signals.length; k++) {
      if (signals[k]?.status === 'done') signals[k] = { status: 'in_progress', strong: false, tag: 'done_ahead:remaining' };
    }
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
  const consequence = unableBecause(tokens);
  if (consequence) signals.push(consequence);
  const reason = reasonAfterNegation(tokens, signals);
  if (reason) signals.push(reason);
  const bare = bareNotYet(tokens);
  if (bare) signals.push(bare);
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
      return readDone(tokens, match);
    case 'blocker':
      return { status: 'blocked', strong: true, tag: `blocker:${match.phrase}` };
    case 'undone':
      return { status: 'blocked', strong: false, tag: `undone:${match.phrase}` };
    case 'redo':
      return { status: 'in_progress', strong: true, tag: `undone:${match.phrase}` };
    case 'blockerWeak':
      return { status: 'blocked', strong: false, tag: `blocker_weak:${match.phrase}` };
    case 'problem':
      return readProblem(tokens, match);
    case 'ongoing':
      return { status: 'in_progress', strong: true, tag: `ongoing:${match.phrase}` };
    case 'start':
    case 'activity':
      return readStart(tokens, match, category);
  }
}

function readDone(tokens: readonly string[], match: PhraseMatch): Signal | null {
  if (phraseAt(tokens, match.end, DENIED_TOPIC)) return { status: 'in_progress', strong: false, tag: 'done_negated' };
  if (phraseAt(tokens, match.end, CONDITIONAL_AFTER)) return null;
  const part = phraseAt(tokens, match.end, NUMBERED_PARTS);
  const numberedPart = part !== null && (isNumber(tokens[part.end]) || phraseAt(tokens, part.end, PART_ORDINALS) !== null);
  if (phraseAt(tokens, match.end, PARTIAL_MARKERS) || numberedPart) {
    return { status: 'in_progress', strong: true, tag: 'done_partly' };
  }
  if (phraseAt(tokens, match.end, DONE_DENIED_AFTER) || deniedBefore(tokens, match.start) || phraseAt(tokens, match.end, DENIED_TOPIC)) {
    return { status: 'in_progress', strong: false, tag: 'done_negated' };
  }
  // "tưởng xong rồi ai dè…": only believed done.
  if (modifierBefore(tokens, match.start, { illusory: ILLUSORY }, FILLERS, 2)) return { status: 'in_progress', strong: false, tag: 'done_illusory' };
  // "dự kiến thứ 5 xong", "chắc cuối tuần xong": a finish expected, not reached.
  if (expectedAhead(tokens, match)) return { status: 'in_progress', strong: false, tag: 'done_ahead:expected' };
  // "đã xong 2 khu phố", "xong 3/9 tổ": a count of the task's parts, not the whole.
  const counted = countAfter(tokens, match);
  if (counted === 'part') return { status: 'in_progress', strong: false, tag: 'done_count' };
  if (phraseBefore(tokens, match.start, STILL_TO_GO)) return { status: 'in_progress', strong: false, tag: 'done_ahead:nua' };
  // "họp xong", "phân công xong": a step before the task itself.
  if (phraseBefore(tokens, match.start, PREPARATORY_STEPS)) return { status: 'in_progress', strong: true, tag: 'done_step' };
  if (laterOnly(tokens, match.start)) return { status: 'in_progress', strong: false, tag: 'done_ahead:later' };
  // "hiện đã có 3 tổ nộp rồi": a count of the task's parts did it, not the whole; "0/9 tổ nộp": none did.
  const did = countedDid(tokens, match.start);
  if (did === 'none') return { status: 'not_started', strong: true, tag: 'nothing_yet:zero_count' };
  if (did === 'some') return { status: 'in_progress', strong: true, tag: 'done_partly' };
  // "bắt đầu làm rồi": begun, not finished.
  if (phraseBefore(tokens, match.start, INCEPTION)) return null;
  // "em mới rà xong KP1 thôi", "mới xong có 2 tổ thôi": only part of it.
  if (endsWithOnly(tokens) && tokens.lastIndexOf('moi', match.start) >= 0) return { status: 'in_progress', strong: true, tag: 'done_partly' };
  const modifier = modifierBefore(tokens, match.start, MODIFIERS, FILLERS);
  if (modifier?.group === 'negation') {
    const unable = modifier.match.phrase.startsWith('khong') || modifier.match.phrase.endsWith('the');
    if (unable) return { status: 'blocked', strong: false, tag: 'done_unable' };
    return { status: 'in_progress', strong: false, tag: 'done_negated' };
  }
  if (modifier?.group === 'future') return { status: 'in_progress', strong: false, tag: `done_ahead:${modifier.match.phrase}` };
  if (modifier?.group === 'ongoing') return { status: 'in_progress', strong: true, tag: 'done_ongoing' };
  return { status: 'done', strong: true, tag: `done:${match.phrase}` };
}

/**
 * "3 tổ nộp rồi", "có 2 khu phố xong": a number of counted parts just before the done word ('some');
 * "0 tổ", "0/9 tổ nộp" ('none'); "đủ 9 tổ", "cả 5 xã", "9/9 tổ" are the whole (null).
 */
function countedDid(tokens: readonly string[], start: number): 'some' | 'none' | null {
  for (let i = Math.max(0, start - 4); i < start; i++) {
    if (!isNumber(tokens[i]) || !phraseAt(tokens, i + 1, COUNTED)) continue;
    const fraction = tokens[i - 1] === '/' && isNumber(tokens[i - 2]);
    const count = Number(fraction ? tokens[i - 2] : tokens[i]);
    if (count === 0) return 'none';
    if (fraction) return count < Number(tokens[i]) ? 'some' : null;
    return phraseBefore(tokens, i, WHOLE_BEFORE_COUNT) ? null : 'some';
  }
  return null;
}

/** After a done word: "xong 2 khu phố", "xong 3/9 tổ" count parts ('part'); "xong cả 9 tổ", "xong 9/9 tổ" the whole. */
function countAfter(tokens: readonly string[], match: PhraseMatch): 'part' | 'whole' | null {
  if (match.phrase.endsWith('het') || match.phrase.endsWith('du')) return 'whole';
  const end = match.end;
  let i = end;
  while (i < Math.min(tokens.length, end + 3) && (tokens[i] === 'duoc' || tokens[i] === 'co' || tokens[i] === 'roi')) i++;
  const whole = phraseAt(tokens, i, WHOLE_BEFORE_COUNT);
  if (whole) return isNumber(tokens[whole.end]) ? 'whole' : null;
  if (!isNumber(tokens[i])) return null;
  if (tokens[i + 1] === '/' && isNumber(tokens[i + 2])) return Number(tokens[i]) < Number(tokens[i + 2]) ? 'part' : 'whole';
  // The longest counted noun decides: "trường hợp" is not "trường".
  const part = phraseAt(tokens, i + 1, COUNTED_NOUNS);
  if (!part || !COUNTED_PARTS.includes(part.phrase)) return null;
  for (let j = part.end; j < Math.min(tokens.length, part.end + 4); j++) if (phraseAt(tokens, j, AS_PLANNED)) return 'whole';
  return 'part';
}

const COUNTED_NOUNS = [...COUNTED, ...COUNTED_PARTS];

/** "đâu đã xong", "đâu phải xong": the rhetorical "đâu" before a done word denies it. */
function deniedBefore(tokens: readonly string[], start: number): boolean {
  const denial = phraseBefore(tokens, start, DONE_DENIED_BEFORE);
  if (!denial) return false;
  return !(tokens[denial.start] === 'dau' && HEAD_WORDS.includes(tokens[denial.start - 1] ?? ''));
}

/** "dự kiến thứ 5 xong", "sẽ sớm xong", "chắc cuối tuần xong": an expectation earlier in the clause, nothing past in between or after. */
function expectedAhead(tokens: readonly string[], match: PhraseMatch): boolean {
  const after = tokens.slice(match.end, match.end + 3);
  if (after.includes('roi')) return false;
  for (let i = match.start - 1; i >= Math.max(0, match.start - 6); i--) {
    if (phraseAt(tokens, i, PAST_MARKERS)) return false;
    const expectation = phraseAt(tokens, i, EXPECTATIONS);
    if (expectation && expectation.end <= match.start) return true;
    if (phraseAt(tokens, i, DONE_PHRASES)) return false;
    const time = phraseAt(tokens, i, FUTURE_TIMES);
    // "thứ 5", "thứ sáu": a bare "thứ" needs its number ("nghiệm thu" folds alike).
    const day = time !== null && (time.phrase !== 'thu' || isNumber(tokens[i + 1]));
    if (time && day && time.end <= match.start && tokens[i - 1] !== 'hom' && tokens[i - 1] !== 'tu' && tokens[i - 1] !== 'nghiem') return true;
  }
  return false;
}

function readProblem(tokens: readonly string[], match: PhraseMatch): Signal | null {
  const canceller = modifierBefore(tokens, match.start, { cancel: PROBLEM_CANCELLERS }, FILLERS);
  // "đang tháo gỡ vướng mắc", "cần giải quyết khó khăn": the problem is still there.
  const stillBeingSolved = canceller !== null && phraseBefore(tokens, canceller.match.start, RESOLUTION_DOUBTS) !== null;
  const cancelled = (canceller !== null && !stillBeingSolved) || phraseAt(tokens, match.end, NO_PROBLEM_AFTER) !== null;
  if (cancelled) return null;
  // "vụ kẹt chữ ký xong rồi": the problem named as a topic, then said to be over.
  if (['vu', 'chuyen', 'viec'].includes(tokens[match.start - 1] ?? '') && tokens.indexOf('xong', match.end) > 0) return null;
  return { status: 'blocked', strong: true, tag: `problem:${match.phrase}` };
}

function readStart(tokens: readonly string[], match: PhraseMatch, category: 'start' | 'activity'): Signal | null {
  // "làm xong", "triển khai hoàn thành": the verb belongs to the done phrase that follows ("bắt đầu làm rồi" does not).
  if (phraseAt(tokens, match.end, DONE_PHRASES) && !INCEPTION.includes(match.phrase)) return null;
  const modifier = modifierBefore(tokens, match.start, MODIFIERS, FILLERS);
  if (modifier?.group === 'negation') {
    const unable = modifier.match.phrase.startsWith('khong') && tokens[match.end] === 'duoc';
    if (unable) return { status: 'blocked', strong: false, tag: 'start_unable' };
    return { status: 'not_started', strong: category === 'start', tag: `not_started:${match.phrase}` };
  }
  if (modifier?.group === 'future' || laterOnly(tokens, match.start)) return { status: 'not_started', strong: false, tag: `start_ahead:${match.phrase}` };
  if (modifier?.group === 'ongoing') return { status: 'in_progress', strong: true, tag: `ongoing:${match.phrase}` };
  return { status: 'in_progress', strong: false, tag: `${category}:${match.phrase}` };
}

/** "chưa tiến hành do đang chờ kế hoạch": a reason given for not doing it makes it a blocker. */
function reasonAfterNegation(tokens: readonly string[], signals: readonly Signal[]): Signal | null {
  const negated = signals.some((s) => s.tag.startsWith('not_started:') || s.tag === 'done_negated');
  if (!negated) return null;
  const firstNegated = tokens.findIndex((token) => NEGATIONS.includes(token));
  if (firstNegated < 0) return null;
  const hasReason = tokens.some(
    (token, i) =>
      i > firstNegated &&
      phraseAt(tokens, i, REASON_MARKERS) !== null &&
      // "đơn vị" ends in "vi"; "tiến độ", "việc đó" end in "do": not "vì" / "do".
      !(token === 'vi' && tokens[i - 1] === 'don') &&
      !(token === 'do' && NOT_A_REASON_BEFORE_DO.includes(tokens[i - 1] ?? '')),
  );
  if (!hasReason) return null;
  if (ownReason(tokens, firstNegated)) return null;
  return { status: 'blocked', strong: false, tag: 'negated_with_reason' };
}

/** "do đang tập trung cho đợt Tết", "vì đơn vị đang xây dựng kế hoạch": the unit's own choice. */
function ownReason(tokens: readonly string[], from: number): boolean {
  for (let i = from + 1; i < tokens.length; i++) {
    if (!phraseAt(tokens, i, REASON_MARKERS)) continue;
    let j = i + 1;
    const self = phraseAt(tokens, j, SELF_SUBJECTS);
    if (self) j = self.end;
    return phraseAt(tokens, j, OWN_REASONS) !== null;
  }
  return false;
}

/** A future time, then "mới" later in the clause ("tháng sau mới đến lịch", "đầu tuần sau mới bắt tay"). */
function startsLater(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'da' || tokens[i] === 'roi') return false;
    const time = phraseAt(tokens, i, FUTURE_TIMES);
    if (time && tokens[i - 1] !== 'hom' && tokens.indexOf('moi', time.end) >= 0) return true;
  }
  return false;
}

/** "tiến độ", "việc đó", "lúc đó": "do" that is not "because". */
const NOT_A_REASON_BEFORE_DO = ['tien', 'viec', 'cai', 'luc', 'khi', 'o', 'nhu', 'theo', 'trong', 'sau', 'truoc', 'den'];

/** "chưa ạ", "vẫn chưa anh": a bare "not yet". */
function bareNotYet(tokens: readonly string[]): Signal | null {
  const content = tokens.filter((token) => !PARTICLES.includes(token));
  const text = content.join(' ');
  if (text === 'chua' || text === 'van chua' || text === 'con chua' || text === 'chua chua') {
    return { status: 'not_started', strong: false, tag: 'bare_not_yet' };
  }
  return null;
}
