import { WHOLE_OR_NOW } from './lexicon-context.ts';
import { PARTICLES } from './lexicon-non-reports.ts';
import { containsPhrase, phraseAt, phraseBefore } from './match-phrases.ts';
import type { ClauseRole } from './read-clause-roles.ts';
import type { Clause, ReplyReading, Signal } from './types.ts';

/** What in a reply makes a "done" doubtful. */
export interface DoneDoubts {
  /** "chưa xong", "xong gì mà xong", "sẽ xong", "chưa đạt 100%" */
  negatedCompletion: boolean;
  /** "còn 2 hồ sơ nữa", "còn lại 3 tổ" */
  remainingWork: boolean;
  /** "đã xong 2 khu phố", "3 tổ nộp rồi": a count of the task's parts finished */
  partial: boolean;
  /** "bị trả hồ sơ", "phải làm lại": finished work sent back or to be redone */
  undone: boolean;
  /** a clause that asks */
  question: boolean;
  /** a clause that passes on someone else's status */
  thirdParty: boolean;
  /** a done clause ending in a particle that seeks confirmation: "xong rồi hả anh", "đã nộp rồi nhỉ" */
  seeksConfirmation: boolean;
}

/** Confidence of a reading the guard withdrew: below the threshold, so the bot asks with buttons. */
const GUARDED_CONFIDENCE = 0.45;
/** A done clause says the unit finished clearly when it says so with "đã", "rồi" or a whole-task word. */
const CLEAR_MARKERS = ['da', 'roi', ...WHOLE_OR_NOW];
const CLEAR_PHRASES = ['done:hoan thanh', 'done:hoan tat', 'done:xong xuoi', 'done:xong het', 'done:done het'];

/**
 * The one place that lets a "done" through. A reply that also denies completion, names work still to
 * do, asks, or passes on a third party's status is not read as done — unless one of its own clauses
 * clearly says this unit finished (and, against a denial or remaining work, says so after it and for
 * the whole task or now: "hôm qua chưa xong, nay đã xong hết").
 */
export function guardDone(
  reading: ReplyReading,
  clauses: readonly Clause[],
  roles: readonly ClauseRole[],
  signalsByClause: readonly (readonly Signal[])[],
): ReplyReading {
  if (reading.status !== 'done') return reading;
  const doubts = doneDoubts(clauses, roles, signalsByClause, reading.reasons);
  const unfinished = doubts.negatedCompletion || doubts.remainingWork || doubts.partial || doubts.undone;
  if (!unfinished && !doubts.question && !doubts.thirdParty && !doubts.seeksConfirmation) return reading;
  const lastDoubt = unfinished ? Math.max(lastIndex(signalsByClause, isUnfinished), lastContrast(clauses, roles), lastNotYet(clauses, roles)) : -1;
  const clear = signalsByClause.some((signals, i) => {
    if (roles[i] !== 'tell' || i <= lastDoubt || !signals.some((s) => s.tag.startsWith('done:'))) return false;
    if (seeksConfirmation(clauses[i]?.tokens ?? [])) return false;
    if (signals.some((s) => s.status !== 'done')) return false;
    const markers = unfinished ? WHOLE_OR_NOW : CLEAR_MARKERS;
    return containsPhrase(clauses[i]?.tokens ?? [], markers) || (!unfinished && signals.some((s) => CLEAR_PHRASES.includes(s.tag)));
  });
  if (clear) return reading;
  const why = Object.entries(doubts)
    .filter(([, present]) => present)
    .map(([name]) => `guard:${name}`);
  if (unfinished) return { ...reading, status: 'in_progress', percent: null, confidence: GUARDED_CONFIDENCE, reasons: [...reading.reasons, ...why] };
  return { ...reading, status: 'none', percent: null, kind: 'unclear', confidence: GUARDED_CONFIDENCE, reasons: [...reading.reasons, ...why] };
}

/** Completion denied, ahead, only believed, of a count of parts, or undone; work left. */
function isUnfinished(signal: Signal): boolean {
  return (
    UNFINISHED_TAGS.includes(signal.tag) ||
    signal.tag.startsWith('not_started:') ||
    signal.tag.startsWith('done_ahead') ||
    signal.tag.startsWith('done_count') ||
    signal.tag.startsWith('undone:')
  );
}
const UNFINISHED_TAGS = ['done_negated', 'done_illusory', 'done_count', 'done_partly', 'remaining'];

