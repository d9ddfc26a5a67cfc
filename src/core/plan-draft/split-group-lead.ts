import { foldVietnamese } from '../text/fold.ts';

/**
 * A group's lead line that names the lead of some of its items apart: "Cơ quan chủ trì: Quỹ A (nội dung a); Sở B (nội dung b)"
 * under items a) and b), or "Cơ quan chủ trì: Sở A; riêng nội dung về tem truy xuất do Sở B chủ trì" under the group's items. Each
 * lead is written as the subject of the item it names ("- Sở B: Hỗ trợ … tem truy xuất …"), and the group's line keeps only the
 * lead of the others. Lines are left as they are when an item named cannot be found.
 */
export function splitGroupLeads(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = out.length - 1; i >= 0; i--) {
    const m = LEAD_LINE.exec(out[i]!.trim());
    if (!m) continue;
    const items = groupItems(out, i);
    if (items.length < 2) continue;
    const split = byLetter(m[2]!, items, out) ?? singledOut(m[2]!, items, out);
    if (!split) continue;
    // written as the item's subject before a colon ("b) Sở Tài chính: Xây dựng …"), as plans name an item's unit; a line of its
    // own under the item would take the group's lines after it as the item's
    for (const [at, lead] of split.own) out[at] = out[at]!.replace(ITEM_MARK, (mark) => `${mark}${lead}: `);
    if (split.rest) out[i] = `${m[1]}: ${split.rest}`;
    else out.splice(i, 1);
  }
  return out;
}

const LEAD_LINE = /^((?:Cơ quan|Đơn vị) chủ trì(?: thực hiện)?)\s*:\s*(.+)$/u;
const ITEM_MARK = /^\s*(?:[a-zđ][).]|[-–+•])\s+/u;
const ITEM = /^(?:([a-zđ])[).]|[-–+•])\s+\S/u;
const GROUP_HEAD = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,4}\.)\s+\S/u;

/** the item lines of the group the lead line closes: back to the group's heading, past its other role lines */
function groupItems(lines: readonly string[], at: number): number[] {
  const items: number[] = [];
  for (let j = at - 1; j >= 0; j--) {
    const line = lines[j]!.trim();
    if (line === '' || GROUP_HEAD.test(line)) break;
    if (ITEM.test(line)) items.unshift(j);
  }
  return items;
}

type Split = { own: [number, string][]; rest: string };

/** "Quỹ A (nội dung a); Sở B (nội dung b)" */
function byLetter(value: string, items: readonly number[], lines: readonly string[]): Split | undefined {
  const parts = value.replace(/[.;]\s*$/u, '').split(/\s*;\s*/u);
  const own: [number, string][] = [];
  const rest: string[] = [];
  for (const part of parts) {
    const m = /^(.+?)\s*\((?:nội dung|ý|điểm|việc)\s+([a-zđ](?:\s*(?:,|và)\s*[a-zđ])*)\)$/iu.exec(part);
    if (!m) {
      rest.push(part);
      continue;
    }
    for (const letter of m[2]!.split(/\s*(?:,|và)\s*/u)) {
      const item = items.find((j) => lines[j]!.trim().startsWith(`${letter})`) || lines[j]!.trim().startsWith(`${letter}.`));
      if (item === undefined) return undefined;
      own.push([item, m[1]!]);
    }
  }
  if (own.length === 0) return undefined;
  return { own, rest: rest.length ? `${rest.join('; ')}.` : '' };
}

/** "Sở A; riêng nội dung về X do Sở B chủ trì": the item on X is Sở B's */
function singledOut(value: string, items: readonly number[], lines: readonly string[]): Split | undefined {
  const m = /^(.+?)\s*[;,]\s*riêng\s+(?:nội dung|phần|việc|nhiệm vụ)\s+(?:về\s+)?(.+?)\s+(?:do|giao)\s+(.+?)\s+chủ trì\s*[.;]?$/iu.exec(value);
  if (!m) return undefined;
  const words = foldVietnamese(m[2]!).split(/\s+/u);
  const hits = items.filter((j) => {
    const text = foldVietnamese(lines[j]!);
    return words.filter((w) => text.includes(w)).length >= Math.ceil(words.length * 0.8);
  });
  if (hits.length !== 1) return undefined;
  return { own: [[hits[0]!, m[3]!]], rest: `${m[1]}.` };
}
