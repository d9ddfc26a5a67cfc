import type { UnitMention } from './discover-units.ts';
import { ACTION_START } from './find-roles.ts';
import { ancestors, type OutlineNode } from './outline.ts';
import type { DraftPhase } from './types.ts';

/** What the walk over a plan's outline knows of one node: the unit it gives the items under it. */
export interface NodeFacts {
  lead?: string;
  support: string[];
  leadIsHeading: boolean;
  phase?: DraftPhase;
}

/** The first unit of "Kính gửi: X" or of the "- X;" lines under a bare "Kính gửi:". */
export function firstAddressee(lines: readonly string[], bodyStart: number, mentions: readonly UnitMention[]): string | undefined {
  const at = lines.findIndex((l, i) => i <= bodyStart + 8 && /^Kính gửi\s*:/iu.test(l));
  if (at < 0) return undefined;
  let end = at + 1;
  while (end < lines.length && /^\s*[-–+•]\s*\S/u.test(lines[end]!)) end++;
  const from = lines.slice(0, at).reduce((n, l) => n + l.length + 1, 0);
  const to = from + lines.slice(at, end).reduce((n, l) => n + l.length + 1, 0);
  return mentions.find((m) => m.start >= from && m.end <= to)?.ref;
}

/**
 * "Trạm Y tế xã tổ chức tiêm theo lịch sau:" then plain lines, or "Ban Chỉ huy xã tập trung các
 * nhiệm vụ sau:" then "Thứ nhất, …": a lead-in paragraph ending in a colon gives its unit to the run of
 * like items right after it (the outline keeps them as its siblings, not its children).
 */
export function leadInLead(node: OutlineNode, roots: readonly OutlineNode[], facts: Map<OutlineNode, NodeFacts>) {
  const siblings = node.parent?.children ?? roots;
  for (let i = siblings.indexOf(node) - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    if (sibling.kind === 'paragraph' && sibling.text.endsWith(':')) {
      const lead = facts.get(sibling)?.lead;
      return lead ? { lead, support: facts.get(sibling)!.support, fromHeading: true } : undefined;
    }
    if (sibling.kind !== node.kind) return undefined;
  }
  return undefined;
}

export function inheritedLead(node: OutlineNode, facts: Map<OutlineNode, NodeFacts>): { lead: string; support: string[]; fromHeading: boolean } | undefined {
  for (const a of ancestors(node)) {
    const fact = facts.get(a);
    if (fact?.lead) return { lead: fact.lead, support: fact.support, fromHeading: fact.leadIsHeading };
  }
  return undefined;
}

/**
 * "Phòng Kinh tế chủ trì rà soát …" then a paragraph "Tham mưu … ; thực hiện thường xuyên." naming no unit: in a run of paragraphs
 * each opening with its unit, a paragraph opening with an action is more work of the unit of the paragraph just before it.
 */
export function previousParagraphLead(
  node: OutlineNode,
  roots: readonly OutlineNode[],
  facts: Map<OutlineNode, NodeFacts>,
  opensWithUnit: (paragraph: OutlineNode) => boolean,
): { lead: string; support: string[]; fromHeading: boolean } | undefined {
  if (node.kind !== 'paragraph' || node.children.length > 0 || !ACTION_START.test(node.text)) return undefined;
  const siblings = node.parent?.children ?? roots;
  const before = siblings[siblings.indexOf(node) - 1];
  const fact = before ? facts.get(before) : undefined;
  if (before?.kind !== 'paragraph' || before.text.endsWith(':') || !fact?.lead || fact.leadIsHeading || !opensWithUnit(before)) return undefined;
  return { lead: fact.lead, support: [], fromHeading: true };
}
