import { DATE } from './date-token.ts';

/**
 * Dates that belong to a document rather than to a task: the dateline ("TP. Trà Vinh, ngày 27 tháng 02
 * năm 2023") and references ("Kế hoạch số 07/KH-BCĐ ngày 17/02/2023 của …"). `core` is the number and
 * date; `title` runs on through "của …/về …" to the end of the clause, where a year or "giai đoạn"
 * names the referenced document's subject, not a deadline.
 */
export interface ReferenceSpan {
  start: number;
  end: number;
  titleEnd: number;
  /** folded date text, for the reading */
  date: string;
}

const DOC_TYPE =
  'ke hoach|quyet dinh|cong van|huong dan|thong bao|chi thi|nghi quyet|thong tu|nghi dinh|bao cao|to trinh|van ban|chuong trinh|de an|phuong an|cong dien|luat|ket luan|thong tri|quy che|giay moi|tb|kh|qd|cv';
const NUMBER = String.raw`\d+[a-z]?(?:/\d+)*/[a-z0-9.-]*[a-z][a-z0-9.-]*(?:/[a-z0-9.-]+)*`;

const PATTERNS: RegExp[] = [
  // "số 07/KH-BCĐ ngày 17/02/2023", "Kế hoạch 45/KH-UBND, ngày 1/3/2023"
  new RegExp(String.raw`(?:\b(?:${DOC_TYPE}) )?(?:\bso (?:hieu )?)?\b${NUMBER},? (?:ban hanh |ky )?ngay (${DATE})`, 'g'),
  // "Công văn ngày 17/02/2023", "Quyết định số 123 ngày …"; a number has a digit: "báo cáo Sở trước ngày …" is a due date
  new RegExp(String.raw`\b(?:${DOC_TYPE})(?: so \S*\d\S*)? (?:ban hanh |ky )?ngay (${DATE})`, 'g'),
  // "ký ngày …", "ban hành ngày …"
  new RegExp(String.raw`\b(?:ky|ban hanh) ngay (${DATE})`, 'g'),
  // "ngày 17/02/2023 của Ban Chỉ đạo tỉnh" (not "trước ngày … của")
  new RegExp(String.raw`(?<!\b(?:truoc|han|het|den|cham nhat|trong|vao|la|xong) )\bngay (${DATE})(?= (?:cua|ve viec)\b)`, 'g'),
  // the dateline, on a line of its own
  new RegExp(String.raw`^[^,\n\d]{2,60}, ngay (${DATE}) ?\.?$`, 'gm'),
];

const TITLE_END = /[(;:\n]|\.(?: |$)/g;

export function findReferenceSpans(folded: string): ReferenceSpan[] {
  const spans: ReferenceSpan[] = [];
  for (const pattern of PATTERNS) {
    for (const m of folded.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      TITLE_END.lastIndex = end;
      const stop = TITLE_END.exec(folded);
      spans.push({ start, end, titleEnd: stop ? stop.index : folded.length, date: m[1] ?? '' });
    }
  }
  return spans;
}
