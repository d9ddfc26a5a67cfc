import { mentionsAsText } from '../../core/text/mention.ts';
import { formatDateTimeVi } from '../../core/time/zone.ts';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
    return ENTITIES[body] ?? whole;
  });
}

/**
 * The neutral message's Telegram HTML as the plain text Zalo shows: marks removed, a member's mention
 * written "@Name" (Zalo bots cannot tag a member), a link written as
 * "text (address)" unless the text is the address, entities decoded. Never longer than the HTML,
 * so a part split at 2,000 HTML characters stays within Zalo's limit.
 */
export function zaloPlainText(html: string): string {
  const withLinks = mentionsAsText(html).replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_whole, href: string, inner: string) => {
    const label = inner.replace(/<[^>]+>/g, '');
    const address = decodeEntities(href);
    return decodeEntities(label) === address ? label : `${label} (${href})`;
  });
  return decodeEntities(withLinks.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ''));
}

/** The message a document goes out as on Zalo: its name, its link, until when the link works. */
export function documentLinkText(fileName: string, url: string, expiresAt: Date): string {
  return `📎 ${fileName}\nTải về: ${url}\n(Đường dẫn dùng được đến ${formatDateTimeVi(expiresAt)}.)`;
}
