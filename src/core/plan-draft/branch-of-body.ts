// A branch named by the whole name of the body it belongs to or stands for, kept apart from the unit scanner that reads it.
import type { Token } from './tokens.ts';
import type { RawUnitName, UnitHead } from './unit-heads.ts';

type ReadUnitAt = (t: number) => { unit: RawUnitName; end: number } | { end: number } | undefined;

/**
 * "Chi nhánh Ngân hàng Chính sách xã hội tỉnh X": a branch of a body known by its whole name is that body's unit, named from
 * "Chi nhánh" ("Chi nhánh Văn phòng …", titled by a sector, is read as before). "Chi đoàn Công an phường", "Chi đoàn Khoa Dược",
 * "Chi đoàn Văn phòng HĐND và UBND phường": a Youth Union branch named by the body it is in is a unit of its own, not that body.
 */
export function branchOfBody(
  head: UnitHead,
  text: string,
  folded: string,
  tokens: readonly Token[],
  span: { start: number; end: number; after: number },
  readUnitAt: ReadUnitAt,
): { unit: RawUnitName; end: number } | undefined {
  const { start, end, after } = span;
  const next = tokens[after];
  if (!next) return undefined;
  if (head.abbr === 'CN') {
    const body = readUnitAt(after);
    if (body && 'unit' in body && body.unit.head.tail !== 'title')
      return { unit: { ...body.unit, start, surface: text.slice(start, body.end) }, end: body.end };
    return undefined;
  }
  if (head.abbr !== 'CHI_HOI' || folded.slice(start, end) !== 'chi doan' || !/^\p{Lu}/u.test(next.word) || next.start !== end + 1) return undefined;
  const body = readUnitAt(after);
  if (!body || !('unit' in body)) return undefined;
  return { unit: { head, start, end: body.end, surface: text.slice(start, body.end), title: text.slice(next.start, body.end) }, end: body.end };
}
