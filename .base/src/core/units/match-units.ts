import type { UnitDirectory } from './unit-directory.ts';
import { canonicalTokens } from './unit-tokens.ts';

export { buildUnitDirectory, type UnitDirectory } from './unit-directory.ts';
export { resolveUnit } from './resolve-unit.ts';

export interface UnitMention {
  unitCode?: string;
  groupCode?: string;
  /** the text as written */
  matched: string;
  start: number;
  end: number;
  /** a collective without a configured group, or a name shared by several units */
  review?: boolean;
  collective?: boolean;
  candidates?: string[];
}

/**
 * Unit mentions in free Vietnamese text, left to right. At each word the longest known name wins,
 * so "Công an Phường 5" is one mention, not "Công an" plus a stray "Phường 5".
 */
export function findUnitMentions(text: string, directory: UnitDirectory): UnitMention[] {
  const tokens = canonicalTokens(text);
  const mentions: UnitMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found = false;
    for (let length = Math.min(directory.maxTokens, tokens.length - i); length >= 1; length--) {
      const slice = tokens.slice(i, i + length);
      if (slice.some((t, k) => k > 0 && t.breakBefore)) continue;
      const targets = directory.patterns.get(slice.map((t) => t.text).join(' '));
      if (!targets || targets.length === 0) continue;
      const start = slice[0]?.start ?? 0;
      const end = slice[slice.length - 1]?.end ?? start;
      const base = { matched: text.slice(start, end), start, end };
      const units = targets.filter((t) => t.type === 'unit');
      const group = targets.find((t) => t.type === 'group');
      if (units.length === 1 && units[0]?.type === 'unit') mentions.push({ ...base, unitCode: units[0].code });
      else if (units.length > 1) mentions.push({ ...base, review: true, candidates: units.map((t) => (t.type === 'unit' ? t.code : '')) });
      else if (group?.type === 'group') mentions.push({ ...base, groupCode: group.code, collective: true });
      else mentions.push({ ...base, review: true, collective: true });
      i += length;
      found = true;
      break;
    }
    if (!found) i += 1;
  }
  return mentions;
}
