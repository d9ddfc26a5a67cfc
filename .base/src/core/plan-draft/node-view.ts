import type { UnitMention } from './discover-units.ts';
import type { OutlineNode } from './outline.ts';
import { insideAny, type TextRange } from './references.ts';

/** One outline node's text with the unit mentions and document citations inside it, offsets local to the text. */
export interface NodeView {
  offset: number;
  mentions: UnitMention[];
  references: TextRange[];
}

/** Views of nodes of `lines` (the lines of the text the mentions and references were found in). */
export function nodeViewer(lines: readonly string[], mentions: readonly UnitMention[], references: readonly TextRange[]): (node: OutlineNode) => NodeView {
  const lineOffsets: number[] = [];
  lines.reduce((offset, line, i) => {
    lineOffsets[i] = offset;
    return offset + line.length + 1;
  }, 0);
  return (node) => {
    const lineStart = lineOffsets[node.lineNumber - 1]!;
    const offset = lineStart + node.line.length - node.text.length;
    const end = offset + node.text.length;
    const local = <T extends TextRange>(r: T): T => ({ ...r, start: r.start - offset, end: r.end - offset });
    const nodeRefs = references.filter((r) => r.end > offset && r.start < end).map(local);
    const nodeMentions = mentions
      .filter((m) => m.start >= offset && m.end <= end)
      .map(local)
      .filter((m) => !insideAny(m.start, m.end, nodeRefs));
    return { offset, mentions: nodeMentions, references: nodeRefs };
  };
}
