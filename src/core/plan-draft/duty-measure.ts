/**
 * The clause after a duty that only measures it: how often or how much ("mở chuyên mục …; mỗi tháng đăng ít nhất 04 tin,
 * bài"), what it must reach ("…, hoàn thành trước ngày D; bảo đảm mỗi hộ có dụng cụ trữ nước tối thiểu 2 m3") or when it
 * peaks ("tuyên truyền …; tập trung tuyên truyền cao điểm từ … đến …"). After a ";" it belongs to that duty, not a duty of its
 * own (a new sentence "Bảo đảm 95% ổ dịch …" stays a duty).
 */
const QUANTITY = /(?:ít nhất|tối thiểu|không (?:ít|thấp) hơn|đạt(?: trên)?|trên)\s+\d|\d\s*%/iu;

// "mỗi tháng đăng …", "hằng tuần phát …": a cadence opening a clause that sets a quota
const QUOTA = /^\s*(?:mỗi|hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm|kỳ|đợt)\s/iu;

// "bảo đảm mỗi hộ …", "đảm bảo 100% …": a target the duty must reach
const TARGET = /^\s*(?:bảo đảm|đảm bảo)\s/iu;

// "tập trung tuyên truyền cao điểm từ …", "cao điểm vào tháng …"
const PEAK = /^\s*(?:tập trung\s+)?(?:\p{Ll}+\s+){0,3}?cao điểm\s+(?:từ|trong|vào)\s/iu;

export function measuresDutyBefore(clause: string): boolean {
  if (PEAK.test(clause)) return true;
  return (QUOTA.test(clause) || TARGET.test(clause)) && QUANTITY.test(clause);
}

// "Xác định bảo đảm an toàn cấp nước là nhiệm vụ trọng tâm, cấp bách …", "X coi chuyển đổi số là nhiệm vụ trọng tâm": how to
// regard the work, said before the duty itself
const AIM =
  /(?:^|\s)(?:xác định|coi)\s[^;]{3,160}?\slà\s+(?:một\s+)?nhiệm vụ\s+(?:chính trị\s+)?(?:trọng tâm|cấp bách|quan trọng|hàng đầu|thường xuyên|xuyên suốt|then chốt)/iu;

// "Là cơ quan thường trực của Ủy ban bầu cử; soạn thảo …": the unit's role, said before its duty, no duty of its own
const ROLE_STATEMENT =
  /^\s*(?:[-+]\s*)?là\s+(?:cơ quan|đơn vị|bộ phận|lực lượng)\s+(?:thường trực|đầu mối|chủ trì|tham mưu|chủ công|nòng cốt)(?:\s[^;.]{0,100})?[.;]?\s*$/iu;

export function isGeneralAim(clause: string): boolean {
  return AIM.test(clause) || ROLE_STATEMENT.test(clause);
}
