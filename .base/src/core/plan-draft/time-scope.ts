import { foldVietnamese } from '../text/fold.ts';
import type { DeadlineContext } from '../deadline/types.ts';
import { ancestors, type OutlineNode } from './outline.ts';
import type { DeadlineRead } from './read-draft-deadline.ts';
import { readTime } from './read-time.ts';
import type { DraftDeadline } from './types.ts';

/**
 * A line that is nothing but a time, ending with a colon ("Tháng 3/2024:", "Quý II/2025:", "Tháng 7 và
 * tháng 8/2024:", "Trước ngày 30/6/2025:"), heads the duties under or after it: their time, not a duty.
 */
export function readTimeHeading(text: string, ctx: DeadlineContext | undefined): DraftDeadline | undefined {
  if (!ctx || !text.endsWith(':') || text.length > 60) return undefined;
  const bare = text.slice(0, -1).trim();
  const read = readTime(bare, [], ctx).deadline;
  if (!read || read.kind === 'recurrence') return undefined;
  const rest = foldVietnamese(bare.replace(read.text, ' '))
    .replace(/[\s,.;()–-]+/g, ' ')
    .trim();
  // only words of time may remain ("từ", "đến", "trong", "năm")
  return /^(?:(?:tu|den|trong|nam|thang|quy|ngay|va|cuoi|dau|truoc|cham nhat)\s*)*$/.test(rest) ? read : undefined;
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
  return { deadline: scope, notes: read.notes.filter((n) => !n.includes('chưa chắc là hạn')) };
}
