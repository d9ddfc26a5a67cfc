import { DONE_PHRASES, START_VERBS } from './lexicon.ts';
import { NEGATIONS } from './lexicon-modifiers.ts';
import { phraseAt } from './match-phrases.ts';

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
