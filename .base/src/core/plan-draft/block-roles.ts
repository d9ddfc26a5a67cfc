import type { AttributeBlock } from './attach-attributes.ts';
import { findRoles, type RoleReading } from './find-roles.ts';
import type { NodeView } from './node-view.ts';
import type { OutlineNode } from './outline.ts';

/**
 * Lead and support from a duty's attribute lines: "Cơ quan thực hiện: X chủ trì, phối hợp với Y",
 * "Cơ quan chủ trì: X", "Cơ quan phối hợp: Y, Z". Several units with no "chủ trì" are co-leads: the
 * first leads, the others support, and the task is flagged.
 */
export function blockRoles(block: AttributeBlock, view: (node: OutlineNode) => NodeView): RoleReading | undefined {
  const reading: RoleReading = { support: [], notes: [] };
  for (const line of block.lines) {
    if (line.kind !== 'executor' && line.kind !== 'lead' && line.kind !== 'support') continue;
    const { mentions } = view(line.node);
    if (mentions.length === 0) continue;
    const refs = [...new Set(mentions.map((m) => m.ref))];
    if (line.kind === 'support') {
      for (const ref of refs) if (!reading.support.includes(ref)) reading.support.push(ref);
      continue;
    }
    const roles = findRoles(line.node.text, mentions);
    const lead = roles.lead ?? refs[0]!;
    if (!reading.lead) reading.lead = lead;
    for (const ref of [...roles.support, ...refs]) {
      if (ref !== reading.lead && !reading.support.includes(ref)) reading.support.push(ref);
    }
    if (!roles.lead && refs.length > 1) {
      reading.notes.push(`Nhiều đơn vị cùng thực hiện (${mentions.map((m) => m.text).join('; ')}); tạm lấy đơn vị đầu làm chủ trì.`);
    }
  }
  if (!reading.lead && reading.support.length === 0) return undefined;
  if (!reading.lead) reading.notes.push('Chỉ có cơ quan phối hợp, chưa có cơ quan chủ trì.');
  return reading;
}

/** The text of the block's time line(s), if any. */
export function blockTime(block: AttributeBlock): OutlineNode | undefined {
  return block.lines.find((l) => l.kind === 'time')?.node;
}
