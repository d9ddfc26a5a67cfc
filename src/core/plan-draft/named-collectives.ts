/**
 * "Các chủ đầu tư lập kế hoạch …", "Các nhà trường xây dựng …", "Các tổ công tác kiểm tra …", "Các tổ tiết kiệm và vay vốn họp …",
 * "Các chủ rừng", "Các chủ tàu cá", "Các chủ cơ sở kinh doanh", "Các hợp tác xã", "Các cơ sở sản xuất, kinh doanh", "Các tổ tiêm phòng":
 * collectives outside the gazetteer
 */
const OUTSIDE_GAZETTEER =
  /^cac (?:chu (?:dau tu|rung|tau(?: ca)?|co so(?: kinh doanh| san xuat)?|ho kinh doanh|phuong tien|nha tro|trang trai)|nha truong|to cong tac|to (?:tiet kiem va )?vay von|to hoa giai|to tu quan|to an ninh trat tu|hop tac xa(?: (?:nong nghiep|dich vu nong nghiep|thuy san))?|co so (?:san xuat|kinh doanh|che bien)(?:,? (?:kinh doanh|che bien))?(?: (?:thuc pham|duoc pham|thuoc|phan bon|giong|thuc an chan nuoi|hoa chat|xang dau))?|to tiem phong(?: (?:xa|phuong|thi tran)(?:,? (?:xa|phuong|thi tran))*)?)\b/;
/**
 * "8. Các chủ rừng là tổ chức (Ban Quản lý …, …)", "2. Các chủ cơ sở kinh doanh dịch vụ karaoke, vũ trường, nhà nghỉ (kể cả …)":
 * owners named on a heading of their own are the kind the heading describes, up to its bracket or its end
 */
const OWNERS_DESCRIBED = /^[^.;:()\n]{1,80}?(?=\s*(?:\(|:?\s*(?:\n|$)))/u;
/** "Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể tỉnh": the heads of the provincial bodies */
const HEADS_OF_BODIES = /^cac so, thu truong cac ban, nganh(?:, doan the)?(?: (?:tinh|thanh pho))?\b/;

/** A collective that starts with "các" at `start` and that no head word names; `folded` is foldSameLength(text). */
export function namedCollective(text: string, folded: string, start: number): { start: number; end: number; surface: string } | undefined {
  const outside = OUTSIDE_GAZETTEER.exec(folded.slice(start));
  if (outside) {
    const atHeading = /(?:^|\n)(?:\d{1,2}[.)]\s+|[-–]\s*)?$/u.test(text.slice(0, start));
    const described = atHeading && outside[0].startsWith('cac chu ') ? OWNERS_DESCRIBED.exec(text.slice(start + outside[0].length)) : null;
    const end = start + outside[0].length + (described?.[0].length ?? 0);
    return { start, end, surface: text.slice(start, end) };
  }
  const heads = HEADS_OF_BODIES.exec(folded.slice(start));
  if (!heads) return undefined;
  const end = start + heads[0].length;
  // read as the usual collective "các sở, ban, ngành, …", the heads' titles dropped
  return { start, end, surface: `các sở, ${text.slice(start + heads[0].indexOf('ban'), end)}` };
}
