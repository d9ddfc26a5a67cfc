import type { AttributeBlock } from './attach-attributes.ts';
import { findRoles } from './find-roles.ts';
import type { NodeView } from './node-view.ts';
import { readTime } from './read-time.ts';

/**
 * A block written once after several items applies to those before it only where they say nothing
 * themselves: "2.1. Sở Tư pháp rà soát … trước ngày 31/03/2025." keeps its own unit and date even when
 * "2.3. Xây dựng …" below it has "- Cơ quan chủ trì: …" lines.
 */
export function ownBlock(
  block: AttributeBlock | undefined,
  text: string,
  mentions: NodeView['mentions'],
  references: NodeView['references'],
  documentDate: string | undefined,
): AttributeBlock | undefined {
  if (!block?.shared) return block;
  const ownLead = findRoles(text, mentions).lead !== undefined;
  const ownTime = documentDate !== undefined && readTime(text, references, { documentDate }).deadline !== undefined;
  if (ownLead && ownTime) return undefined;
  if (!ownLead && !ownTime) return block;
  const keep = (kind: string) => (ownLead ? kind === 'time' : kind !== 'time');
  const lines = block.lines.filter((l) => keep(l.kind));
  return lines.length > 0 ? { lines, shared: true } : undefined;
}
