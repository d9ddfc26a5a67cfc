/** An outline node as this file needs it (outline.ts calls it, so its type is not imported from there). */
type ListNode<N> = { kind: string; text: string; parent?: N; children: N[] };

/**
 * "… báo cáo ngay về Sở trong vòng 12 giờ khi xảy ra một trong các trường hợp sau:", "Cơ sở phải đáp ứng các điều kiện tối thiểu
 * sau:": the dash lines under such a lead-in are the cases or conditions it applies to, not duties. They fold into the lead-in,
 * which is then one item (its colon a full stop), a duty when it names one.
 */
const CONDITION_LEAD_IN = /(?:các|những)\s+(?:điều kiện|trường hợp|tiêu chí|tiêu chuẩn)(?=\s)[^:;.]{0,60}\s(?:sau|như sau|dưới đây)\s*:$/iu;

export function foldConditionLists<N extends ListNode<N>>(roots: N[]): N[] {
  const out: N[] = [];
  for (const node of roots) {
    out.push(node);
    // (a paragraph after the list, "Bộ … đề nghị … khẩn trương triển khai", is put under the lead-in too: it follows the item)
    const bullet = (c: N) => (c.kind === 'dash' || c.kind === 'plus') && c.children.length === 0;
    const rest = node.children.filter((c) => !bullet(c));
    const listed = rest.length < node.children.length && rest.every((c) => c.kind === 'paragraph');
    if (!listed || !CONDITION_LEAD_IN.test(node.text)) {
      node.children = foldConditionLists(node.children);
      continue;
    }
    node.children = [];
    // the lead-in no longer announces items under it: it is a whole item, its colon a full stop
    node.text = node.text.replace(/\s*:$/u, '.');
    for (const paragraph of rest) {
      if (node.parent) paragraph.parent = node.parent;
      else delete paragraph.parent;
      out.push(paragraph);
    }
  }
  return out;
}
