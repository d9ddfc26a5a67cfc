import { quotedName, strictDoubts } from './done-doubt-markers.ts';
import { toldLate } from './done-doubt-work-left.ts';
import { WHOLE_OR_NOW } from './lexicon-obstacles.ts';
import { DONE_PHRASES } from './lexicon.ts';
import { containsPhrase, phraseAt } from './match-phrases.ts';
import type { Clause, ClauseRole, ReplyReading, Signal } from './types.ts';
import { echoesTopic, seeksConfirmation } from './detect-confirmation-ask.ts';

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

/**
 * The one place that lets a "done" through, and only for a plain, first-person, unqualified completion
 * of this task. A reply that also hedges, sets a condition, puts the finish ahead, negates near the
 * done word, names a numbered part, someone else's word or share, another task or a quotation, asks,
 * or seeks confirmation is never done: it becomes a low-confidence ask (the bot asks with buttons and
 * stores nothing). A denial or remaining work is overridden only by a later clause that says the whole
 * task is done now ("hôm qua chưa xong, nay đã xong hết").
 */
export function guardDone(
  reading: ReplyReading,
  clauses: readonly Clause[],
  roles: readonly ClauseRole[],
  signalsByClause: readonly (readonly Signal[])[],
): ReplyReading {
  if (reading.status !== 'done') return reading;
  const doubts = doneDoubts(clauses, roles, signalsByClause, reading.reasons);
  const strict = strictDoubts(clauses, roles, signalsByClause);
  const unfinished = doubts.negatedCompletion || doubts.remainingWork || doubts.partial || doubts.undone;
  // Beside another unit's status, a done clause that names this unit as its subject is its own ("phường em thì xong rồi").
  const relayed = doubts.thirdParty && !strict.firstPerson;
  const notThisUnits =
    doubts.question ||
    relayed ||
    doubts.seeksConfirmation ||
    strict.saidBySomeoneElse ||
    strict.otherTask ||
    strict.quoted ||
    strict.otherOccasion ||
    strict.recordRequest;
  const qualified =
    strict.hedge ||
    strict.condition ||
    strict.ahead ||
    strict.startsAfter ||
    strict.eventBefore ||
    strict.negatedNearby ||
    strict.workLeft ||
    strict.preparatory ||
    strict.numberedPart;
  if (!unfinished && !notThisUnits && !qualified) return reading;
  if (unfinished && !notThisUnits && !qualified && supersededByWholeDone(clauses, roles, signalsByClause)) return reading;
  const why = [...Object.entries(doubts), ...Object.entries(strict)].filter(([, present]) => present).map(([name]) => `guard:${name}`);
  const asked = { ...reading, percent: null, confidence: GUARDED_CONFIDENCE, reasons: [...reading.reasons, ...why] };
  if (strict.conditionOnApproval) return { ...asked, status: 'blocked' };
  // "Hoàn thành xong đợt tiêm chủng em mới làm việc này": another event's finish, this work not begun
  // (not "đợt 1 xong rồi, đợt 2 tháng sau mới làm": a part of this work is behind).
  if (strict.startsAfter && !notThisUnits && !strict.numberedPart && !doubts.partial) return { ...asked, status: 'not_started' };
  // "Sáng mai em mới làm, chiều là xong": a finish ahead of a start ahead, nothing under way: not started.
  if ((strict.ahead || strict.condition) && !notThisUnits && startsAheadOnly(clauses, signalsByClause)) return { ...asked, status: 'not_started' };
  if (unfinished || (qualified && !notThisUnits)) return { ...asked, status: 'in_progress' };
  return { ...asked, status: 'none', kind: 'unclear' };
}

const FINISHING_OFF = ['cho xong', 'cho hoan thanh', 'cho het', 'not', 'tiep'];

/** A start put ahead, and besides it only done words: nothing under way. */
function startsAheadOnly(clauses: readonly Clause[], signalsByClause: readonly (readonly Signal[])[]): boolean {
  // "đã hoàn thành, … sẽ rà bổ sung" finished something; "tối nay em làm cho xong" finishes off work under way.
  if (clauses.some(({ tokens }) => tokens.includes('da') || containsPhrase(tokens, FINISHING_OFF))) return false;
  const signals = signalsByClause.flat();
  return (
    signals.some((s) => s.tag.startsWith('start_ahead')) &&
    signals.every((s) => s.tag.startsWith('start_ahead') || s.tag.startsWith('start:') || s.tag.startsWith('done:') || s.tag.startsWith('done_ahead'))
  );
}

