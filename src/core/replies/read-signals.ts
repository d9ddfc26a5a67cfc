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
  PARTIAL_MARKERS,
  PARTICLES,
  PROBLEM_CANCELLERS,
  PROBLEM_WORDS,
  PROGRESS_STRONG_PHRASES,
  REASON_MARKERS,
  START_VERBS,
} from './lexicon.ts';
import { isNumber, modifierBefore, type PhraseMatch, phraseAt } from './match-phrases.ts';
import type { Clause, Signal } from './types.ts';

type Category = 'neutral' | 'done' | 'blocker' | 'blockerWeak' | 'problem' | 'ongoing' | 'start' | 'activity';

/** Ties between equally long phrases go to the earlier category. */
const CATEGORIES: ReadonlyArray<[Category, readonly string[]]> = [
  ['neutral', NEUTRAL_PHRASES],
  ['done', DONE_PHRASES],
  ['blocker', BLOCKER_PHRASES],
  ['blockerWeak', BLOCKER_WEAK_PHRASES],
  ['problem', PROBLEM_WORDS],
  ['ongoing', PROGRESS_STRONG_PHRASES],
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
    i = found.match.end;
  }
  const reason = reasonAfterNegation(tokens, signals);
  if (reason) signals.push(reason);
  const bare = bareNotYet(tokens);
  if (bare) signals.push(bare);
  return signals;
}

function longestAt(tokens: readonly string[], start: number): { category: Category; match: PhraseMatch } | null {
  let best: { category: Category; match: PhraseMatch } | null = null;
  for (const [category, phrases] of CATEGORIES) {
    const match = phraseAt(tokens, start, phrases);
    if (match && (!best || match.end > best.match.end)) best = { category, match };
  }
  return best;
}

function interpret(tokens: readonly string[], category: Category, match: PhraseMatch): Signal | null {
  switch (category) {
    case 'neutral':
      return null;
    case 'done':
      return readDone(tokens, match);
    case 'blocker':
      return { status: 'blocked', strong: true, tag: `blocker:${match.phrase}` };
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
  if (phraseAt(tokens, match.end, CONDITIONAL_AFTER)) return null;
  const partial = phraseAt(tokens, match.end, PARTIAL_MARKERS);
  if (partial || (tokens[match.end] === 'phan' && isNumber(tokens[match.end + 1]))) {
    return { status: 'in_progress', strong: true, tag: 'done_partly' };
  }
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

function readProblem(tokens: readonly string[], match: PhraseMatch): Signal | null {
  const cancelled =
    modifierBefore(tokens, match.start, { cancel: PROBLEM_CANCELLERS }, FILLERS) !== null ||
    phraseAt(tokens, match.end, NO_PROBLEM_AFTER) !== null;
  if (cancelled) return null;
  return { status: 'blocked', strong: true, tag: `problem:${match.phrase}` };
}

function readStart(tokens: readonly string[], match: PhraseMatch, category: 'start' | 'activity'): Signal | null {
  // "làm xong", "triển khai hoàn thành": the verb belongs to the done phrase that follows.
  if (phraseAt(tokens, match.end, DONE_PHRASES)) return null;
  const modifier = modifierBefore(tokens, match.start, MODIFIERS, FILLERS);
  if (modifier?.group === 'negation') {
    const unable = modifier.match.phrase.startsWith('khong') && tokens[match.end] === 'duoc';
    if (unable) return { status: 'blocked', strong: false, tag: 'start_unable' };
    return { status: 'not_started', strong: category === 'start', tag: `not_started:${match.phrase}` };
  }
  if (modifier?.group === 'future') return { status: 'not_started', strong: false, tag: `start_ahead:${match.phrase}` };
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
  return { status: 'blocked', strong: false, tag: 'negated_with_reason' };
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
