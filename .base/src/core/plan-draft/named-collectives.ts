/**
 * "Các chủ đầu tư lập kế hoạch …", "Các nhà trường xây dựng …", "Các tổ công tác kiểm tra …", "Các tổ tiết kiệm và vay vốn họp …":
 * collectives outside the gazetteer
 */
const OUTSIDE_GAZETTEER = /^cac (?:chu dau tu|nha truong|to cong tac|to (?:tiet kiem va )?vay von|to hoa giai|to tu quan|to an ninh trat tu)\b/;
/** "Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể tỉnh": the heads of the provincial bodies */
const HEADS_OF_BODIES = /^cac so, thu truong cac ban, nganh(?:, doan the)?(?: (?:tinh|thanh pho))?\b/;

/** A collective that starts with "các" at `start` and that no head word names; `folded` is foldSameLength(text). */
export function namedCollective(text: string, folded: string, start: number): { start: number; end: number; surface: string } | undefined {
  const outside = OUTSIDE_GAZETTEER.exec(folded.slice(start));
  if (outside) return { start, end: start + outside[0].length, surface: text.slice(start, start + outside[0].length) };
  const heads = HEADS_OF_BODIES.exec(folded.slice(start));
  if (!heads) return undefined;
  const end = start + heads[0].length;
  // read as the usual collective "các sở, ban, ngành, …", the heads' titles dropped
  return { start, end, surface: `các sở, ${text.slice(start + heads[0].indexOf('ban'), end)}` };
}
