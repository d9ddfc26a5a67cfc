import { renderMentions } from '../../core/text/mention.ts';

/** Mention marks as Telegram's user links: the member is notified and the name is tappable. */
export function telegramMentions(html: string): string {
  return renderMentions(html, (id, name) => `<a href="tg://user?id=${encodeURIComponent(id)}">${name}</a>`);
}
