import { canonicalKey, tokenize } from './unit-tokens.ts';

/** The minimum a unit needs for matching; the plan's PlanUnit and stored units both fit. */
export interface DirectoryUnit {
  code: string;
  name: string;
  shortNames?: readonly string[];
  aliases?: readonly string[];
}

export interface DirectoryGroup {
  code: string;
  name: string;
  aliases?: readonly string[];
  members: readonly string[];
}

export type MatchTarget = { type: 'unit'; code: string } | { type: 'group'; code: string } | { type: 'collective' };

export interface UnitDirectory {
  units: ReadonlyMap<string, DirectoryUnit>;
  groups: ReadonlyMap<string, DirectoryGroup>;
  /** canonical key → what it names (several units = ambiguous) */
  patterns: ReadonlyMap<string, readonly MatchTarget[]>;
  /** canonical and plain folded keys of each unit's names, for partial lookups */
  unitKeys: ReadonlyMap<string, readonly string[]>;
  maxTokens: number;
}

/**
 * Collective mentions that stand for "whoever is relevant". Without a configured group they are
 * returned for review instead of being guessed.
 */
export const COLLECTIVE_PHRASES: readonly string[] = [
  'các ngành, đoàn thể cùng cấp',
  'các ngành, đoàn thể',
  'các ban, ngành, đoàn thể',
  'các ban, ngành, đoàn thể cùng cấp',
  'các sở, ban, ngành',
  'các phòng, ban, ngành',
  'các phòng, ban chuyên môn',
  'các tổ chức chính trị - xã hội cùng cấp',
  'các tổ chức chính trị - xã hội',
  'các đoàn thể chính trị - xã hội',
  'các đoàn thể',
  'các đơn vị liên quan',
  'các đơn vị có liên quan',
  'các cơ quan, đơn vị liên quan',
  'các cơ quan, đơn vị có liên quan',
  'các ngành liên quan',
  'các ngành có liên quan',
  'các lực lượng liên quan',
  'cán bộ, công chức có liên quan',
];

export function buildUnitDirectory(units: readonly DirectoryUnit[], groups: readonly DirectoryGroup[] = []): UnitDirectory {
  const patterns = new Map<string, MatchTarget[]>();
  const unitKeys = new Map<string, string[]>();
  const add = (key: string, target: MatchTarget) => {
    if (key === '') return;
    const list = patterns.get(key) ?? [];
    if (target.type === 'group') {
      // a configured group replaces the generic "needs review" reading of the same phrase
      const kept = list.filter((t) => t.type !== 'collective');
      if (!kept.some((t) => t.type === 'group' && t.code === target.code)) kept.push(target);
      patterns.set(key, kept);
      return;
    }
    if (target.type === 'collective' && list.length > 0) return;
    if (target.type === 'unit' && list.some((t) => t.type === 'unit' && t.code === target.code)) return;
    patterns.set(key, [...list.filter((t) => t.type !== 'collective'), target]);
  };

  for (const phrase of COLLECTIVE_PHRASES) for (const key of withoutLeadingCac(canonicalKey(phrase))) add(key, { type: 'collective' });
  for (const unit of units) {
    const names = [unit.code, unit.name, ...(unit.shortNames ?? []), ...(unit.aliases ?? [])];
    const keys = names.map(canonicalKey).filter((k) => k !== '');
    const plainKeys = names.map((name) =>
      tokenize(name)
        .map((t) => t.text)
        .join(' '),
    );
    unitKeys.set(unit.code, [...new Set([...keys, ...plainKeys])]);
    for (const key of keys) add(key, { type: 'unit', code: unit.code });
  }
  for (const group of groups) {
    for (const name of [group.code, group.name, ...(group.aliases ?? [])])
      for (const key of withoutLeadingCac(canonicalKey(name))) add(key, { type: 'group', code: group.code });
  }

  let maxTokens = 1;
  for (const key of patterns.keys()) maxTokens = Math.max(maxTokens, key.split(' ').length);
  return {
    units: new Map(units.map((u) => [u.code, u])),
    groups: new Map(groups.map((g) => [g.code, g])),
    patterns,
    unitKeys,
    maxTokens,
  };
}

/** "các đơn vị liên quan" is also written "đơn vị liên quan"; short remainders ("đoàn thể") are too vague. */
function withoutLeadingCac(key: string): string[] {
  const rest = key.slice(4);
  return key.startsWith('cac ') && rest.split(' ').length >= 3 ? [key, rest] : [key];
}
