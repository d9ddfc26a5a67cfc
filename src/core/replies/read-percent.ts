import { FILLERS, FUTURE_MARKERS, PARTICLES } from './lexicon.ts';
import { isNumber, modifierBefore, phraseAt, phraseBefore } from './match-phrases.ts';
import type { Clause } from './types.ts';

export interface PercentReading {
  /** the last figure stated as already reached, 0..100 */
  percent: number | null;
  /** "chưa đạt 100%", "chưa được 50%": a stated figure not yet reached */
  notReached: boolean;
  reasons: string[];
}

/** Words after which a bare number is a percentage: "tiến độ 50", "ht 80". */
const LEAD_INS = ['tien do', 'dat', 'duoc', 'hoan thanh', 'xong', 'khoang', 'tam', 'la', 'muc'];
const HALF = ['mot nua', '1 nua', 'nua chang', 'duoc nua'];
const NOT_REACHED = ['chua', 'khong', 'chua dat', 'chua duoc', 'chua toi', 'chua den', 'duoi', 'khong dat', 'khong duoc'];
const PERCENT_FILLERS = [...FILLERS, 'tien do', 'dat', 'khoang', 'tam', 'hoan thanh', 'xong', 'lam', 'la', 'muc', 'nhiem vu'];

/**
 * The progress figure a reply states: "80%", "80 phần trăm", "tiến độ 50", "45/60 hộ", "một nửa".
 * Figures the unit aims at ("phấn đấu 100%") or has not reached ("chưa đạt 100%") are not progress.
 */
export function readPercent(clauses: readonly Clause[]): PercentReading {
  const reading: PercentReading = { percent: null, notReached: false, reasons: [] };
  for (const { tokens } of clauses) {
    for (let i = 0; i < tokens.length; i++) {
      const found = figureAt(tokens, i);
      if (!found) continue;
      const modifier = modifierBefore(tokens, i, { notReached: NOT_REACHED, ahead: FUTURE_MARKERS }, PERCENT_FILLERS);
      if (modifier?.group === 'notReached') {
        reading.notReached = true;
        reading.reasons.push('percent_not_reached');
      } else if (modifier?.group === 'ahead') {
        reading.reasons.push('percent_target_ignored');
      } else {
        reading.percent = found.value;
        reading.reasons.push(found.tag);
      }
    }
  }
  return reading;
}

function figureAt(tokens: readonly string[], i: number): { value: number; tag: string } | null {
  const token = tokens[i];
  if (phraseAt(tokens, i, HALF)) return { value: 50, tag: 'percent_half' };
  if (!isNumber(token) || tokens[i - 1] === '/') return null;
  const value = Math.round(Number(token));
  if (tokens[i + 1] === '%') return value <= 100 ? { value, tag: 'percent_sign' } : null;
  if (tokens[i + 1] === '/') return fraction(value, tokens, i, phraseBefore(tokens, i, LEAD_INS) !== null);
  const next = tokens[i + 1];
  const endsClause = next === undefined || PARTICLES.includes(next) || next === 'roi';
  if (value <= 100 && endsClause && phraseBefore(tokens, i, LEAD_INS)) return { value, tag: 'percent_after_lead_in' };
  return null;
}

/**
 * "45/60 hộ" → 75%, "được 1/2" → 50%. Dates ("15/12", "20/11/2025") are not fractions: a third part,
 * or a denominator of 12 or less without a lead-in like "được".
 */
function fraction(numerator: number, tokens: readonly string[], i: number, ledIn: boolean): { value: number; tag: string } | null {
  const denominatorToken = tokens[i + 2];
  if (!isNumber(denominatorToken) || tokens[i + 3] === '/') return null;
  const denominator = Number(denominatorToken);
  if (denominator === 0 || numerator > denominator || (denominator <= 12 && !ledIn)) return null;
  return { value: Math.round((numerator / denominator) * 100), tag: 'percent_fraction' };
}
