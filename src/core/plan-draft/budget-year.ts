/**
 * "Bố trí kinh phí … trong dự toán năm 2028 và năm 2029", "… vào dự toán ngân sách năm 2030": the year of a budget says which
 * budget pays, not when the duty is due. Blanked for the time readers (same length, offsets kept); the task keeps the words.
 */
export function withoutBudgetYears(text: string): string {
  return text.replace(BUDGET_YEARS, (m, head: string) => head + ' '.repeat(m.length - head.length));
}

const BUDGET_YEARS =
  /(dự toán(?:\s+(?:ngân sách|chi)(?:\s+nhà nước)?)?(?:\s+(?:hằng năm|hàng năm|của\s+[^,;.()]{1,40}?))?\s+)năm\s+(?:19|20)\d\d(?:\s*(?:và|,|-|–)\s*(?:năm\s+)?(?:19|20)\d\d)*(?=[\s,;.)]|$)/giu;
