import { escapeMarkupChars } from '../../core/text/html.ts';
import { type Mark, parseMarks, renderSpans } from '../../core/text/marks.ts';

const TAGS: Record<Mark, string> = { bold: 'b', italic: 'i', code: 'code', pre: 'pre', quote: 'blockquote' };

/**
 * Neutral message markup as Telegram's HTML parse mode: the marks map to Telegram's own tags and a
 * member's mention becomes a tg://user link, which notifies the member and makes the name tappable.
 * A stray tag a composer should not have written is sent as visible text rather than failing the send.
 */
export function toTelegramHtml(markup: string): string {
  return renderSpans(parseMarks(markup, { lenient: true }), {
    text: (text) => escapeMarkupChars(text),
    mark: (mark, inner) => `<${TAGS[mark]}>${inner}</${TAGS[mark]}>`,
    link: (href, inner) => `<a href="${escapeMarkupChars(href)}">${inner}</a>`,
    mention: (memberId, name) => `<a href="tg://user?id=${encodeURIComponent(memberId)}">${escapeMarkupChars(name)}</a>`,
  });
}
