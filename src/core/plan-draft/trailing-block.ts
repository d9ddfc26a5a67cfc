import type { OutlineNode } from './outline.ts';

/**
 * "1. Phát triển hạ tầng kho lạnh" over dash duties, then "Cơ quan chủ trì: …", "Cơ quan phối hợp: …", "Thời gian thực hiện: …"
 * written AFTER the duties, as plain lines of the group: the block is the group's, so each dash (or plus, or lettered) duty of the
 * group takes it, and the group's heading is no duty of its own. A duty with its own block keeps it. Only when every line of
 * the block is a plain line after the group's last duty, and the heading is a title (no sentence of its own).
 */
export function spreadTrailingBlocks<L extends { node: OutlineNode }>(
  blocks: Map<OutlineNode, { lines: L[]; shared: boolean }>,
  lines: ReadonlySet<OutlineNode>,
): void {
  for (const [owner, block] of [...blocks]) {
    if (block.shared || !isGroupTitle(owner)) continue;
    const duties = owner.children.filter((c) => !lines.has(c) && DUTY_KINDS.has(c.kind));
    if (duties.length === 0) continue;
    const last = owner.children.indexOf(duties.at(-1)!);
    const after = block.lines.every((l) => l.node.kind === 'paragraph' && l.node.parent === owner && owner.children.indexOf(l.node) > last);
    if (!after) continue;
    // a plain line of text between the duties and the block would be a duty of its own: leave such groups alone
    if (owner.children.slice(last + 1).some((c) => !lines.has(c))) continue;
    blocks.delete(owner);
    for (const duty of duties) if (!blocks.has(duty)) blocks.set(duty, { lines: block.lines, shared: true });
  }
}

const DUTY_KINDS = new Set<OutlineNode['kind']>(['dash', 'plus', 'letter']);

/** a numbered or lettered title: short, no closing sentence mark, no colon asking for what follows */
function isGroupTitle(node: OutlineNode): boolean {
  if (node.kind !== 'numbered' && node.kind !== 'letter' && node.kind !== 'roman') return false;
  return node.text.length <= 120 && !/[.;:!?]$/.test(node.text.trim());
}
