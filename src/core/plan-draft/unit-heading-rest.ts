import type { UnitMention } from './discover-units.ts';
import { ACTION_START } from './find-roles.ts';
import type { OutlineNode } from './outline.ts';

/** what may stand before the unit on its heading line */
const LEAD_IN = /^\s*(?:(?:đối với|riêng|giao)\s+)?$/iu;
/** what may join two units on it */
const JOINER = /^\s*(?:,|và|,\s*và)?\s*$/u;

/**
 * "2. Ủy ban Kiểm tra Đảng ủy xã", "1. Phòng Thống kê tổng hợp", "4. Tổ dân phố các khu", "2. Đội Quản lý thị trường số 4" alone on
 * a heading line over items: the unit whose items follow, though the gazetteer read its name short and left a few words over. The
 * words left are a name's, not a duty's: at most four, no sentence, no date, no bracket, and a verb among them only as a last
 * word or two ("tổng hợp"), never with an object ("Sở Y tế tăng cường kiểm tra" over its items is a duty heading).
 */
export function namesUnitOverItems(node: OutlineNode, mentions: readonly UnitMention[]): boolean {
  if (node.children.length === 0 || mentions.length === 0) return false;
  if (!(node.kind === 'numbered' || node.kind === 'letter' || node.kind === 'roman')) return false;
  const text = node.text.replace(/[\s:.]+$/u, '');
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  if (!LEAD_IN.test(text.slice(0, sorted[0]!.start))) return false;
  for (let i = 1; i < sorted.length; i++) if (!JOINER.test(text.slice(sorted[i - 1]!.end, sorted[i]!.start))) return false;
  const rest = text.slice(sorted[sorted.length - 1]!.end).trim();
  if (rest === '') return false;
  if (/[;:.()]/u.test(rest) || /\d/u.test(rest.replace(/\bsố \d{1,3}$/u, ''))) return false;
  const words = rest.split(/\s+/u);
  if (words.length > 4) return false;
  return !ACTION_START.test(rest) || words.length <= 2;
}
