import { foldVietnamese } from '../text/fold.ts';
import type { UnitDirectory } from './unit-directory.ts';
import { canonicalKey, tokenize } from './unit-tokens.ts';

export type UnitResolution =
  | { kind: 'unit'; unitCode: string }
  | { kind: 'group'; groupCode: string; members: string[] }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'not_found' };

/**
 * What a user means by a unit argument (`/moi CAP5`, `/moi công an phường 5`): exact code, then a
 * known name or alias, then a unique unit whose name contains the words typed.
 */
export function resolveUnit(query: string, directory: UnitDirectory): UnitResolution {
  const compact = foldVietnamese(query)
    .replace(/^@/, '')
    .replace(/[^a-z0-9]/g, '');
  if (compact === '') return { kind: 'not_found' };
  for (const code of directory.units.keys()) if (compactCode(code) === compact) return { kind: 'unit', unitCode: code };
  for (const [code, group] of directory.groups) if (compactCode(code) === compact) return { kind: 'group', groupCode: code, members: [...group.members] };

  const key = canonicalKey(query);
  const targets = directory.patterns.get(key) ?? [];
  const exactUnits = targets.flatMap((t) => (t.type === 'unit' ? [t.code] : []));
  if (exactUnits.length === 1 && exactUnits[0]) return { kind: 'unit', unitCode: exactUnits[0] };
  if (exactUnits.length > 1) return { kind: 'ambiguous', candidates: exactUnits };
  const group = targets.find((t) => t.type === 'group');
  if (group?.type === 'group') return { kind: 'group', groupCode: group.code, members: [...(directory.groups.get(group.code)?.members ?? [])] };

  const words = [
    ` ${key} `,
    ` ${tokenize(query)
      .map((t) => t.text)
      .join(' ')} `,
  ];
  const partial: string[] = [];
  for (const [code, keys] of directory.unitKeys) if (keys.some((k) => words.some((w) => ` ${k} `.includes(w)))) partial.push(code);
  if (partial.length === 1 && partial[0]) return { kind: 'unit', unitCode: partial[0] };
  if (partial.length > 1) return { kind: 'ambiguous', candidates: partial };
  return { kind: 'not_found' };
}

function compactCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}
