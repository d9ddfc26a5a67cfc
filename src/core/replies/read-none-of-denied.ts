import { DONE_PHRASES, START_VERBS } from './lexicon.ts';
import { NEGATIONS } from './lexicon-modifiers.ts';
import { phraseAt } from './match-phrases.ts';
import type { Clause, ClauseRole, Signal } from './types.ts';

/**
 * "…, không có hồ sơ nào phải bổ sung", "không có cơ sở nào vi phạm", "không có cháu nào phản ứng": how
 * officials close a finished job — no part of it left, wrong or troubled. What follows "không có/còn <noun>
 * nào" is denied, so a lack, a fault or a step ahead named there holds nothing up. Not a denial: "không có
 * hộ nào nộp / chịu ký" (the work itself, or consent, not done — none did it); "chưa có tổ nào …" is
 * nothing yet; "không có ai ở nhà" is nobody met (a blocker).
 */

/** How many words the noun between "không có/còn" and "nào" may take ("hồ sơ công dân"). */
const NOUN_REACH = 3;
/** After "nào": agreeing or joining, which the unit needed ("không có hộ nào chịu ký"). */
export const CONSENT = ['chiu', 'dong y', 'hop tac', 'tham gia', 'dang ky', 'ung ho', 'nhan', 'ky', 'chap hanh', 'muon'];
/** After "nào": an obligation or a mishap, what the denial is about ("phải bổ sung", "bị trả về"). */
const OBLIGED = ['phai', 'bi', 'can'];
/** Faults of the work's items, denied right after their noun ("không có hồ sơ trễ hạn / sai sót"). */
const FAULTS = ['tre han', 'qua han', 'ton dong', 'sai sot', 'sai', 'loi', 'vi pham'];

/** Where the denied span starts ("không"), or -1: every word from there to the clause's end is denied. */
export function deniedNoneFrom(tokens: readonly string[]): number {
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i] !== 'khong' || (tokens[i + 1] !== 'co' && tokens[i + 1] !== 'con')) continue;
    for (let j = i + 3; j <= Math.min(tokens.length - 1, i + 2 + NOUN_REACH); j++) {
      // "không có hồ sơ trễ hạn": a fault named after its noun, without "nào".
      if (phraseAt(tokens, j, FAULTS)) return i;
      if (tokens[j] !== 'nao') continue;
      if (deniesAProblem(tokens, j + 1)) return i;
      break;
    }
  }
  return -1;
}

function deniesAProblem(tokens: readonly string[], after: number): boolean {
  if (after >= tokens.length) return true;
  // "không còn tổ nào chưa nộp": a double negation, the whole done (read as such elsewhere).
  if (NEGATIONS.includes(tokens[after] ?? '')) return false;
  if (phraseAt(tokens, after, OBLIGED)) return true;
  const verbAt = tokens[after] === 'da' || tokens[after] === 'duoc' ? after + 1 : after;
  // "không có hộ nào nộp", "không có tổ nào triển khai": none did the work.
  if (phraseAt(tokens, verbAt, CONSENT) || phraseAt(tokens, verbAt, DONE_PHRASES) || phraseAt(tokens, verbAt, START_VERBS)) return false;
  return true;
}

/**
 * "Đã cấp phát gạo cho 37 hộ, không có hộ nào phải chờ", "Em đã rà lại 52 hồ sơ, không có hồ sơ nào sai": a
 * past action with no status word of its own (an activity named at most), closed by a denial that any of its items is wrong or waiting,
 * is the action over all of them — done. Only an obligation or a fault is denied ("không có hộ nào ở nhà"
 * or "… nghe máy" says nobody was reached, and stays unread).
 */
export function withDenialClosing(
  signalsByClause: readonly (readonly Signal[])[],
  clauses: readonly Clause[],
  roles: readonly ClauseRole[],
): (readonly Signal[])[] {
  return signalsByClause.map((signals, i) => {
    const tokens = clauses[i]?.tokens ?? [];
    const next = clauses[i + 1]?.tokens ?? [];
    if (
      roles[i] !== 'tell' ||
      roles[i + 1] !== 'tell' ||
      !signals.every((s) => s.tag.startsWith('activity:') || s.tag.startsWith('start:')) ||
      (signalsByClause[i + 1]?.length ?? 0) > 0
    )
      return signals;
    if (!tokens.includes('da') || tokens.some((t) => NEGATIONS.includes(t))) return signals;
    const from = deniedNoneFrom(next);
    const none = from < 0 ? -1 : next.indexOf('nao', from);
    if (from < 0 || none < 0 || !(phraseAt(next, none + 1, OBLIGED) || phraseAt(next, none + 1, FAULTS))) return signals;
    return [{ status: 'done', strong: true, tag: 'done:closed_by_denial' }];
  });
}
