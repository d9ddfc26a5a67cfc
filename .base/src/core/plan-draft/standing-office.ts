import type { UnitMention } from './discover-units.ts';

/**
 * "Cơ quan Thường trực Ban Chỉ đạo 389 tỉnh (Sở Công Thương)": the body in brackets serves as the office the heading names, so it
 * leads the duties under it.
 */
export function standingOfficeRef(text: string, mentions: readonly UnitMention[]): string | undefined {
  if (!/^\s*cơ quan thường trực\b/iu.test(text)) return undefined;
  const open = text.indexOf('(');
  return open < 0 ? undefined : mentions.find((m) => m.start > open && text.indexOf(')', open) > m.start)?.ref;
}
