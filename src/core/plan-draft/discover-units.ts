import { DRAFTED_GROUP_PREFIX } from '../plan/drafted-group-code.ts';
import { foldVietnamese } from '../text/fold.ts';
import { withAbbreviations } from './abbreviations.ts';
import { capitalizeFirst, foldSameLength } from './clean-text.ts';
import type { RawGroupName } from './collective-phrase.ts';
import { scanUnitNames } from './scan-unit-names.ts';
import type { RawUnitName } from './unit-heads.ts';
import { LEVELS, type LevelWord } from './unit-levels.ts';
import type { DraftGroup, DraftUnit } from './types.ts';

/** Where a unit or group is named in the text (offsets into the text given to discoverUnits). */
export interface UnitMention {
  ref: string;
  group: boolean;
  start: number;
  end: number;
  text: string;
}

export interface DiscoveryContext {
  /** the plan's target area ("Phường 5"): a bare "Công an phường" means this ward */
  area?: string;
  /** how the text names its issuer ("Ban Chỉ đạo thành phố"): a bare "Ban Chỉ đạo" means it */
  issuerShort?: string;
}

export interface UnitDiscovery {
  units: DraftUnit[];
  groups: DraftGroup[];
  mentions: UnitMention[];
}

interface Resolved {
  raw: RawUnitName;
  level?: LevelWord;
  name?: string;
  key: string;
}

/**
 * Finds the agencies a plan names, without a directory: canonical names ("UBND" → "Ủy ban nhân dân"),
 * generated codes (CA_TP, CA_P5, UBND_P5), aliases, repeats merged; collective mentions become groups
 * marked for review.
 */
export function discoverUnits(text: string, ctx: DiscoveryContext = {}): UnitDiscovery {
  const scanned = scanUnitNames(text, foldSameLength(text));
  const areaLevel = ctx.area ? readArea(ctx.area) : undefined;
  const issuer = ctx.issuerShort ? scanUnitNames(ctx.issuerShort, foldSameLength(ctx.issuerShort)).units[0] : undefined;

  const resolved = inheritSiblingLevels(text, scanned.units).map((raw) => resolve(raw, areaLevel, issuer));
  const keyOf = mergeKeys(resolved);
  const byKey = new Map<string, Resolved[]>();
  for (const r of resolved) {
    const key = keyOf.get(r.key) ?? r.key;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }

  const usedCodes = new Set<string>();
  const units: DraftUnit[] = [];
  const refByKey = new Map<string, string>();
  for (const [key, members] of byKey) {
    const target = members.find((m) => m.key === key) ?? members[0]!;
    const name = displayName(target);
    const code = uniqueCode(codeOf(target), usedCodes);
    refByKey.set(key, code);
    const unit: DraftUnit = {
      code,
      name,
      aliases: aliasesOf(name, code, members),
      kind: target.raw.head.kind,
      mentions: members.length,
      review: false,
      reviewNotes: [],
    };
    if (target.level && !target.name && ['P', 'X', 'TT'].includes(target.level.abbr)) {
      flag(unit, `Không rõ ${target.level.display} nào; cần ghi rõ tên.`);
    }
    if (target.raw.head.abbr === 'BCD' && !target.level) flag(unit, 'Không rõ Ban Chỉ đạo cấp nào.');
    if (target.raw.head.abbr === 'DOI') flag(unit, 'Tên đội có thể bị cắt ngắn; cần kiểm tra.');
    units.push(unit);
  }

  const groups: DraftGroup[] = [];
  const groupRef = new Map<string, string>();
  for (const raw of scanned.groups) {
    const folded = foldVietnamese(raw.surface);
    if (groupRef.has(folded)) continue;
    const code = uniqueCode(groupCode(raw), usedCodes);
    groupRef.set(folded, code);
    groups.push({
      code,
      name: /^(Các|Những|Cán)\s/.test(raw.surface) ? raw.surface.charAt(0).toLowerCase() + raw.surface.slice(1) : raw.surface,
      aliases: [],
      review: true,
      reviewNotes: ['Nhắc chung nhiều đơn vị; cần chỉ rõ gồm những đơn vị nào.'],
    });
  }

  const mentions: UnitMention[] = [
    ...resolved.map((r) => ({
      ref: refByKey.get(keyOf.get(r.key) ?? r.key)!,
      group: false,
      start: r.raw.start,
      end: r.raw.end,
      text: r.raw.surface,
    })),
    ...scanned.groups.map((g: RawGroupName) => ({
      ref: groupRef.get(foldVietnamese(g.surface))!,
      group: true,
      start: g.start,
      end: g.end,
      text: g.surface,
    })),
  ].sort((a, b) => a.start - b.start);
  const abbreviated = withAbbreviations(text, mentions);
  for (const unit of units) {
    const fullName = abbreviated.fullNames.get(unit.code);
    if (fullName) {
      unit.aliases.push(unit.name);
      unit.name = fullName;
    }
    for (const alias of abbreviated.aliases.get(unit.code) ?? []) if (!unit.aliases.includes(alias)) unit.aliases.push(alias);
  }
  return { units, groups, mentions: abbreviated.mentions };
}

