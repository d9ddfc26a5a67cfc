import { headsOfCollective, matchGroup, type RawGroupName, unitsWhich } from './collective-phrase.ts';
import { asNamedBefore } from './heading-name-rest.ts';
import { matchHead } from './match-unit-head.ts';
import { namedCollective } from './named-collectives.ts';
import { membersOf, pluralOffice } from './office-collectives.ts';
import { colonSectorList, sectorCollective, sectorList } from './sector-unit-lists.ts';
import { nextTokenAt, type Token, tokenize } from './tokens.ts';
import type { RawUnitName } from './unit-heads.ts';

/**
 * The scan over a text for units and collectives. What one head word starts is read in match-unit-head.ts (a titled name in
 * titled-unit-name.ts), lists of sectors after one head in sector-unit-lists.ts, an office in the plural and a body's members in
 * office-collectives.ts.
 */
const UPPER = /^\p{Lu}/u;

const MEMBER_BRANCHES = /^cac co so (?:doan|hoi) truc thuoc\b/;

/** Scans text for agency names and collective mentions; `folded` is foldSameLength(text). */
export function scanUnitNames(text: string, folded: string): { units: RawUnitName[]; groups: RawGroupName[] } {
  const tokens = tokenize(text, folded);
  const units: RawUnitName[] = [];
  const groups: RawGroupName[] = [];
  let t = 0;
  while (t < tokens.length) {
    const token = tokens[t]!;
    if (inCapitalsRun(tokens, t)) {
      t++;
      continue;
    }
    // "Trưởng phòng Tài chính - Kế hoạch", "Trưởng ban Dân vận": the head's post names the unit in lower case
    const postOfHead = /^(?:phòng|ban)$/u.test(token.word) && /^(?:Trưởng|trưởng)$/u.test(tokens[t - 1]?.word ?? '') && UPPER.test(tokens[t + 1]?.word ?? '');
    // "… và các cơ sở Hội trực thuộc": a body's own branches, in lower case after "và", are one unit, not "các cơ sở" (any establishments)
    const ownBranches = token.word === 'các' && MEMBER_BRANCHES.test(folded.slice(token.start, token.start + 30));
    // "…, công chức Văn hóa - Xã hội báo cáo …": a commune's civil servant by post, in lower case inside a sentence
    const communePost = token.word === 'công' && tokens[t + 1]?.word === 'chức' && UPPER.test(tokens[t + 2]?.word ?? '');
    if (UPPER.test(token.word) || postOfHead || ownBranches || communePost) {
      const found = matchHead(text, folded, tokens, t);
      if (found) {
        if ('unit' in found) {
          const whole = asNamedBefore(text, found.unit, units);
          Object.assign(found, { unit: whole, end: whole.end });
        }
        const more = 'unit' in found && tokens[t - 1]?.folded === 'cac' ? sectorList(text, folded, found.unit) : [];
        const plural = 'unit' in found && more.length === 0 ? pluralOffice(text, tokens, t, found.unit) : undefined;
        if ('collective' in found) groups.push(found.collective);
        else if (plural) groups.push(plural);
        else units.push(found.unit);
        units.push(...more);
        t = nextTokenAt(tokens, more.at(-1)?.end ?? found.end);
        continue;
      }
    }
    const named = token.folded === 'cac' ? namedCollective(text, folded, token.start) : undefined;
    if (named) {
      groups.push(named);
      t = nextTokenAt(tokens, named.end);
      continue;
    }
    const listed = token.folded === 'cac' ? colonSectorList(text, folded, tokens, t) : [];
    if (listed.length > 0) {
      units.push(...listed);
      t = nextTokenAt(tokens, listed.at(-1)!.end);
      continue;
    }
    const bySector = token.folded === 'cac' ? sectorCollective(text, folded, tokens, t) : undefined;
    if (bySector) {
      groups.push(bySector);
      t = nextTokenAt(tokens, bySector.end);
      continue;
    }
    const heads = headsOfCollective(text, tokens, t);
    if (heads) {
      groups.push(heads);
      t = nextTokenAt(tokens, heads.end);
      continue;
    }
    const which = unitsWhich(text, tokens, t);
    if (which || ['cac', 'nhung'].includes(token.folded) || /^can bo,? cong chuc/.test(folded.slice(token.start, token.start + 20))) {
      const group = which ?? membersOf(text, folded, tokens, matchGroup(text, tokens, t, token.start));
      if (group) {
        groups.push(group);
        t = nextTokenAt(tokens, group.end);
        continue;
      }
    }
    t++;
  }
  return { units, groups };
}

/** A title or heading line in capitals ("BAN HÀNH KẾ HOẠCH …", "ỦY BAN NHÂN DÂN TỈNH …") names no unit of the body. */
function inCapitalsRun(tokens: readonly Token[], t: number): boolean {
  const caps = (token?: Token) => token !== undefined && /^[\p{Lu}\d\-–/&.]+$/u.test(token.word) && /\p{Lu}/u.test(token.word);
  const word = tokens[t]!;
  if (!caps(word)) return false;
  const next = tokens[t + 1];
  const previous = tokens[t - 1];
  return (
    (caps(next) && word.after !== '\n' && /\p{Lu}{2}/u.test(next!.word)) ||
    (caps(previous) && previous!.after !== '\n' && /\p{Lu}{2}/u.test(previous!.word) && /\p{Lu}{2}/u.test(word.word))
  );
}
