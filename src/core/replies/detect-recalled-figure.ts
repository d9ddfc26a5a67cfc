import { isNumber, phraseAt } from './match-phrases.ts';
import type { Clause, ClauseRole } from './types.ts';

/** Who sent the earlier message: the unit's own voice. */
const SENDERS = ['em', 'minh', 'toi', 'tui', 'ben em', 'to em'];
/** Sending it: "nhắn", "báo", "gửi". */
const SENT = ['nhan', 'bao', 'gui'];
/** When, right after the verb ("em nhắn hồi 8h", "em báo lúc sáng", "em báo sáng nay", "em báo hôm qua"). */
const EARLIER = ['hoi', 'luc', 'sang nay', 'hom qua', 'hom truoc', 'bua truoc', 'toi qua', 'trua nay'];

/** Words that tell a newer state: a finish or all of it ("xong", "hoàn thành", "hết"). */
const NEWER_STATE = ['xong', 'hoan', 'het'];

/** "con số 70% em nhắn hồi 8h …", "số em báo lúc sáng …": the clause recalls a figure the unit sent earlier. */
function recallsEarlierMessage(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const sender = phraseAt(tokens, i, SENDERS);
    const verb = sender ? phraseAt(tokens, sender.end, SENT) : null;
    if (verb && phraseAt(tokens, verb.end, EARLIER)) return true;
  }
  return false;
}

/**
 * The last telling clause that recalls a figure sent earlier, when a telling clause follows it, or -1: its figure is
 * superseded by what the reply tells after it ("Con số 70% em nhắn hồi 8h là tính tới thứ Ba, tới trưa nay xong cả
 * rồi", round 40).
 */
export function recalledUpTo(clauses: readonly Clause[], roles: readonly ClauseRole[]): number {
  const recall = clauses.findLastIndex((clause, i) => roles[i] === 'tell' && recallsEarlierMessage(clause.tokens));
  // Superseded only by a finish or a figure told after it; "em báo lúc sáng 70%, chiều làm tiếp" keeps its figure.
  const newer = clauses.some((clause, i) => i > recall && roles[i] === 'tell' && clause.tokens.some((t) => NEWER_STATE.includes(t) || isNumber(t)));
  return recall >= 0 && newer ? recall : -1;
}
