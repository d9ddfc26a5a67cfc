/** Wordings that tell where one duty of an item ends and the next begins (see split-duties.ts). */
import { ACTION_START } from './find-roles.ts';

// "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính.", "… thực hiện các nhiệm vụ dưới đây": who does the work before it;
// not "chủ trì kiểm tra hiện trạng đê điều;", a duty of its own
export const ROLE_ONLY = /^\s*(?:(?:chủ trì(?!\s+(?!phối hợp|cùng|và)\p{Ll})|thực hiện|tham mưu|phụ trách|phối hợp|trình)(?=[\s,.;]|$)[^.;]{0,70})?[.;]?\s*$/u;
/** "hoàn thành trước ngày D", "xong trong tháng 02/2024", "tập trung cao điểm trước Tết …": a clause that only says when the work before it is finished or peaks */
export const COMPLETION_ONLY = /^\s*(?:hoàn thành|xong|hoàn tất|(?:tập trung\s+)?cao điểm)\s+(?:trước|trong|chậm nhất|vào|đúng|ngay)\s[^,;.]*[.;]?\s*$/iu;
/** a clause that hands in the work before it ("trình UBND …", "gửi kết quả …", "lập biểu tổng hợp … gửi …", "lập danh sách …") */
export const HANDS_IN = /^\s*(?:trình|gửi|nộp|đề xuất|báo cáo|hoàn thành|xong|hoàn tất|lập (?:biểu|báo cáo|hồ sơ|danh sách))(?=\s)/iu;
/** submitting a paper of its own, not the work before: "…; trình Thủ tướng Chính phủ phương án hỗ trợ … trước ngày D" */
export const SUBMITS_NEW = /^\s*trình\s+(?:[^;,.]{0,40}?\s)?(?:phương án|đề án|dự thảo|danh mục|quy chế|cơ chế)\s/iu;
/** "là đầu mối theo dõi, tổng hợp …", "là cơ quan thường trực, tổng hợp …": a focal role, then the work */
export const FOCAL_ROLE = /^\s*là\s+(?:cơ quan\s+|đơn vị\s+)?(?:đầu mối|thường trực)[\s,]+(?:theo dõi|tổng hợp|đôn đốc)(?=[\s,])/iu;
/** directing another party: "hướng dẫn công dân …", "chỉ đạo Công an các xã …", "cử bác sĩ …" */
export const DIRECTS_OTHERS = /^\s*(?:hướng dẫn|chỉ đạo|cử)\s/iu;
/** work with no end: "hằng ngày", "thường xuyên", "liên tục", "suốt mùa khô", "trong suốt thời gian …" */
export const ONGOING = /(?:^|[\s,])(?:hằng ngày|hàng ngày|thường xuyên|liên tục|(?:trong\s+)?suốt\s+\p{Ll}+)(?=[\s,.;]|$)/iu;
/** work set off by an event, not a date: "khi có tin bão", "ngay sau khi nhận được …", "khi đủ điều kiện", "sau mỗi đợt …", "sau lũ", "02 lần/ngày" */
export const ON_EVENT =
  /(?:^|[\s,(])(?:(?:ngay\s+)?(?:sau\s+)?khi\s+(?:có|phát hiện|xảy ra|nhận được|được yêu cầu|nước lên|phát sinh|đủ điều kiện)|sau mỗi\s+\p{Ll}+|sau\s+(?:mưa\s+)?(?:lũ|bão|thiên tai|ngập lụt)|trong vòng\s+\d{1,3}\s+(?:giờ|ngày)|\d{1,2}\s+lần\s*\/\s*ngày)(?=[\s,.;)]|$)/iu;
/** such a clause is a duty when it opens with an action (advice or readiness too: "tham mưu UBND công bố hết dịch khi đủ điều kiện", "sẵn sàng lực lượng khi có tình huống"), or with its event and then the action ("khi có tình huống …, điều động …"), not with a restriction ("chỉ đốt khi có hướng dẫn") */
export const EVENT_DUTY_START = new RegExp(
  `${ACTION_START.source}|^\\s*(?:phân luồng|tham mưu|sẵn sàng|phát\\s+(?:bản tin|thông báo|sóng))(?=[\\s,]|$)|^\\s*(?:ngay\\s+)?(?:sau\\s+)?khi\\s[^;]*,\\s*\\p{Ll}`,
  'iu',
);
export const REPORT_START = /^\s*(?:định kỳ\s+)?(?:tổng hợp|báo cáo)/iu;
/** a report opened by its cadence: "định kỳ 6 tháng (trước ngày …) tổng hợp, báo cáo", "hằng quý báo cáo …" */
export const RECURRING_REPORT =
  /^\s*(?:(?:theo\s+)?(?:định kỳ|hằng|hàng)\s[^;.]{0,70}?[\s,)]+)?(?:tổng hợp(?:\s+\p{Ll}+){0,3}[\s,]+)?(?:tham mưu\s+)?báo cáo(?=\s)/iu;
/** watching over the plan's execution, the duty a report is usually tied to */
export const WATCHING = /theo dõi|đôn đốc|đầu mối|thường trực/iu;
/** a duty that goes on for the whole plan: watching, urging, guiding, being the focal point */
export const STANDING = /theo dõi|đôn đốc|đầu mối|thường trực|hướng dẫn|kiểm tra/iu;
/**
 * "… 6 tháng trước ngày 15/6/2025 và cả năm trước ngày 15/12/2025", "… kết quả quý I trước ngày 05/4, kết quả 9 tháng trước ngày
 * 05/10": the same report for another period
 */
const PERIOD = String.raw`(?:cả năm|năm|[369] tháng(?: đầu năm| cuối năm)?|quý\s+[IV]+|tháng\s+\d{1,2})(?=[\s,]|$)`;
export const REPORT_PERIOD = new RegExp(String.raw`(?:^|\s)(?:báo cáo\s+)?(?:kết quả(?:\s+thực hiện)?(?:\s+\p{Ll}+){0,2}?\s+)?${PERIOD}`, 'iu');
/** a cadence word before the periods: "định kỳ", "hằng", "hàng" */
export const CADENCE = /(?:^|\s)(?:định kỳ|hằng|hàng)\s/iu;
/** a date written with its year ("15/6/2027", "năm 2027"), which makes each period's report a one-off */
export const DATED_YEAR = /\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|năm\s+\d{4}/u;
/** the period alone: what the head keeps when the second clause does not say "kết quả" again */
export const PERIOD_ONLY = new RegExp(String.raw`(?:^|\s)(?:báo cáo\s+)?${PERIOD}`, 'iu');

/** a sentence's opening connective or time ("Đồng thời, …", "Cuối đợt vận động, …", "Trong tháng cao điểm, …") before its action */
const SENTENCE_OPENER = /^\s*(?:Đồng thời|Ngoài ra|Bên cạnh đó|Sau đó|(?:Trong|Cuối|Đầu|Giữa|Kết thúc|Sau khi kết thúc|Suốt)\s+[^,;.]{2,40}),\s*/iu;

/** The clause without the connective or time a new sentence opens with, so its action can be read: "Cuối đợt, tổng hợp …" → "tổng hợp …". */
export function actionPart(clause: string, newSentence: boolean): string {
  return newSentence ? clause.replace(SENTENCE_OPENER, '') : clause;
}
