import type { UnitMention } from './discover-units.ts';
import { foldVietnamese } from '../text/fold.ts';
import { ACTION_START } from './find-roles.ts';
import type { OutlineNode } from './outline.ts';
import { REPORTS_PROBLEMS } from './problem-report.ts';

// How an item's wording reads: a lead-in over the items after it, a duty over its details, or a duty whose subject is a unit.

/** a whole sentence (the duty), then "Trong đó:" / "Cụ thể:" over its details */
export const DUTY_THEN_DETAILS = /^\p{Lu}[^:]*[.;]\s*(?:Trong đó|Cụ thể(?: như sau)?)\s*:$/u;

/**
 * "Chỉ đạo Phòng Cảnh sát kinh tế đấu tranh …, tập trung vào các hành vi:" over "o Vận chuyển trái phép pháo nổ;": a duty, then what
 * it bears on most (acts, goods, areas), which are no duties of their own
 */
const SCOPE_LIST_LEAD =
  /^\p{Lu}[^:]*,\s*(?:tập trung vào|nhất là|đặc biệt là|trọng tâm là|chú trọng(?: vào)?|ưu tiên)\s+(?:các|những)\s+(?:hành vi|mặt hàng|loại|đối tượng|địa bàn|tuyến|lĩnh vực|vụ việc|nhóm|sản phẩm|hàng hóa|khu vực)(?![\p{L}\d])[^:]{0,80}:$/u;

/** `node` is a duty ending in such a lead-in, its items under it with nothing under them. */
export function listsScope(node: OutlineNode): boolean {
  return SCOPE_LIST_LEAD.test(node.text) && node.children.length > 0 && node.children.every((c) => c.children.length === 0 && c.kind !== 'paragraph');
}

/** "Tiêu chí bình chọn:", "Điều kiện được hỗ trợ:", "Hồ sơ gồm:": a plain line that announces a list of conditions or papers */
const CONDITIONS_LEAD = /^(?:cac )?(?:tieu chi|tieu chuan|dieu kien|doi tuong|ho so)\b[^:;.]{0,60}:$/;

/** `node` is an item of such a list: under the line, or in the run of like items right after it. */
export function conditionItem(node: OutlineNode, roots: readonly OutlineNode[]): boolean {
  if (node.kind === 'paragraph' || node.children.length > 0) return false;
  if (node.parent?.kind === 'paragraph' && CONDITIONS_LEAD.test(foldVietnamese(node.parent.text))) return true;
  const siblings = node.parent?.children ?? roots;
  for (let i = siblings.indexOf(node) - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    if (sibling.kind === 'paragraph') return CONDITIONS_LEAD.test(foldVietnamese(sibling.text));
    if (sibling.kind !== node.kind) return false;
  }
  return false;
}

/** The lead-in just before `node`'s run of like items is a duty with "Trong đó:" / "Cụ thể:" over its details. */
export function detailsOfDuty(node: OutlineNode, roots: readonly OutlineNode[]): boolean {
  if (node.parent && listsScope(node.parent)) return true;
  const siblings = node.parent?.children ?? roots;
  for (let i = siblings.indexOf(node) - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    if (sibling.kind === 'paragraph' && sibling.text.endsWith(':')) return DUTY_THEN_DETAILS.test(sibling.text) || SCOPE_LIST_LEAD.test(sibling.text);
    if (sibling.kind !== node.kind) return false;
  }
  return false;
}

/** The lead is named only in a later clause that it opens ("…; Hội Nông dân huyện chủ trì …") and the item opens with its verb. */
export function laterSubjectOnly(text: string, mentions: readonly UnitMention[], lead: string): boolean {
  if (!ACTION_START.test(text)) return false;
  const clauseEnd = /;\s|\.\s+(?=\p{Lu})/u.exec(text)?.index;
  if (clauseEnd === undefined) return false;
  const own = mentions.filter((m) => m.ref === lead);
  // not "… . Ban cán sự đảng UBND tỉnh chủ trì; …": a sentence that only names who leads the duties before it
  const roleOnly = (m: UnitMention) => /^\s*(?:chủ trì|thực hiện|tham mưu|phụ trách)(?:\s*[,;.]|\s*$|\s+phối hợp)/u.test(text.slice(m.end));
  return own.length > 0 && own.every((m) => m.start > clauseEnd && /(?:;|\.)\s*$/u.test(text.slice(0, m.start)) && !roleOnly(m));
}

export const ANNOUNCES = /(?:(?:như sau|sau đây|dưới đây)\s*:|(?:các|những|một số) (?:nội dung|nhiệm vụ|việc|công việc) (?:sau|sau đây|như sau)\s*[:.])$/u;
/** sentences after a lead-in that only name things: "Trong Kế hoạch này, Ủy ban nhân dân các xã gọi chung là UBND cấp xã." */
export const DEFINITION_AFTER = /(?<=[.:])(?:\s+[^.]*\b(?:gọi chung là|gọi tắt là|viết tắt là)\s[^.]*\.?)+$/u;

/** a lead-in that hands out what follows: "…, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:", "… yêu cầu:" */
export function asksBelow(text: string): boolean {
  return /(?:^|\s)(?:chỉ thị|yêu cầu|đề nghị|giao)\s[^:]{0,160}:$|(?:^|\s)(?:chỉ thị|yêu cầu|đề nghị|giao)\s*:$/iu.test(text);
}

/** "… đồng chí Phó Chủ tịch kết luận như sau:": a notice of a meeting's conclusions, whose paragraphs below assign the work. */
function concludesBelow(text: string): boolean {
  return /(?:^|\s)kết luận(?:\s+(?:như sau|một số nội dung (?:như )?sau|các nội dung sau))?\s*:$/iu.test(text);
}

