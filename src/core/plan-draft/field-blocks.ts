import { readAttributeLine } from './normalize-layout.ts';

/**
 * A plan that writes each duty as a block of labelled fields under a number of its own:
 *   "Nhiệm vụ 3:" / "Nội dung: Xây dựng …" / "Đơn vị chủ trì: X" / "Đơn vị phối hợp: Y" / "Thời gian: Quý II/2028" / "Sản phẩm: …"
 * in any order, some fields missing (the content may also follow the number: "Nhiệm vụ 3: Xây dựng …"). The block is written as
 * a numbered duty line with its attribute lines under it, as a table row is (pipe-table.ts), so the duty is the content and the
 * fields are its lead, support and time wherever they stood. A number with no content field is left as it is. Run on the
 * cleaned text before normalizeLayout (this file reads attribute labels with its readAttributeLine).
 */
export function fieldBlocksAsDuties(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = BLOCK_NUMBER.exec(lines[i]!.trim());
    if (!m) {
      out.push(lines[i]!);
      continue;
    }
    let content = m[2]?.trim() ?? '';
    const fields: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!.trim().replace(/^[-–+•]\s*/u, '');
      if (line === '') {
        if (fields.length > 0 || content) break;
        continue;
      }
      const c = CONTENT.exec(line);
      if (c && !content) {
        content = c[1]!.trim();
        continue;
      }
      const attribute = readAttributeLine(line);
      if (!attribute) break;
      fields.push(line);
    }
    if (!content || fields.length === 0) {
      out.push(lines[i]!);
      continue;
    }
    out.push(`${m[1]}. ${content}`);
    // the roles and the time first, the product last, each an attribute line of the duty
    const order = (f: string) => ORDER.indexOf(readAttributeLine(f)!.kind);
    for (const f of [...fields].sort((a, b) => order(a) - order(b))) out.push(`- ${f}`);
    out.push('');
    i = j - 1;
  }
  return out.join('\n');
}

const BLOCK_NUMBER = /^(?:Nhiệm vụ|Công việc|Hoạt động|Nội dung)\s+(?:số\s+)?(\d{1,3})\s*[:.]\s*(.*)$/iu;
const CONTENT = /^(?:Nội dung(?:\s+(?:nhiệm vụ|công việc|thực hiện))?|Tên nhiệm vụ|Nhiệm vụ|Công việc)\s*:\s*(.+)$/iu;
const ORDER = ['executor', 'lead', 'support', 'time', 'other'];
