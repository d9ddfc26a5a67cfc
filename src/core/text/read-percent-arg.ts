/**
 * The percent typed after a task code (/tiendo P5-01 50,5%). Vietnamese writes decimals with a comma
 * ("50,5"), others with a point: both are read. A report keeps whole percents, so a fraction is rounded
 * (half up: 50,5 → 51) and the caller says so; a value outside 0–100 or no number at all is refused
 * with the reason, not one message for both.
 */
export type PercentArg =
  | { ok: true; percent: number /** what was typed, when it was rounded (e.g. "50,5"); null when whole */; rounded: string | null }
  | { ok: false; reason: 'not_a_number' | 'out_of_range' };

const PERCENT = /^(\d{1,3})(?:[.,](\d{1,2}))?%?$/;

export function readPercentArg(text: string): PercentArg {
  const match = PERCENT.exec(text.trim());
  if (!match) return { ok: false, reason: 'not_a_number' };
  const [, whole = '', fraction] = match;
  const value = Number(fraction ? `${whole}.${fraction}` : whole);
  if (value < 0 || value > 100) return { ok: false, reason: 'out_of_range' };
  if (!fraction) return { ok: true, percent: value, rounded: null };
  return { ok: true, percent: Math.round(value), rounded: text.trim().replace(/%$/, '') };
}
