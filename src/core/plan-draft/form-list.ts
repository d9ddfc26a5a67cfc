/** "Biểu 01/BN-TK: …", "Mẫu số 02: …", "Phụ lục III - …": an entry naming a report form or an annex by its code */
const FORM_ENTRY = /^(?:Biểu(?:\s+mẫu)?|Mẫu|Phụ lục)\s+(?:số\s+)?[\dIVX]{1,4}(?:[/.-][\p{L}\d./-]{1,20})?\s*[:–-]\s*(\S.*)$/u;

/**
 * "Các biểu báo cáo áp dụng … gồm:" then "- Biểu 01/BN-TK: Kết quả thực hiện chỉ tiêu …": an entry that names a form and what it
 * holds lists the papers of a duty stated before it, no duty of its own, even when the form's title opens with a verb ("Tổng hợp
 * …"); an entry given a date of its own stays a duty.
 */
export function namesForm(text: string): boolean {
  const m = FORM_ENTRY.exec(text.trim());
  return m !== null && !/\d{1,2}\/\d{1,2}\/\d{4}|\btrước ngày\b|\bchậm nhất\b/iu.test(m[1]!);
}
