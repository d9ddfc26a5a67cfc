import type { UnitRecord } from '../model/records.ts';
import type { UnitGroup } from '../plan/plan-model.ts';
import { findUnits } from './find-unit.ts';

const splitWords = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** "/giao P5-01 CAP5 không | …": the task keeps no supporting unit. */
export const NO_SUPPORT_WORDS = ['không', 'khong', '-'];

/** More words than any unit name has: the longest run tried at each place (keeps the search small). */
const LONGEST_NAME_WORDS = 14;

export type SegmentedUnits = { ok: true; lead: string; support: string[] | null } | { ok: false; query: string };

/**
 * Units typed with spaces and no commas ("/giao P5-01 Công an phường 5 Hội Nông dân phường 5"): at
 * each place the longest run of words that names one unit or group is taken, so a unit may be typed
 * by its name as well as its code. A run that names nothing is given back whole for the refusal.
 */
export function segmentUnitWords(words: readonly string[], units: readonly UnitRecord[], groups: readonly UnitGroup[]): SegmentedUnits {
  const queries: string[] = [];
  let at = 0;
  while (at < words.length) {
    if (queries.length === 1 && at === words.length - 1 && NO_SUPPORT_WORDS.includes(words[at]!.toLowerCase())) {
      return { ok: true, lead: queries[0]!, support: [] };
    }
    let end = Math.min(words.length, at + LONGEST_NAME_WORDS);
    while (end > at && !findUnits(units, groups, words.slice(at, end).join(' '))) end -= 1;
    if (end === at) {
      // "Công an phường 9": "Công an phường" named the one "Công an Phường 5" by its words, then "9" nothing;
      // a number cannot start a unit's name, so the refusal quotes the name typed whole.
      const from = queries.length > 0 && /^\d+$/.test(words[at]!) ? at - splitWords(queries.at(-1)!).length : at;
      return { ok: false, query: words.slice(from).join(' ') };
    }
    queries.push(words.slice(at, end).join(' '));
    at = end;
  }
  const [lead = '', ...support] = queries;
  return { ok: true, lead, support: support.length === 0 ? null : support };
}
