import type { NodeView } from './node-view.ts';
import type { OutlineNode } from './outline.ts';
import { monthInDocumentYear, ownTimeInPeriod } from './period-column.ts';
import { readTime, timeForItem } from './read-time.ts';

/**
 * The time of an item from its time line or cell ("- Thời gian: Quý II/2028"), read with the item's own text where
 * the line needs it ("trước ngày" alone). `references` are the time node's cited-document ranges.
 */
export function readItemTime(timeNode: OutlineNode, body: string, references: NodeView['references'], ctx: { documentDate: string }) {
  const text = monthInDocumentYear(timeForItem(timeNode.text, body), ctx.documentDate);
  const refs = references.filter((r) => r.end <= text.length);
  const read = readTime(text, refs, ctx);
  const own = ownTimeInPeriod(read, body, (words) => readTime(words, [], ctx));
  if (own) return own;
  // "Hằng tháng" in the time cell, "… trước ngày 05 hằng tháng" in the duty: the duty gives the day
  const cadence = read.deadline?.recurrence;
  if (cadence && cadence.dayOfPeriod === undefined) {
    const own = readTime(body, [], ctx).deadline?.recurrence;
    if (own?.frequency === cadence.frequency && own.dayOfPeriod !== undefined) return readTime(body, [], ctx);
  }
  return read;
}
