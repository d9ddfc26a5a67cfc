/**
 * Citations of other documents ("Quyết định số 09/QĐ-BCĐ ngày 17/02/2023 của Ban Chỉ đạo tỉnh về …").
 * Their dates are not deadlines and the bodies they name are not doing the task, so both are masked.
 */
const DOC_KIND =
  '(?:Kế hoạch|Quyết định|Chỉ thị|Công văn|Thông tư|Nghị quyết|Nghị định|Hướng dẫn|Thông báo|Văn bản|Báo cáo|Tờ trình|Chương trình|Đề án|Kết luận|Công điện|Thông tri)';
const NUMBERED_REFERENCE = new RegExp(
  `${DOC_KIND}(?:\\s+liên tịch)?\\s+(?:số\\s+)?\\d+[^\\s,;()]*\\/[^\\s,;()]+(?:\\s+ngày\\s+(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}))?(?:[ \\t]+(?:của|về|do)[ \\t][^,;()\\n]*)?`,
  'giu',
);
/**
 * "năm học 2024-2025", "niên khóa …", "nhiệm kỳ 2025 - 2030": the name of a school year or a term, not a period to finish in; so
 * are the years listed after it ("Năm học 2021 - 2022 và 2022 - 2023")
 */
const SCHOOL_YEAR = /(?:năm học|niên khóa|niên khoá|nhiệm kỳ|nhiệm kì)\s+\d{4}\s*[-–]\s*\d{4}(?:\s*(?:,|và)\s*(?:năm học\s+)?\d{4}\s*[-–]\s*\d{4})*/giu;
/** "quy hoạch … thời kỳ 2021 - 2030, tầm nhìn đến năm 2050": the horizon of a planning document names it; it is no deadline. */
const HORIZON = /tầm nhìn\s+(?:đến\s+)?(?:năm\s+)?\d{4}|(?<=(?:quy hoạch|chiến lược)[^,;.()\n]{0,80}?)thời kỳ\s+\d{4}\s*[-–]\s*\d{4}/giu;
const LAW_REFERENCE = /(?:Bộ luật|Luật)\s+\p{Lu}[^,;.()\n]*?năm\s+\d{4}/gu;
/** "kỷ niệm 71 năm Ngày Thầy thuốc Việt Nam (27/02/1955 - 27/02/2026)": an anniversary's span, the same day years apart, is no deadline. */
const ANNIVERSARY = /\(\s*(\d{1,2})\/(\d{1,2})\/\d{4}\s*[-–]\s*\1\/\2\/\d{4}\s*\)/gu;

/**
 * "bố trí kinh phí trong dự toán ngân sách tỉnh năm 2029", "từ nguồn dự phòng ngân sách năm 2028", "trong dự toán năm 2028 và các
 * năm tiếp theo": the budget year says which money pays, not when the work is due
 */
const BUDGET_YEAR =
  /(?<=(?:trong|vào|từ|thuộc)\s+(?:nguồn\s+)?)(?:dự toán|dự phòng)(?:\s+(?:thu\s+|chi\s+)?(?:ngân sách|kinh phí))?(?:\s+(?:nhà nước|tỉnh|huyện|thành phố|xã|phường|trung ương|địa phương))?\s+năm\s+\d{4}(?:\s+và\s+các\s+năm\s+tiếp\s+theo)?/giu;

export interface TextRange {
  start: number;
  end: number;
}

export function findReferenceRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const pattern of [NUMBERED_REFERENCE, LAW_REFERENCE, SCHOOL_YEAR, HORIZON, ANNIVERSARY, BUDGET_YEAR]) {
    for (const m of text.matchAll(pattern)) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

export function insideAny(start: number, end: number, ranges: readonly TextRange[]): boolean {
  return ranges.some((r) => start >= r.start && end <= r.end);
}

/** Replaces ranges with spaces, keeping offsets. */
export function maskRanges(text: string, ranges: readonly TextRange[]): string {
  let out = text;
  for (const r of ranges) out = out.slice(0, r.start) + ' '.repeat(r.end - r.start) + out.slice(r.end);
  return out;
}
