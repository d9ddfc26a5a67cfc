/**
 * "phát sóng tối thứ Bảy hằng tuần từ tháng 5 đến tháng 10/2028", "báo cáo vào thứ Hai hằng tuần, đến hết tháng 9/2028": the span
 * right after a weekly or monthly cadence only says how long the duty recurs; the duty is the recurring one, not one due at the
 * span's end. The span is blanked (same length, so the offsets of cited titles stay right) and the cadence is read alone.
 */
export function blankSpanAfterCadence(text: string): string {
  return text.replace(SPAN_AFTER_CADENCE, (span) => ' '.repeat(span.length));
}

const CADENCE = String.raw`(?:hằng|hàng|mỗi)\s+(?:tuần|tháng)`;
const TIME = String.raw`(?:ngày\s+\d{1,2}\/\d{1,2}(?:\/\d{4})?|tháng\s+\d{1,2}(?:\/\d{4})?|quý\s+[IV]{1,3}(?:\/\d{4})?|năm\s+\d{4})`;
const SPAN_AFTER_CADENCE = new RegExp(
  String.raw`(?<=${CADENCE}\s*,?\s*)(?:(?:kể\s+)?từ\s+${TIME}\s+đến\s+(?:hết\s+)?${TIME}|(?:cho\s+)?đến\s+hết\s+${TIME})(?=\s*(?:[.;,]|$))`,
  'giu',
);
