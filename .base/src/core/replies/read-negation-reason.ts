// A reason after a denial ("chưa làm vì …") turns "not started" into "blocked", unless the reason is the unit's own.
import { NEGATIONS, OWN_REASONS, REASON_MARKERS } from './lexicon-modifiers.ts';
import { SELF_SUBJECTS } from './lexicon-clause-roles.ts';
import { phraseAt } from './match-phrases.ts';
import type { Signal } from './types.ts';

/** "chưa tiến hành do đang chờ kế hoạch": a reason given for not doing it makes it a blocker. */
export function reasonAfterNegation(tokens: readonly string[], signals: readonly Signal[]): Signal | null {
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
    // "vì tuần này em phải …": a time before the subject sets when, it is not the reason.
    const when = phraseAt(tokens, j, REASON_TIMES);
    if (when) j = when.end;
    const self = phraseAt(tokens, j, SELF_SUBJECTS);
    if (self) j = self.end;
    // "vì em phải đi tập huấn": the unit's own duty elsewhere; "vì em phải chờ huyện" still waits on someone.
    if (self && tokens[j] === 'phai' && !['cho', 'doi', 'xin'].includes(tokens[j + 1] ?? '')) return true;
    return phraseAt(tokens, j, OWN_REASONS) !== null;
  }
  return false;
}

/** Times that may open a reason: "vì tuần này em phải …", "vì mấy hôm nay em …". */
const REASON_TIMES = ['tuan nay', 'thang nay', 'hom nay', 'may hom nay', 'may bua nay', 'may ngay nay', 'dao nay', 'bua nay', 'nay'];

/** "tiến độ", "việc đó", "lúc đó": "do" that is not "because". */
const NOT_A_REASON_BEFORE_DO = ['tien', 'viec', 'cai', 'luc', 'khi', 'o', 'nhu', 'theo', 'trong', 'sau', 'truoc', 'den'];
