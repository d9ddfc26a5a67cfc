import type { UnitMention } from './discover-units.ts';
import type { TextRange } from './references.ts';

/** Words of text[start, end) outside unit names: a list of units ("Các sở, ban, ngành;") is no clause. */
function ownWords(text: string, start: number, end: number, mentions: readonly UnitMention[]): number {
  let rest = text.slice(start, end);
  for (const m of [...mentions].filter((m) => m.start >= start && m.end <= end).sort((a, b) => b.start - a.start)) {
    rest = rest.slice(0, m.start - start) + rest.slice(m.end - start);
  }
  return rest.split(/[\s,;.]+/).filter((w) => w !== '').length;
}

/** An item's text cut into clauses: at "; " and at a sentence end before a capital, never inside brackets. */
export function clausesOf(text: string, mentions: readonly UnitMention[]): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  // "; " between clauses, ". " before a capital; never inside parentheses
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const end = (ch === ';' && /\s/.test(text[i + 1] ?? '')) || (ch === '.' && /^\s+\p{Lu}/u.test(text.slice(i + 1, i + 4)));
    if (!end) continue;
    if (ownWords(text, start, i, mentions) >= 3) {
      out.push({ start, end: i + 1 });
      start = i + 1;
      while (text[start] === ' ') start++;
    }
  }
  if (start < text.length && text.slice(start).trim() !== '') {
    if (ownWords(text, start, text.length, mentions) >= 3 || out.length === 0) out.push({ start, end: text.length });
    else out[out.length - 1]!.end = text.length;
  }
  return out;
}

/** the head of a unit, who speaks for it: "Chủ tịch", "Giám đốc", "Trưởng", "Bí thư", "Chỉ huy trưởng", "Hiệu trưởng" */
// capitalised, as a new subject is: "…; thủ trưởng các ngành có liên quan hướng dẫn …" continues the list of units before it
export const UNIT_HEAD_POST =
  /^\s*(?:Các\s+(?:đồng chí\s+)?|Đồng chí\s+)?(?:Chủ tịch|Giám đốc|Thủ trưởng|Trưởng|Bí thư|Chỉ huy trưởng|Hiệu trưởng|Chánh Văn phòng)\s+(?:các\s+)?$/u;

/**
 * Whether the words of a clause before a unit ask it ("Đề nghị", "Giao", "Yêu cầu"), so the clause opens with that unit as its
 * subject. After ";" in an item its own subject opens ("X chỉ đạo …; yêu cầu các đơn vị kê khai …"), X is the one who asks: the
 * duty stays X's, and only "đề nghị" / "giao" (the issuer's words) still hand it on.
 * "…; đồng thời giao Y …" hands a second duty to Y the same way.
 */
export function asksUnit(before: string, askedBySubject: boolean): boolean {
  return (askedBySubject ? /^\s*(?:đồng thời\s+)?(?:đề nghị|giao)\s+$/iu : /^\s*(?:đồng thời\s+)?(?:đề nghị|giao|yêu cầu)\s+$/iu).test(before);
}
