import { foldVietnamese } from '../text/fold.ts';
import type { DeadlineContext } from '../deadline/types.ts';
import { ancestors, type OutlineNode } from './outline.ts';
import type { DeadlineRead } from './read-draft-deadline.ts';
import { readTime } from './read-time.ts';
import type { TextRange } from './references.ts';
import type { DraftDeadline } from './types.ts';

/**
 * A line that is nothing but a time, ending with a colon ("Tháng 3/2024:", "Quý II/2025:", "Tháng 7 và
 * tháng 8/2024:", "Trước ngày 30/6/2025:"), heads the duties under or after it: their time, not a duty.
 * Over items (`headsItems`) the colon may be missing ("1. Tháng 01/2028", "Quý I", "6 tháng cuối năm"),
 * and a month alone ("Tháng 11") is that month of the document's year.
 */
export function readTimeHeading(text: string, ctx: DeadlineContext | undefined, headsItems = false): DraftDeadline | undefined {
  if (!ctx || !(text.endsWith(':') || headsItems) || text.length > 60) return undefined;
  const bare = text.replace(/:$/, '').trim();
  const read = readTime(bare, [], ctx).deadline ?? monthOfDocumentYear(bare, ctx);
  if (!read || read.kind === 'recurrence') return undefined;
  const rest = foldVietnamese(bare.replace(read.text, ' '))
    .replace(/[\s,.;()–-]+/g, ' ')
    .trim();
  // only words of time may remain ("từ", "đến", "trong", "năm")
  return /^(?:(?:tu|den|trong|nam|thang|quy|ngay|va|cuoi|dau|truoc|cham nhat)\s*)*$/.test(rest) ? read : undefined;
}

/** "Tháng 11" alone as a heading: November of the document's year (the key convention for a date without a year). */
function monthOfDocumentYear(text: string, ctx: DeadlineContext): DraftDeadline | undefined {
  const m = /^(?:trong )?tháng (\d{1,2})$/iu.exec(text);
  const month = Number(m?.[1]);
  if (!m || month < 1 || month > 12) return undefined;
  const year = ctx.documentDate.slice(0, 4);
  const read = readTime(`tháng ${month}/${year}`, [], ctx).deadline;
  return read && { ...read, text, reading: `${read.reading} (không ghi năm nên lấy năm của văn bản)` };
}

/**
 * "Tham mưu … Quyết định phân công nhiệm vụ các thành viên năm 2028", "trình … dự toán kinh phí năm 2029" under "1. Tháng
 * 01/2028": under a heading narrower than a year, a bare "năm Y" names what is done, not when; its ranges, to be read as
 * cited text.
 */
export function yearNameRanges(text: string, scope: DraftDeadline | undefined): TextRange[] {
  if (!scope?.start || !scope.due || scope.due.slice(0, 4) !== scope.start.slice(0, 4) || (scope.start.slice(5) === '01-01' && scope.due.slice(5) === '12-31'))
    return [];
  const ranges: TextRange[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\d])năm (?:19|20)\d{2}(?![\d/]|\s*[-–]\s*\d)/giu)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/(?:trong|đến|từ|trước|cuối|hết|đầu|giữa|quý [IV]+|tháng \d{1,2})\s*$/iu.test(before)) continue;
    ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges;
}

/**
 * The time heading that scopes `node`: on an ancestor, or the last one among the siblings before it
 * (a "Tháng 3/2024:" paragraph followed by its bullets at the same level).
 */
export function scopedTime(node: OutlineNode, headings: ReadonlyMap<OutlineNode, DraftDeadline>, roots: readonly OutlineNode[]): DraftDeadline | undefined {
  for (const at of [node, ...ancestors(node)]) {
    if (at !== node && headings.has(at)) return headings.get(at);
    const siblings = at.parent?.children ?? roots;
    for (let i = siblings.indexOf(at) - 1; i >= 0; i--) {
      const sibling = siblings[i]!;
      if (headings.has(sibling)) return headings.get(sibling);
      if (sibling.kind !== at.kind) break;
    }
  }
  return undefined;
}

/**
 * A duty under a time heading takes the heading's time when it has none of its own, or only a time
 * the drafter doubted (a year range inside the name of what is discussed: "Đề án … giai đoạn 2023 - 2025").
 */
export function applyScopedTime(read: DeadlineRead, scope: DraftDeadline | undefined): DeadlineRead {
  if (!scope) return read;
  const doubted = read.notes.some((n) => n.includes('chưa chắc là hạn'));
  if (read.deadline && !doubted) return read;
  // "Lễ ra quân … vào ngày 14/02/2028" under "2. Tháng 02/2028": a day inside the heading's span is the more exact time
  const due = read.deadline?.kind === 'due' ? read.deadline.due : undefined;
  if (due && scope.start && scope.due && due >= scope.start && due <= scope.due) return read;
  return { deadline: scope, notes: read.notes.filter((n) => !n.includes('chưa chắc là hạn')) };
}
