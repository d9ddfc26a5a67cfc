import type { AttributeKind } from './normalize-layout.ts';
import type { OutlineNode } from './outline.ts';

/** The "Cơ quan thực hiện: …" / "Thời gian thực hiện: …" lines that belong to one duty. */
export interface AttributeBlock {
  lines: { node: OutlineNode; kind: AttributeKind; value: string }[];
  /** the block was written once after several items and applies to this one too */
  shared: boolean;
}

export interface Attributes {
  /** duty node → its block */
  blocks: Map<OutlineNode, AttributeBlock>;
  /** attribute lines themselves: never tasks */
  lines: Set<OutlineNode>;
  /**
   * paragraphs that continue a duty: all paragraphs of a duty with a block, and paragraphs that go on
   * with the sentence of the item before ("…;" then "xử lý nghiêm …"); part of that duty unless they
   * carry a time of their own (see draftPlan)
   */
  continuations: Map<OutlineNode, OutlineNode>;
}
