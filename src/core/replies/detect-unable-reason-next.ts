import { BLOCKER_PHRASES } from './lexicon-blockers.ts';
import { SELF_SUBJECTS } from './lexicon-clause-roles.ts';
import { containsPhrase, phraseAt } from './match-phrases.ts';
import { unableBecause } from './read-context-signals.ts';
import { causeThenUnable } from './read-cause-unable.ts';
import type { Clause, ClauseRole, Signal } from './types.ts';

/** Someone away: "văn thư nghỉ phép", "chủ tịch đi công tác", "trưởng thôn đi vắng". */
const AWAY = ['nghi phep', 'dang nghi phep', 'di cong tac', 'dang di cong tac', 'di vang', 'vang mat', 'nam vien', 'nghi om', 'nghi san', 'nghi che do'];
const UNABLE_NEGATIONS = ['chua', 'khong', 'chua the', 'khong the'];
/** The one the unit needs cannot be reached or keeps putting it off: "tắt máy", "không nghe máy", "cứ hẹn". */
const UNREACHABLE = [
  'khong nghe may',
  'khong bat may',
  'tat may',
  'thue bao',
  'khong lien lac duoc',
  'khong ai tra loi',
  'khong tra loi',
  'cu hen',
  'hen len hen xuong',
  'hen lan hen lua',
];
/** Forced back on the way: "đành quay về", "phải quay lại" (not "mai em quay lại", a plan). */
const TURNED_BACK = ['phai quay ve', 'danh quay ve', 'phai quay lai', 'danh quay lai', 'quay ve tay khong'];
/** How far "được" may follow the negation: "chưa đóng dấu được", "chưa nộp lên được". */
const UNABLE_WINDOW = 4;

/**
 * "… chưa đóng dấu được, văn thư nghỉ phép cả tuần", "Chưa chi trả được, tiền kho bạc chưa chuyển về": a
 * "cannot yet" whose reason is the clause beside it — someone else away, or someone else not having
 * done their part, the one needed out of reach ("họ tắt máy", "cứ hẹn"), the unit forced back ("đành quay
 * về") — is held up, as "chưa gửi được vì …" is in one clause (`unableBecause`). Not the
 * unit's own plans ("chưa gửi được, mai em gửi") nor the unit itself away.
 */
export function withReasonsBeside(
  signalsByClause: readonly (readonly Signal[])[],
  clauses: readonly Clause[],
  roles: readonly ClauseRole[],
): (readonly Signal[])[] {
  return signalsByClause.map((signals, i) => {
    if (roles[i] !== 'tell' || signals.some((s) => s.status === 'blocked') || !unable(clauses[i]?.tokens ?? [])) return signals;
    // "Chưa khám được anh ơi, trạm y tế báo chưa có bác sĩ lên": what a body says right after is the reason given.
    const beside = [i + 1, i - 1]
      .filter((j) => roles[j] === 'tell' || (j === i + 1 && roles[j] === 'relay' && clauses[j]?.quoted !== true))
      .map((j) => clauses[j]?.tokens ?? []);
    const unableTokens = clauses[i]?.tokens ?? [];
    // "…, còn mấy tổ chưa báo về": the unit's own parts left, not a reason.
    const reasons = beside.filter((reason) => reason[0] !== 'con');
    const held =
      containsPhrase(unableTokens, UNREACHABLE) ||
      reasons.some((reason) => someoneAway(reason) || stoppedBy(reason) || unableBecause([...reason, 'nen', ...unableTokens]) !== null) ||
      mishapBefore(clauses[i - 1], roles[i - 1], unableTokens) ||
      bodysBlockerBefore(clauses[i - 1], roles[i - 1], unableTokens);
    return held ? [...signals, { status: 'blocked', strong: true, tag: 'unable_reason_beside' }] : signals;
  });
}

/** "Mưa lớn quá, nên chưa xuống thôn được": a clause opening on "nên" after a happening told in the clause before. */
function mishapBefore(before: Clause | undefined, role: ClauseRole | undefined, unableTokens: readonly string[]): boolean {
  if (!before || role !== 'tell' || unableTokens[0] !== 'nen') return false;
  return causeThenUnable([...before.tokens, ...unableTokens]) !== null;
}

/**
 * "Dạ bên điện lực cắt điện luân phiên, em chưa in được tờ rơi": another body's clause naming a blocker, then the unit
 * (named first) unable: the body's doing holds the unit up, whoever its clause is about.
 */
function bodysBlockerBefore(before: Clause | undefined, role: ClauseRole | undefined, unableTokens: readonly string[]): boolean {
  if (!before || role !== 'relay' || before.quoted || !phraseAt(unableTokens, 0, SELF_SUBJECTS)) return false;
  return containsPhrase(before.tokens, BLOCKER_PHRASES);
}

function unable(tokens: readonly string[]): boolean {
  return tokens.some((_, k) => {
    const negation = phraseAt(tokens, k, UNABLE_NEGATIONS);
    return negation !== null && tokens.slice(negation.end, negation.end + UNABLE_WINDOW).includes('duoc');
  });
}

/** Someone other than the unit away, at the clause's start or after its subject. */
function someoneAway(tokens: readonly string[]): boolean {
  if (phraseAt(tokens, 0, SELF_SUBJECTS)) return false;
  return tokens.some((_, k) => k > 0 && k <= 4 && phraseAt(tokens, k, AWAY) !== null);
}

/** "họ tắt máy", "đành quay về": the one needed out of reach, or the unit forced back on the way. */
function stoppedBy(tokens: readonly string[]): boolean {
  return containsPhrase(tokens, UNREACHABLE) || containsPhrase(tokens, TURNED_BACK);
}