/**
 * A letter (công văn), a directive or a notice of conclusions in prose with no numbered parts: its paragraphs are where it asks
 * for work (`headLines`: the lines up to the body, where "Kính gửi:" stands).
 */
export function asksInProse(outline: readonly OutlineNode[], headLines: readonly string[], isHeading: (n: OutlineNode) => boolean): boolean {
  if (outline.some(isHeading)) return false;
  return headLines.some((l) => /^Kính gửi\s*:/iu.test(l)) || outline.some((n) => asksBelow(n.text) || concludesBelow(n.text));
}

/** The text opens with a unit (or the head of one) followed by a lower-case verb: "UBND các tỉnh … chỉ đạo …". */
export function opensWithUnitSubject(text: string, mentions: readonly UnitMention[]): boolean {
  const first = mentions.find((m) => /^\s*(?:(?:các\s+)?(?:chủ tịch|giám đốc|thủ trưởng|bộ trưởng)\s+)?$/iu.test(text.slice(0, m.start)));
  return first !== undefined && /^\s+\p{Ll}/u.test(text.slice(first.end)) && !/^\s+(?:đạt|có|là)\s/u.test(text.slice(first.end));
}

const CLOSING_BRACKET = /\(([^()]*)\)[\s.;]*$/u;
const DOER_ROLE = /\b(?:thuc hien|chu tri|phu trach)\b/;

/** The text ends with a bracket naming a unit and its role ("(Công an xã thực hiện; thường xuyên)"). */
export function namesDoerInBracket(text: string, mentions: readonly UnitMention[]): boolean {
  const m = CLOSING_BRACKET.exec(text);
  if (!m || !DOER_ROLE.test(foldVietnamese(m[1]!))) return false;
  return mentions.some((u) => u.start > m.index && u.end < m.index + m[0].length);
}

/** "Trường hợp xảy ra đuối nước, báo cáo ngay …", "Khi xảy ra cháy, nổ, báo cáo ngay …": a report due when something happens, with no subject */
const CONDITIONAL_REPORT = /^(?:Trường hợp|Khi|Nếu|Ngay khi)\s[^.;:]{3,80}?,\s*(?:phải\s+|kịp thời\s+)?(?:báo cáo|thông báo|phản ánh)\s/u;

/** "… nếu có vướng mắc, báo cáo / phản ánh về …"; not the letter's contact line "… đề nghị liên hệ Cục … (điện thoại …) để được hướng dẫn" */
const passesProblemsUp = (text: string) => REPORTS_PROBLEMS.test(text) && /\s(?:báo cáo|phản ánh)\s/u.test(text);

/** The review note of a conditional report whose unit the line does not name (taken from the line before). */
export const INFERRED_REPORTER = 'Đơn vị báo cáo không nêu trong câu, lấy theo câu trước; cần kiểm tra.';

/**
 * A line that only says when to report and to whom, after a line whose subject reports ("Các đơn vị, ấp báo cáo … trước ngày 25
 * hằng tháng."), is that subject's duty too: the lead of the line before, or undefined. So is the closing "Trong quá trình thực
 * hiện, nếu có khó khăn, vướng mắc, báo cáo về …" that names no unit, after "Các phòng thuộc Sở căn cứ Kế hoạch triển khai."
 */
export function conditionalReportLead(node: OutlineNode, roots: readonly OutlineNode[], leadOf: (n: OutlineNode) => string | undefined): string | undefined {
  if (node.kind !== 'paragraph' || node.children.length > 0 || !(CONDITIONAL_REPORT.test(node.text) || passesProblemsUp(node.text))) return undefined;
  const siblings = node.parent?.children ?? roots;
  const before = siblings[siblings.indexOf(node) - 1];
  return before?.kind === 'paragraph' ? leadOf(before) : undefined;
}

/**
 * "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị, địa phương phản ánh về Sở …": the units named just before
 * the reporting verb report the problems, not the subject of the sentence before. Returns that mention's unit, or undefined.
 */
export function problemReporter(clause: string, mentions: readonly UnitMention[]): string | undefined {
  const condition = /vướng mắc\s*,?\s*/u.exec(clause);
  if (!condition) return undefined;
  const after = condition.index + condition[0].length;
  const subject = mentions.find((m) => m.start >= after && m.start <= after + 2);
  if (!subject) return undefined;
  return /^\s*(?:\([^)]*\)\s*)?(?:có\s+|cần\s+|kịp thời\s+|chủ động\s+)?(?:phản ánh|báo cáo|kiến nghị|đề xuất|gửi)\s/u.test(clause.slice(subject.end))
    ? subject.ref
    : undefined;
}

/**
 * "9. Chương trình hiến máu … do Văn phòng Huyện đoàn chủ trì, tổ chức 02 đợt:" over "Đợt 1: ngày 16/6/2024 tại …": a round says
 * only when and where, so its citation opens with the activity announced above it (with a space after); undefined otherwise.
 */
function activityOfRound(node: OutlineNode): string | undefined {
  const above = node.parent;
  if (!above || !/^\s*đợt\s+\d{1,2}\s*:/iu.test(node.text)) return undefined;
  return /\s(?:0?\d|hai|ba)\s+đợt\s*:\s*$/iu.test(above.text) ? `${above.text} ` : undefined;
}

/** The text a task cites: the duty with its own "Cơ quan chủ trì: …" / "Thời gian: …" lines, after the activity of its round. */
export function citation(node: OutlineNode, parts: readonly string[] | string): string {
  const text = typeof parts === 'string' ? parts : parts.map((part) => part.replace(/[\s.;]+$/, '')).join('; ');
  return (activityOfRound(node) ?? '') + text;
}
