import type { Attributes } from './attribute-block.ts';
import { findRoles } from './find-roles.ts';
import type { NodeView } from './node-view.ts';
import type { OutlineNode } from './outline.ts';

/**
 * "5. Giám sát, xử lý ổ dịch" with its "- Đơn vị thực hiện:" and "- Thời gian:" lines, then "Khi ổ dịch có từ 02 ca …, Khoa KSBT
 * đề xuất …" or "Riêng Trung tâm Y tế huyện X tổ chức thêm …": a sentence after the block that opens with a subject of its own
 * is another duty, not more of the activity's text
 */
export function subjectAfterBlock(node: OutlineNode, attributes: Attributes, view: (node: OutlineNode) => NodeView): boolean {
  const owner = attributes.continuations.get(node)!;
  const block = attributes.blocks.get(owner);
  if (node.kind !== 'paragraph' || !block || block.shared) return false;
  const lastLine = Math.max(...block.lines.map((l) => owner.children.indexOf(l.node)));
  if (owner.children.indexOf(node) < lastLine) return false;
  const roles = findRoles(node.text, view(node).mentions);
  return roles.lead !== undefined && roles.predicateStart !== undefined;
}
