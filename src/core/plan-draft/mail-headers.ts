/**
 * A plan pasted from an email thread keeps each mail's header ("From: …", "Sent: …", "To: Phong QLN; Phong QLXD", "Cc: Van phong
 * So", "Subject: …"; Gmail's "Từ: …", "Ngày: …", "Tới: …", "Tiêu đề: …", each maybe quoted with "> "). Those lines are
 * addresses, often unaccented, and no text of the plan: read as names they make units of their own ("Văn phòng So" beside
 * "Văn phòng Sở"). A run of at least three such lines, opened by the sender's line and holding the recipients or the subject, is
 * dropped.
 */
export function dropMailHeaders(lines: readonly string[]): string[] {
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!SENDER.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && HEADER.test(lines[end]!)) end++;
    const block = lines.slice(i, end);
    if (block.length >= 3 && block.some((l) => RECIPIENTS.test(l))) for (let k = i; k < end; k++) drop.add(k);
    i = end - 1;
  }
  return lines.filter((_, i) => !drop.has(i));
}

const QUOTE = String.raw`^(?:>\s*)*`;
const SENDER = new RegExp(String.raw`${QUOTE}(?:From|Từ):\s+\S[^\n]*(?:@|<)`, 'u');
const HEADER = new RegExp(String.raw`${QUOTE}(?:From|Sent|Date|To|Cc|Bcc|Subject|Importance|Attachments|Từ|Ngày|Tới|Đến|Cc|Tiêu đề|Chủ đề):\s`, 'u');
const RECIPIENTS = new RegExp(String.raw`${QUOTE}(?:To|Cc|Subject|Tới|Đến|Tiêu đề|Chủ đề):\s`, 'u');
