import { type PhraseMatch, phraseAt } from './match-phrases.ts';

const AT = ['o', 'tren', 'tai'];
const BODIES_ABOVE = ['quan', 'huyen', 'tinh', 'thanh pho', 'so', 'quan uy', 'huyen uy', 'tinh uy', 'trung uong'];

/**
 * "đi họp ở quận", "đi họp trên huyện": the unit away at a meeting of a body above, not the work's own
 * meetings ("đi họp dân", "đi họp tổ dân phố" are).
 */
export function awayAtAMeeting(tokens: readonly string[], match: PhraseMatch): boolean {
  if (match.phrase !== 'hop' || tokens[match.start - 1] !== 'di') return false;
  const at = AT.includes(tokens[match.end] ?? '') ? match.end + 1 : match.end;
  return phraseAt(tokens, at, BODIES_ABOVE) !== null;
}