function doneDoubts(
  clauses: readonly Clause[],
  roles: readonly ClauseRole[],
  signalsByClause: readonly (readonly Signal[])[],
  reasons: readonly string[],
): DoneDoubts {
  const told = signalsByClause.filter((_, i) => roles[i] === 'tell').flat();
  return {
    negatedCompletion:
      told.some((s) => s.tag === 'done_negated' || s.tag === 'done_illusory' || s.tag.startsWith('done_ahead') || s.tag.startsWith('not_started:')) ||
      lastNotYet(clauses, roles) >= 0 ||
      reasons.includes('percent_not_reached') ||
      lastContrast(clauses, roles) >= 0,
    remainingWork: told.some((s) => s.tag === 'remaining'),
    partial: told.some((s) => s.tag.startsWith('done_count') || s.tag === 'done_partly'),
    undone: told.some((s) => s.tag.startsWith('undone:')),
    question: roles.includes('ask'),
    thirdParty: roles.includes('relay'),
    seeksConfirmation: clauses.some((clause, i) => roles[i] === 'tell' && seeksConfirmation(clause.tokens)),
  };
}

/** Clause-final particles that turn a statement into a request to confirm it: "hả", "nhỉ", "hè", "chứ". */
const CONFIRMATION_PARTICLES = ['ha', 'nhi', 'he', 'chu', 'ha ta', 'phai ha', 'nhi ta'];

/** "Xong rồi hả anh", "Đã nộp rồi nhỉ", "Việc đó xong rồi chứ anh": the teller asks whether it is done. */
function seeksConfirmation(tokens: readonly string[]): boolean {
  let end = tokens.length;
  for (let particle = phraseBefore(tokens, end, PARTICLES); particle && particle.start > 0; particle = phraseBefore(tokens, end, PARTICLES)) {
    if (CONFIRMATION_PARTICLES.includes(particle.phrase)) return true;
    end = particle.start;
  }
  return phraseBefore(tokens, end, CONFIRMATION_PARTICLES) !== null && end < tokens.length;
}

function lastIndex(signalsByClause: readonly (readonly Signal[])[], test: (signal: Signal) => boolean): number {
  for (let i = signalsByClause.length - 1; i >= 0; i--) if (signalsByClause[i]?.some(test)) return i;
  return -1;
}

/** "mà", "nhưng" then a negation: "xong rồi mà chưa ký được", "xong rồi nhưng vẫn chưa nộp". */
const CONTRASTS = ['ma', 'nhung', 'song', 'tuy nhien'];
const DENIALS = ['chua', 'khong', 'van chua', 'con chua', 'van khong'];

/** The last telling clause that turns on a contrast to a negation, or -1. */
function lastContrast(clauses: readonly Clause[], roles: readonly ClauseRole[]): number {
  for (let i = clauses.length - 1; i >= 0; i--) {
    if (roles[i] !== 'tell') continue;
    const tokens = clauses[i]?.tokens ?? [];
    for (let k = 0; k < tokens.length; k++) {
      const contrast = phraseAt(tokens, k, CONTRASTS);
      if (!contrast) continue;
      // "nhưng chưa nộp", "nhưng em chưa tổng hợp", "nhưng số liệu chưa chính xác"; not "nhưng không có vướng mắc".
      for (let j = contrast.end; j < Math.min(tokens.length, contrast.end + 4); j++) {
        const denial = phraseAt(tokens, j, DENIALS);
        if (denial && !phraseAt(tokens, denial.end, NOTHING_WRONG)) return i;
      }
    }
  }
  return -1;
}

/** "Đã họp xong, chưa phân công": a clause that opens on "chưa" names a step not yet done (not "chưa có vướng mắc gì"). */
const NOT_YET_OPENERS = ['chua', 'van chua', 'con chua', 'em chua', 'ben em chua'];
const NOTHING_WRONG = ['co gi', 'co vuong', 'gap', 'phat sinh', 'co van de', 'co kho khan', 'thay vuong', 'vuong', 'co gi vuong', 'can ho tro', 'can'];

function lastNotYet(clauses: readonly Clause[], roles: readonly ClauseRole[]): number {
  for (let i = clauses.length - 1; i >= 0; i--) {
    const tokens = clauses[i]?.tokens ?? [];
    const opener = phraseAt(tokens, tokens[0] === 'nhung' ? 1 : 0, NOT_YET_OPENERS);
    if (roles[i] === 'tell' && opener && opener.end < tokens.length && !phraseAt(tokens, opener.end, NOTHING_WRONG)) return i;
  }
  return -1;
}