/** After the last denial or remaining work, a clause says the whole task is done now, and nothing else. */
function supersededByWholeDone(clauses: readonly Clause[], roles: readonly ClauseRole[], signalsByClause: readonly (readonly Signal[])[]): boolean {
  const lastDoubt = Math.max(lastIndex(signalsByClause, isUnfinished), lastContrast(clauses, roles), lastNotYet(clauses, roles));
  return signalsByClause.some((signals, i) => {
    if (roles[i] !== 'tell' || i <= lastDoubt || !signals.some((s) => s.tag.startsWith('done:'))) return false;
    if (seeksConfirmation(clauses[i]?.tokens ?? []) || signals.some((s) => s.status !== 'done')) return false;
    return containsPhrase(clauses[i]?.tokens ?? [], WHOLE_OR_NOW);
  });
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
      told.some(
        (s) =>
          s.tag === 'done_negated' ||
          s.tag === 'done_illusory' ||
          s.tag === 'bare_not_yet' ||
          s.tag.startsWith('done_ahead') ||
          s.tag.startsWith('not_started:'),
      ) ||
      lastNotYet(clauses, roles) >= 0 ||
      reasons.includes('percent_not_reached') ||
      lastContrast(clauses, roles) >= 0,
    remainingWork: told.some((s) => s.tag === 'remaining'),
    // "Đã dứt điểm 12 hồ sơ, không còn hồ sơ nào quá hạn": a count beside none left is the whole.
    partial: told.some((s) => s.tag.startsWith('done_count') || s.tag === 'done_partly') && !told.some((s) => s.tag === 'done:none_left'),
    undone: told.some((s) => s.tag.startsWith('undone:')),
    question: roles.includes('ask'),
    thirdParty: roles.some((role, i) => role === 'relay' && !quotedName(clauses[i]) && !onlyAsksAfter(clauses[i]?.tokens ?? [])),
    seeksConfirmation: clauses.some(
      (clause, i) => roles[i] === 'tell' && seeksConfirmation(clause.tokens) && !(i < clauses.length - 1 && echoesTopic(clause.tokens)),
    ),
  };
}

/** "phường đang hỏi thì anh báo giúp em": a body above asking or urging, with no status word: nothing passed on. */
function onlyAsksAfter(tokens: readonly string[]): boolean {
  return containsPhrase(tokens, ASKING_AFTER) && !tokens.some((_, k) => phraseAt(tokens, k, DONE_PHRASES));
}
const ASKING_AFTER = ['dang hoi', 'giuc', 'hoi thuc', 'dang giuc'];

function lastIndex(signalsByClause: readonly (readonly Signal[])[], test: (signal: Signal) => boolean): number {
  for (let i = signalsByClause.length - 1; i >= 0; i--) if (signalsByClause[i]?.some(test)) return i;
  return -1;
}

/** A flaw that undoes a finish: "xong rồi mà quên ký", "nộp rồi mà nộp nhầm file", "xong rồi nhưng sai mẫu". */
const FLAWS = [
  'quen',
  'nham',
  'nop nham',
  'gui nham',
  'sai mau',
  'sai',
  'lam sai',
  'thieu sot',
  'can bo sung',
  'phai bo sung',
  'can sua',
  'phai sua',
  'phai lam lai',
  // only a draft, or a doubt still there: "nhưng là bản nháp", "mà mới gửi nháp thôi", "mà còn băn khoăn"
  'ban nhap',
  'nhap thoi',
  'ban tho',
  'ban du thao',
  'ban khoan',
  'lan tan',
  'lan can',
  'ngo ngo',
  'chua yen tam',
];

/** "mà", "nhưng" then a negation: "xong rồi mà chưa ký được", "xong rồi nhưng vẫn chưa nộp". */
const CONTRASTS = ['ma', 'nhung', 'song', 'tuy nhien'];
// "nhưng còn thiếu con dấu", "mà còn chờ chữ ký": something still missing or awaited after the contrast.
const STILL_MISSING = ['con thieu', 'van thieu', 'con cho', 'con doi', 'van cho', 'van doi', 'con phai', 'con vuong'];
const DENIALS = ['chua', 'khong', 'van chua', 'con chua', 'van khong', ...STILL_MISSING, ...FLAWS];

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
        if (!denial) continue;
        // "xong lâu rồi mà em quên báo", "mà chưa thấy ai hỏi tới": the telling is late, not the work.
        if (toldLate(tokens, denial.end)) break;
        // "mà không sai sót gì": nothing amiss, and its words are no flaw.
        if (phraseAt(tokens, denial.end, NOTHING_WRONG)) break;
        return i;
      }
    }
  }
  return -1;
}

/** "Đã họp xong, chưa phân công": a clause that opens on "chưa" names a step not yet done (not "chưa có vướng mắc gì"). */
const NOT_YET_OPENERS = ['chua', 'van chua', 'con chua', 'em chua', 'ben em chua'];
const NOTHING_WRONG = [
  'sai sot',
  'sai',
  'loi',
  'thieu sot',
  'van de',
  'co gi',
  'co vuong',
  'gap',
  'phat sinh',
  'co van de',
  'co kho khan',
  'thay vuong',
  'vuong',
  'co gi vuong',
  'can ho tro',
  'can',
];

function lastNotYet(clauses: readonly Clause[], roles: readonly ClauseRole[]): number {
  for (let i = clauses.length - 1; i >= 0; i--) {
    const tokens = clauses[i]?.tokens ?? [];
    const opener = phraseAt(tokens, tokens[0] === 'nhung' ? 1 : 0, NOT_YET_OPENERS);
    if (roles[i] === 'tell' && opener && opener.end < tokens.length && !phraseAt(tokens, opener.end, NOTHING_WRONG)) return i;
  }
  return -1;
}
