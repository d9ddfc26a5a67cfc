import type { UnitMention } from './discover-units.ts';

/**
 * "Cơ quan Thường trực Ban Chỉ đạo 389 tỉnh (Sở Công Thương)": the body in brackets serves as the office the heading names, so it
 * leads the duties under it.
 */
export function standingOfficeRef(text: string, mentions: readonly UnitMention[]): string | undefined {
  // "Phòng LĐ-TB&XH huyện, cơ quan thường trực Ban Chỉ đạo …, có trách nhiệm:": the unit named first is the office, not the board
  const first = mentions.find((m) => m.start <= 1);
  if (first && /^,\s*(?:là\s+)?(?:cơ quan|đơn vị)\s+(?:thường trực|đầu mối)\s/iu.test(text.slice(first.end))) return first.ref;
  if (!/^\s*cơ quan thường trực\b/iu.test(text)) return undefined;
  const open = text.indexOf('(');
  return open < 0 ? undefined : mentions.find((m) => m.start > open && text.indexOf(')', open) > m.start)?.ref;
}
