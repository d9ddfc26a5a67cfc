import { marksToPlainText } from '../../core/text/marks.ts';
import { formatDateTimeVi } from '../../core/time/zone.ts';

/**
 * The neutral message as the plain text Zalo shows: marks removed, a member's mention written
 * "@Name" (Zalo bots cannot tag a member), a link written as "text (address)" unless the text is
 * the address. Never longer than the markup, so a part split at 2,000 markup characters stays
 * within Zalo's limit.
 */
export function zaloPlainText(markup: string): string {
  return marksToPlainText(markup);
}

/** The message a document goes out as on Zalo: its name, its link, until when the link works. */
export function documentLinkText(fileName: string, url: string, expiresAt: Date): string {
  return `📎 ${fileName}\nTải về: ${url}\n(Đường dẫn dùng được đến ${formatDateTimeVi(expiresAt)}.)`;
}
