import { APPROVALS } from './lexicon-obstacles.ts';
import { phraseAt } from './match-phrases.ts';

/** A signature, a stamp or an approval the unit waits for. */
export const SIGNATURES = [...APPROVALS, 'ky', 'ky ten', 'chu ky', 'dong dau', 'con dau'];

/** Before "kỳ", a period, not "ký": "học kỳ", "định kỳ", "nhiệm kỳ". */
export const PERIOD_BEFORE_KY = ['hoc', 'dinh', 'nhiem', 'thoi', 'cuoi', 'dau', 'giua', 'moi', 'chu'];

/**
 * "Sếp ký tờ trình thì chiều mai bên em xong liền", "Lãnh đạo ký quyết định thì mai em triển khai": a
 * signature or an approval, then "thì" and what follows it, nothing told past: a condition without "nếu".
 */
export function signatureThen(tokens: readonly string[]): boolean {
  if (tokens.includes('da') || tokens.includes('roi')) return false;
  for (let k = 0; k < tokens.length; k++) {
    if (!phraseAt(tokens, k, SIGNATURES)) continue;
    if (tokens[k] === 'ky' && PERIOD_BEFORE_KY.includes(tokens[k - 1] ?? '')) continue;
    const then = tokens.indexOf('thi', k + 1);
    return then > k && then <= k + 6 && then < tokens.length - 1;
  }
  return false;
}
