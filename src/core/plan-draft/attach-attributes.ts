import { foldVietnamese } from '../text/fold.ts';
import { isEventStatement } from './countdown.ts';
import { readAttributeLine } from './normalize-layout.ts';
import type { OutlineNode } from './outline.ts';
import { spreadTrailingBlocks } from './trailing-block.ts';
import { assignSlipReceivers } from './work-slip.ts';

export type { AttributeBlock, Attributes } from './attribute-block.ts';
import type { Attributes } from './attribute-block.ts';

/**
 * Finds attribute lines and the duty each belongs to: the item they sit under, or the dash item just
 * before them. A block after several items that have none ("1.1. …", "1.2. …", then one "Cơ quan thực
 * hiện") applies to each of them, as such plans mean.
 */
export function attachAttributes(roots: readonly OutlineNode[]): Attributes {
  const result: Attributes = { blocks: new Map(), lines: new Set(), continuations: new Map() };
  const visit = (siblings: readonly OutlineNode[]) => {
    for (const [i, node] of siblings.entries()) {
      const attribute = readAttributeLine(node.text);
      // "1. Thời gian: khai mạc lúc 07 giờ 00, … ngày 12/9/2026" under "THỜI GIAN, ĐỊA ĐIỂM" is when the event is, no duty's time
      if (attribute && node.kind !== 'roman' && node.kind !== 'article' && !isEventStatement(node.text) && !partTimeItem(node)) {
        result.lines.add(node);
        const owner = ownerOf(siblings, i, result.lines) ?? node.parent;
        if (owner) {
          const block = result.blocks.get(owner) ?? { lines: [], shared: false };
          block.lines.push({ node, ...attribute });
          result.blocks.set(owner, block);
        }
        continue;
      }
      visit(node.children);
    }
  };
  visit(roots);
  spreadTrailingBlocks(result.blocks, result.lines);
  for (const [owner, block] of [...result.blocks]) {
    if (block.shared) continue;
    const siblings = owner.parent?.children ?? roots;
    for (let i = siblings.indexOf(owner) - 1; i >= 0; i--) {
      const sibling = siblings[i]!;
      if (result.lines.has(sibling) || sibling.kind !== owner.kind) continue;
      if (result.blocks.has(sibling) || sibling.children.some((c) => c.kind !== 'paragraph' && !result.lines.has(c))) break;
      // "3. Sở Tài chính" over its own lines ("Bố trí kinh phí …") is a heading, not an item waiting for a block
      if (headsOwnLines(sibling, result.lines)) break;
      result.blocks.set(sibling, { lines: block.lines, shared: true });
    }
  }
  assignSlipReceivers(roots, result);
  for (const owner of result.blocks.keys()) {
    for (const child of owner.children) if (child.kind === 'paragraph' && !result.lines.has(child)) result.continuations.set(child, owner);
  }
  const continued = (nodes: readonly OutlineNode[]) => {
    for (const node of nodes) {
      let previous = node.text;
      for (const child of node.children) {
        if (child.kind !== 'paragraph' || result.lines.has(child)) break;
        if (!/[;,]$/.test(previous) && !/^\p{Ll}/u.test(child.text)) break;
        result.continuations.set(child, node);
        previous = child.text;
      }
      continued(node.children);
    }
  };
  continued(roots);
  return result;
}

/**
 * A heading (no closing punctuation: "3. Sở Tài chính") with capitalised lines of its own under it; an item
 * written as a sentence ("3.1. Rà soát … đúng quy định.") with a paragraph after it still takes the block.
 */
function headsOwnLines(node: OutlineNode, lines: ReadonlySet<OutlineNode>): boolean {
  if (/[.;,:!?)]$/.test(node.text)) return false;
  return node.children.some((c) => c.kind === 'paragraph' && !lines.has(c) && /^\p{Lu}/u.test(c.text));
}

function ownerOf(siblings: readonly OutlineNode[], index: number, lines: ReadonlySet<OutlineNode>): OutlineNode | undefined {
  const node = siblings[index]!;
  if (node.kind !== 'dash' && node.kind !== 'plus') return undefined;
  for (let i = index - 1; i >= 0; i--) {
    const previous = siblings[i]!;
    if (lines.has(previous)) continue;
    return previous.kind === node.kind ? previous : undefined;
  }
  return undefined;
}

/**
 * "II. CHỦ ĐỀ, THỜI GIAN, PHẠM VI" then "1. Chủ đề: …", "2. Thời gian: … từ … đến …": a numbered item of a part whose title names
 * the time is that part's own statement of the plan's time, not the time line of the item before it
 */
function partTimeItem(node: OutlineNode): boolean {
  const parent = node.parent;
  return node.kind === 'numbered' && parent?.kind === 'roman' && /\bthoi gian\b/.test(foldVietnamese(parent.text));
}
