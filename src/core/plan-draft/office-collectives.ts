import type { RawGroupName } from './collective-phrase.ts';
import { matchHead } from './match-unit-head.ts';
import { nextTokenAt, type Token } from './tokens.ts';
import { noGapBetween } from './unit-name-parts.ts';
import type { RawUnitName } from './unit-heads.ts';

/** Collectives read around one office's name: the office in the plural, the members of a body. */
const UPPER = /^\p{Lu}/u;

/** "Các Phòng Giáo dục và Đào tạo, các đơn vị trực thuộc Sở", "Các Đội Thống kê khu vực": one office named in the plural is that office of every district, a collective */
const PLURAL_OFFICES = new Set(['PHONG', 'CC', 'TT', 'CUC', 'DOI']);

export function pluralOffice(text: string, tokens: readonly Token[], t: number, unit: RawUnitName): RawGroupName | undefined {
  const cac = tokens[t - 1];
  if (cac?.folded !== 'cac' || !noGapBetween(text, cac.end, tokens[t]!.start)) return undefined;
  if (!PLURAL_OFFICES.has(unit.head.abbr) || !unit.title || unit.level || unit.name) return undefined;
  return { start: cac.start, end: unit.end, surface: text.slice(cac.start, unit.end) };
}

/** "Các thành viên Ban Chỉ đạo xã": the members of a body are one collective, with the body's name in it. */
export function membersOf(text: string, folded: string, tokens: readonly Token[], group: RawGroupName | undefined): RawGroupName | undefined {
  if (!group || !/thanh vien$/.test(folded.slice(group.start, group.end))) return group;
  const next = nextTokenAt(tokens, group.end);
  if (tokens[next]?.start !== group.end + 1 || !UPPER.test(tokens[next]!.word)) return group;
  const body = matchHead(text, folded, tokens, next);
  if (!body || !('unit' in body)) return group;
  return { start: group.start, end: body.end, surface: text.slice(group.start, body.end) };
}
