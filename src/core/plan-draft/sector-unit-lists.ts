import type { RawGroupName } from './collective-phrase.ts';
import { DEPARTMENT_SECTORS, matchSector, namedSector } from './sector-names.ts';
import { nextTokenAt, type Token } from './tokens.ts';
import { type RawUnitName, UNIT_HEADS } from './unit-heads.ts';

/** Several units or a collective read from one head written before a list of sectors. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;

/**
 * "Giám đốc các Sở: Xây dựng, Công Thương, Nông nghiệp và Phát triển nông thôn": one head written for a
 * list of sectors names a unit for each of them (the first is `first`, already read).
 */
export function sectorList(text: string, folded: string, first: RawUnitName): RawUnitName[] {
  if (!first.title || first.level) return [];
  const out: RawUnitName[] = [];
  let end = first.end;
  for (;;) {
    const gap = /^(?:,\s*|\s+và\s+)/u.exec(text.slice(end));
    if (!gap) break;
    const at = end + gap[0].length;
    const named = UPPER.test(text.slice(at, at + 1)) ? namedSector(first.head.abbr, text, folded, at) : undefined;
    if (!named || WORD_CHAR.test(folded[named.end] ?? '')) break;
    out.push({ head: first.head, start: at, end: named.end, surface: text.slice(at, named.end), title: named.title });
    end = named.end;
  }
  return out;
}

/** "Các sở: Y tế, Tài nguyên và Môi trường theo chức năng …": after the colon, one department per sector named. */
export function colonSectorList(text: string, folded: string, tokens: readonly Token[], t: number): RawUnitName[] {
  const kind = tokens[t + 1];
  const head = UNIT_HEADS.find((h) => h.abbr === (kind?.folded === 'so' ? 'SO' : kind?.folded === 'phong' ? 'PHONG' : ''));
  if (!kind || !head || kind.after !== ':') return [];
  const at = nextTokenAt(tokens, kind.end + 1);
  const first = tokens[at] && UPPER.test(tokens[at]!.word) ? namedSector(head.abbr, text, folded, tokens[at]!.start) : undefined;
  if (!first || WORD_CHAR.test(folded[first.end] ?? '')) return [];
  const unit: RawUnitName = { head, start: tokens[at]!.start, end: first.end, surface: text.slice(tokens[at]!.start, first.end), title: first.title };
  return [unit, ...sectorList(text, folded, unit)];
}

/** "các sở giáo dục và đào tạo, y tế, tư pháp": the departments of the sectors named, written in lower case. */
export function sectorCollective(text: string, folded: string, tokens: readonly Token[], t: number): RawGroupName | undefined {
  const kind = tokens[t + 1];
  // "các Sở Tài chính, Xây dựng" in capitals is read as units one by one (sectorList)
  if (!kind || !['so', 'phong', 'bo'].includes(kind.folded) || kind.after !== '' || UPPER.test(kind.word)) return undefined;
  let at = nextTokenAt(tokens, kind.end);
  let end: number | undefined;
  for (;;) {
    const found = tokens[at] ? matchSector(folded, tokens[at]!.start, DEPARTMENT_SECTORS) : undefined;
    if (!found) break;
    end = found.end;
    const rest = /^(?:,\s*|\s+và\s+)/u.exec(text.slice(end));
    if (!rest) break;
    at = nextTokenAt(tokens, end + rest[0].length - 1);
  }
  return end === undefined ? undefined : { start: tokens[t]!.start, end, surface: text.slice(tokens[t]!.start, end) };
}
