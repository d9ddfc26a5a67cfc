/**
 * "Thứ hai, về công tác kiểm tra. Giao Phòng … tổ chức …", "2. Về kinh phí. Phòng Tài chính lập dự toán …": an item that opens
 * with its topic ("về …") in a sentence of its own names what the item is about, not a duty. The topic becomes the item's
 * heading line and the text after it a paragraph under it, so the topic is never drafted as a task.
 */
const TOPIC_OPENING =
  /^((?:Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:.]\s*|(?:\d{1,2}\.)+\d{0,2}\s+|[IVX]{1,4}\.\s+|[a-zđ]\)\s+)[Vv]ề\s[^.;:!?]{3,90}\.)\s+(?=\p{Lu})/u;

export function splitTopicOpening(line: string): string[] {
  const m = TOPIC_OPENING.exec(line);
  return m ? [m[1]!, line.slice(m[0].length)] : [line];
}
