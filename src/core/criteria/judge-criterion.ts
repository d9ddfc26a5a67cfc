/**
 * A criterion's verdict from a measurement: a number against the target ("≥ 80 %"), or, for a
 * criterion judged in words, "đạt" / "chưa đạt". The latest measurement decides; none: chưa đo.
 */
import { t } from '../i18n/translate.ts';
import type { Locale } from '../model/records.ts';
import { parseTarget } from '../plan/normalize-plan.ts';
import { foldVietnamese } from '../text/fold.ts';

export type Verdict = 'met' | 'not_met';
export type CriterionStatus = Verdict | 'not_measured';

export interface Measurement {
  value: number | null;
  valueText: string | null;
  verdict: Verdict;
}

export type ReadMeasurement = { ok: true; measurement: Measurement } | { ok: false; error: string };

/** "80", "80%", "82,5" → 82.5; null when not a number */
function readNumber(text: string): number | null {
  const match = /^(-?\d+(?:[.,]\d+)?)\s*%?$/.exec(text.trim());
  return match?.[1] ? Number(match[1].replace(',', '.')) : null;
}

function meets(value: number, target: { op: string; value: number }): boolean {
  switch (target.op) {
    case '>=':
      return value >= target.value;
    case '>':
      return value > target.value;
    case '<=':
      return value <= target.value;
    case '<':
      return value < target.value;
    default:
      return value === target.value;
  }
}

/** Reads what a unit reported for a criterion with this target (stored text, e.g. ">= 80"), or says why not. */
export function readMeasurement(targetText: string | null, input: string, locale: Locale = 'vi'): ReadMeasurement {
  const target = targetText ? parseTarget(targetText) : undefined;
  const folded = foldVietnamese(input);
  if (target) {
    const value = readNumber(input);
    if (value === null) return { ok: false, error: t(locale, 'criterion.needs_number', { target: target.text.replace('>=', '≥').replace('<=', '≤') }) };
    return { ok: true, measurement: { value, valueText: null, verdict: meets(value, target) ? 'met' : 'not_met' } };
  }
  if (MET.includes(folded)) return { ok: true, measurement: { value: null, valueText: 'đạt', verdict: 'met' } };
  if (NOT_MET.includes(folded)) return { ok: true, measurement: { value: null, valueText: 'chưa đạt', verdict: 'not_met' } };
  return { ok: false, error: t(locale, 'criterion.needs_verdict') };
}

/** Verdicts in words, Vietnamese and (as the English help writes them) English. */
const MET = ['dat', 'co', 'met', 'yes'];
const NOT_MET = ['chua dat', 'khong dat', 'khong', 'not met', 'no'];

/** The overall verdict: đạt only when every criterion is met; chưa đủ số liệu while any is unmeasured. */
export function overallStatus(statuses: readonly CriterionStatus[]): 'met' | 'not_met' | 'incomplete' {
  if (statuses.some((s) => s === 'not_met')) return 'not_met';
  if (statuses.some((s) => s === 'not_measured') || statuses.length === 0) return 'incomplete';
  return 'met';
}