/** "Mặt trận, Đoàn Thanh niên, Hội Phụ nữ phường": the level written once applies to the whole list. */
function inheritSiblingLevels(text: string, units: RawUnitName[]): RawUnitName[] {
  const out = units.map((u) => ({ ...u }));
  for (let i = out.length - 2; i >= 0; i--) {
    const current = out[i]!;
    const next = out[i + 1]!;
    if (current.level || !next.level || current.head.tail === 'none' || isNationalBody(current)) continue;
    if (!/^\s*(,|và|,\s*và)\s*$/.test(text.slice(current.end, next.start))) continue;
    current.level = next.level;
    if (next.name) current.name = next.name;
  }
  return out;
}

/**
 * A body of the State or the Party at national level ("Bộ Lao động - Thương binh và Xã hội", "Ban Bí thư
 * Trung ương Đảng", "Văn phòng Chính phủ"): it has no province, so it never takes a level or the plan's area.
 */
function isNationalBody(raw: RawUnitName): boolean {
  if (raw.level) return false;
  return raw.head.abbr === 'BO' || /(?:^|\s)(?:trung uong|chinh phu|quoc hoi)(?:\s|$)/u.test(foldVietnamese(raw.surface));
}

function readArea(area: string): { level: LevelWord; name: string } | undefined {
  const folded = foldVietnamese(area);
  for (const level of LEVELS) {
    if (folded.startsWith(`${level.folded} `)) return { level, name: area.slice(level.folded.length).trim() };
  }
  return undefined;
}

function resolve(raw: RawUnitName, area: { level: LevelWord; name: string } | undefined, issuer?: RawUnitName): Resolved {
  let level = raw.level;
  let name = raw.name;
  if (level && !name && area && area.level.abbr === level.abbr) name = area.name;
  if (!level && raw.head.abbr === 'BCD' && raw.head.tail === 'steering' && issuer?.head.abbr === 'BCD') {
    level = issuer.level;
    name = issuer.name;
  }
  // heads written in full with no canonical name ("Tỉnh đoàn", "Huyện đoàn", "Tỉnh ủy", "Quỹ Bảo trợ trẻ em tỉnh") differ by
  // their words, the level aside ("Quỹ Đầu tư phát triển tỉnh" is another fund)
  const title = raw.title ?? (raw.head.canonical ? '' : level ? firstWords(raw) : raw.surface);
  const key = [raw.head.abbr, foldVietnamese(title), level?.abbr ?? '', foldVietnamese(name ?? '')].join('|');
  return { raw, key, ...(level && { level }), ...(name && { name }) };
}

