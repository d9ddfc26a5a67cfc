import { foldVietnamese } from '../text/fold.ts';
import { isHeading, isRule } from './classify-node.ts';
import type { UnitMention } from './discover-units.ts';
import { ancestors, type OutlineNode } from './outline.ts';

/**
 * A rule or a note, not a duty: a statement in the passive about a thing or a person that is no unit ("Người cung cấp thông tin
 * … được giữ bí mật danh tính", "Văn bản đến phải được văn thư tiếp nhận … ngay trong ngày", "Điều tra được tiến hành đồng thời
 * với …") or a line opened by "Lưu ý:". A unit before "được" ("Sở Y tế được giao …") or a date to meet ("… phải được gửi trước
 * ngày 15/3") keeps it a duty.
 */
const PASSIVE = /^([^;:()]{3,120}?)\s(?:(?:phải|sẽ|đều|cũng)\s+)?được\s+\p{Ll}/u;
const NOTE = /^lưu ý\s*:/iu;
// what such a rule is about: the public, the papers, the survey, goods kept or handled ("Vắc xin … được bảo quản …") — never work worded as "Kẻ vạch … phần được tạm sử dụng"
const SUBJECT =
  /^(?:(?:mọi|các|những)\s+)?(?:người|văn bản|thông tin|phiếu|hồ sơ|cuộc|điều tra|tổng điều tra|số liệu|dữ liệu|tài liệu|nhiệm vụ cụ thể|trường hợp|tổ chức, cá nhân|cá nhân|đối tượng|tang vật|vũ khí|sản phẩm|hàng hóa|vắc xin|thuốc|hóa chất|thực phẩm|mẫu)(?=[\s,])/iu;
const DATE_TO_MEET = /\d{1,2}\/\d{1,2}(?:\/\d{4})?|\b(?:trước|chậm nhất|hoàn thành)\s+(?:ngày|tháng|quý)/iu;

/** "Công tác tuyển quân năm 2020 tiến hành theo 03 giai đoạn:": the line that announces the stages below it, no duty */
const STAGES_INTRO =
  /^[^;.]{3,100}?\s(?:được\s+)?(?:tiến hành|thực hiện|triển khai|chia|tổ chức|diễn ra)\s+(?:theo|làm|thành|qua|trong)\s+(?:\d{1,2}|hai|ba|bốn|năm)\s+(?:giai đoạn|đợt|bước)\s*[:.]?\s*$/iu;

/** "Trường hợp đảng viên được tặng … ốm đau, chi, đảng bộ cơ sở báo cáo …": what to do when it happens is a duty, not a rule */
const CONDITIONAL_DUTY = /^trường hợp\b[^;]*,\s*(?:[^,;]{0,60}\s)?(?:báo cáo|kịp thời|lập biên bản|thông báo)\s/iu;

export function isRuleStatement(text: string, mentions: readonly UnitMention[]): boolean {
  if (STAGES_INTRO.test(text)) return true;
  if (CONDITIONAL_DUTY.test(text)) return false;
  if (DATE_TO_MEET.test(text)) return false;
  if (NOTE.test(text)) return true;
  const m = PASSIVE.exec(text);
  return m !== null && SUBJECT.test(m[1]!) && !mentions.some((u) => u.start < m[1]!.length);
}

/**
 * "Ngày bầu cử là Chủ nhật, ngày 23/5/2021. Các cơ quan, đơn vị … báo cáo kết quả …": a sentence after the fact that opens with a
 * unit is that unit's duty, so the paragraph is drafted (its fact, a piece of its own, is not).
 */
function unitSentenceAfter(text: string, mentions: readonly UnitMention[]): boolean {
  for (const end of text.matchAll(/[.;]\s+(?=\p{Lu})/gu)) {
    const at = end.index + end[0].length;
    if (mentions.some((m) => m.start === at)) return true;
  }
  return false;
}

/** A rule or fact (`isRule`) with no sentence after it that opens with a unit. */
export function ruleOnly(text: string, mentions: readonly UnitMention[]): boolean {
  return isRule(text) && !unitSentenceAfter(text, mentions);
}

/**
 * "IV. KINH PHÍ" over "Kinh phí … từ nguồn ngân sách xã. Văn phòng - Thống kê xã lập dự toán chi tiết, trình … trước ngày 03/3/2027"
 * or "3. Phòng Tài chính - Kế hoạch thẩm định dự toán, trình …": in the funding part a unit that drafts, checks or submits the
 * estimate, or is given a date to meet, has a duty, though the part is otherwise rules ("Các đơn vị sử dụng kinh phí được giao …", "Các
 * cơ quan, đơn vị lập dự toán … theo quy định").
 */
export function dutyInRulesPart(node: OutlineNode, mentions: readonly UnitMention[]): boolean {
  const heading = ancestors(node).find(isHeading);
  if (!heading) return false;
  // "II. NỘI DUNG HỖ TRỢ" over "b) Ủy ban nhân dân các phường, xã phối hợp rà soát …, gửi danh sách … trước ngày 15/3/2029": an
  // item of a part that otherwise states what is offered, opening with its unit and given a date to meet, is that unit's duty
  if (!/^(?:nguon )?kinh phi\b/.test(foldVietnamese(heading.text)))
    return (
      node.kind === 'letter' &&
      !/^(?:muc dich|muc tieu|yeu cau|chi tieu)/.test(foldVietnamese(heading.text)) &&
      mentions.some((m) => m.start === 0 && DATE_TO_MEET.test(node.text.slice(m.end)))
    );
  const unit = mentions.find((m) => m.start === 0 || unitSentenceAfter(node.text.slice(0, m.start + 1), [m]));
  if (!unit) return false;
  const rest = node.text.slice(unit.end);
  // "Các cơ quan, đơn vị lập dự toán … theo quy định": how every unit budgets, a rule
  return (!unit.group && FUNDING_WORK.test(rest)) || DATE_TO_MEET.test(rest);
}

// the work on the estimate a unit is given in the funding part
const FUNDING_WORK = /^\s+(?:chủ trì\s*,?\s*)?(?:lập dự toán|thẩm định|hướng dẫn|tham mưu|tổng hợp dự toán|trình)\b/u;
