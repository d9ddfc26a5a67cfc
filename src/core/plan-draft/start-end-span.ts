/**
 * "Năm học 2025-2026 bắt đầu từ ngày khai giảng 05/9/2025 và kết thúc chậm nhất ngày 31/5/2026", "Học kỳ I bắt đầu thứ Hai
 * 08/9/2025, khép lại vào thứ Bảy 17/01/2026", "khai giảng ngày A và kết thúc ngày B": a period told by when it starts and when
 * it ends, restated as the span the time reader knows ("từ ngày A đến ngày B"); a few words may stand before each day.
 */
const DAY = String.raw`(\d{1,2}\/\d{1,2}(?:\/\d{4})?)`;
const WORDS = String.raw`(?:[^\s\d,;.]+\s+){0,4}?`;
const START_END = new RegExp(
  String.raw`(?:bắt đầu|khai giảng|khởi động)\s+${WORDS}${DAY}\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:kết thúc|khép lại|bế giảng|hoàn thành)\s+${WORDS}${DAY}`,
  'iu',
);

export function restateStartEnd(text: string): string {
  const m = START_END.exec(text);
  if (!m) return text;
  return `${text.slice(0, m.index)}từ ngày ${m[1]} đến ngày ${m[2]}${text.slice(m.index + m[0].length)}`;
}
