import { foldVietnamese } from '../text/fold.ts';
import { ACTION_START } from './find-roles.ts';
import type { OutlineNode } from './outline.ts';

/**
 * The lead-in of a list of places: "Các điểm có nguy cơ cao cần cắm biển cảnh báo:", "Địa điểm tổ chức các hoạt động:", "Các
 * khu phố trọng điểm …:", "Danh sách các bến đò …:" (with diacritics: "nơi" is a place, "nội dung" is not).
 */
const PLACES_LEAD =
  /^(?:danh sách\s+)?(?:(?:các|những)\s+)?(?:điểm|địa điểm|khu vực|vị trí|tuyến(?: đường)?|địa bàn|nơi|ấp|thôn|xóm|bản|khu phố|tổ dân phố|điểm nóng|đoạn sông|đoạn đường|bến|bãi|hồ|sông|kênh|công trình|cơ sở)(?![\p{L}\d])[^:]*:$/u;

/** one entry of such a list: a short name with no verb first, no time, no colon of its own */
function namesPlace(node: OutlineNode): boolean {
  const text = node.text.replace(/[\s.;,]+$/u, '');
  return (
    node.children.length === 0 &&
    !text.includes(':') &&
    text.split(/\s+/).length <= 15 &&
    !ACTION_START.test(text) &&
    !/\b(?:truoc (?:ngay|thang|quy|\d)|cham nhat|hoan thanh|hang (?:ngay|tuan|thang|quy|nam))\b|\d{1,2}\/\d{1,2}/.test(foldVietnamese(text))
  );
}

/**
 * "2. Các điểm có nguy cơ cao cần cắm biển cảnh báo:" over "- Bến đò ấp Rạch Bần;", "- Ao sen ấp Đìa Lác.": a list of places
 * (dangerous spots, venues, hamlets) names where the plan acts, no duty. Every item under the lead-in must name a place.
 */
export function isPlaceListItem(node: OutlineNode): boolean {
  const lead = node.parent;
  if (!lead || node.kind === 'paragraph' || !PLACES_LEAD.test(lead.text.trim().toLocaleLowerCase('vi'))) return false;
  const items = lead.children.filter((c) => c.kind === node.kind);
  return items.every(namesPlace);
}
