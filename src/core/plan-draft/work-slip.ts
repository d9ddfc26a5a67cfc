import { foldVietnamese } from '../text/fold.ts';
import type { Attributes } from './attribute-block.ts';
import { type AttributeKind, readAttributeLine } from './normalize-layout.ts';
import { type OutlineNode, walkOutline } from './outline.ts';

/**
 * A work slip ("Phiếu giao việc"): "Đơn vị/người nhận việc: X", "Đơn vị phối hợp: Y", "Nội dung công việc:" over numbered items
 * without a subject, then ONE "Thời hạn hoàn thành: …" for the slip. The receiver leads every item of the slip, the supporting
 * line supports them and the slip's time dates them (an item's own time still wins), up to the next slip's receiver line.
 * "Thời hạn hoàn thành: Ngày D (nội dung 1, 2)" dates only the items it names. Several slips follow one another, so a slip's
 * lines can sit under the last item of the slip before it: the slips are cut in document order, not by the outline.
 */
export function assignSlipReceivers(roots: readonly OutlineNode[], attributes: Attributes): void {
  const order: OutlineNode[] = [];
  walkOutline(roots, (node) => order.push(node));
  const starts = order.flatMap((node, at) => (node.kind === 'paragraph' && RECEIVER.test(labelOf(node.text)) ? [at] : []));
  starts.forEach((start, i) => {
    const end = order.findIndex((node, at) => at > start && (node.kind === 'roman' || node.kind === 'article'));
    const slip = order.slice(start, Math.min(starts[i + 1] ?? order.length, end < 0 ? order.length : end));
    const receiver = slip[0]!;
    const value = receiver.text.slice(receiver.text.indexOf(':') + 1).trim();
    const lines: { node: OutlineNode; kind: AttributeKind; value: string }[] = [{ node: receiver, kind: 'executor', value }];
    const items: OutlineNode[] = [];
    for (const node of slip.slice(1)) {
      if (attributes.lines.has(node)) {
        const attribute = readAttributeLine(node.text);
        if (attribute && attribute.kind !== 'executor' && attribute.kind !== 'lead') lines.push({ node, ...attribute });
      } else if (ITEM_KINDS.has(node.kind) && node.text !== '') items.push(node);
    }
    if (items.length === 0) return;
    attributes.lines.add(receiver);
    for (const item of items) {
      const own = lines.filter((l) => l.kind !== 'time' || coversItem(l.value, item.label));
      attributes.blocks.set(item, { lines: own, shared: true });
    }
  });
}

const ITEM_KINDS = new Set<OutlineNode['kind']>(['numbered', 'letter', 'dash']);
/** "Đơn vị/người nhận việc", "Người nhận việc", "Đơn vị được giao", "Người/đơn vị nhận nhiệm vụ" */
const RECEIVER =
  /^(?:(?:don vi|nguoi|bo phan|co quan)(?:\s*\/\s*(?:don vi|nguoi|bo phan|ca nhan))? )?(?:nhan (?:viec|nhiem vu)|duoc giao(?: viec| nhiem vu)?)$/;

function labelOf(text: string): string {
  const m = /^([^:]{3,40}):/.exec(text);
  return m ? foldVietnamese(m[1]!).trim() : '';
}

/** "Ngày 15/8/2028 (nội dung 1, 2)": the time covers only the items it names; any other time covers all */
function coversItem(value: string, label: string): boolean {
  const named = /\((?:các\s+)?(?:nội dung|mục|việc|nhiệm vụ)\s+([\d,\s và-]+)\)/iu.exec(value);
  if (!named) return true;
  return named[1]!.split(/[,\s]+|và/u).includes(label);
}