/** Merges "Hội Phụ nữ" into the one "Hội Liên hiệp Phụ nữ Phường 5", "Công an tỉnh" into the one "Công an tỉnh X". */
function mergeKeys(resolved: readonly Resolved[]): Map<string, string> {
  const keys = [...new Set(resolved.map((r) => r.key))];
  const map = new Map<string, string>();
  for (const key of keys) {
    const [abbr, title, level, name] = key.split('|');
    const candidates = keys.filter((other) => {
      if (other === key) return false;
      const [a, t, l, n] = other.split('|');
      if (a !== abbr || t !== title) return false;
      if (level === '') return l !== '';
      return name === '' && l === level && n !== '';
    });
    if (candidates.length === 1 && (level === '' || name === '')) map.set(key, candidates[0]!);
  }
  // follow chains: "" → "tỉnh" → "tỉnh X"
  for (const [key, target] of map) {
    let end = target;
    while (map.has(end) && map.get(end) !== key) end = map.get(end)!;
    map.set(key, end);
  }
  return map;
}

function displayName(r: Resolved): string {
  const head = r.raw.head.canonical ?? capitalizeFirst(firstWords(r.raw));
  const parts = [head];
  if (r.raw.title) parts.push(r.raw.title);
  if (r.level) {
    const numeric = r.name !== undefined && /^\d/.test(r.name);
    // "Ban cán sự đảng Ủy ban nhân dân tỉnh" + tỉnh Kon Tum: the level word is written once
    if (!endsWithWord(parts.join(' '), r.level.display)) parts.push(numeric ? capitalizeFirst(r.level.display) : r.level.display);
    if (r.name && !endsWithWord(parts.join(' '), r.name)) parts.push(r.name);
  }
  return parts.join(' ');
}

function endsWithWord(text: string, word: string): boolean {
  const folded = foldVietnamese(text);
  const last = foldVietnamese(word);
  return folded === last || folded.endsWith(` ${last}`);
}

function firstWords(raw: RawUnitName): string {
  const headLength = raw.title ? raw.surface.indexOf(raw.title) : withoutLevel(raw);
  return raw.surface.slice(0, headLength > 0 ? headLength : raw.surface.length).trim();
}

/** "Ban Quản lý các khu công nghiệp tỉnh": the level ends the surface and is added back once, not twice */
function withoutLevel(raw: RawUnitName): number {
  if (!raw.level) return raw.surface.length;
  const folded = foldSameLength(raw.surface);
  const tail = raw.name ? `${raw.level.folded} ${foldSameLength(raw.name)}` : raw.level.folded;
  return folded.endsWith(` ${tail}`) ? folded.length - tail.length - 1 : raw.surface.length;
}

function codeOf(r: Resolved): string {
  const parts: string[] = [];
  if (r.raw.head.tail === 'none') parts.push(slug(r.raw.surface));
  else parts.push(r.raw.head.abbr);
  if (r.raw.title) parts.push(initials(r.raw.title));
  if (r.level) parts.push(r.level.abbr + (r.name ? (/^\d/.test(r.name) ? r.name.toUpperCase() : initials(r.name)) : ''));
  return parts.join('_');
}

function groupCode(raw: RawGroupName): string {
  const words = foldVietnamese(raw.surface)
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'cac' && w !== 'nhung');
  return `${DRAFTED_GROUP_PREFIX}${words.join('_').toUpperCase()}`.slice(0, 40).replace(/_+$/, '');
}

function initials(words: string): string {
  return foldVietnamese(words)
    .split(/[\s\-–]+/)
    .filter((w) => w && w !== 'va')
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

function slug(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .toUpperCase();
}

function uniqueCode(code: string, used: Set<string>): string {
  let candidate = code;
  for (let n = 2; used.has(candidate); n++) candidate = `${code}_${n}`;
  used.add(candidate);
  return candidate;
}

function aliasesOf(name: string, code: string, members: readonly Resolved[]): string[] {
  const out = new Map<string, string>();
  const add = (alias: string) => {
    const key = foldVietnamese(alias);
    if (key && key !== foldVietnamese(name) && !out.has(key)) out.set(key, alias);
  };
  for (const m of members) add(m.raw.surface);
  if (name.startsWith('Ủy ban nhân dân ')) add(`UBND ${name.slice('Ủy ban nhân dân '.length)}`);
  if (name.includes(' thành phố')) add(name.replace(' thành phố', ' TP'));
  add(code.replace(/_/g, ''));
  return [...out.values()];
}

function flag(unit: DraftUnit, note: string): void {
  unit.review = true;
  unit.reviewNotes.push(note);
}
