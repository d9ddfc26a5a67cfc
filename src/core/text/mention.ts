import { escapeHtml } from './html.ts';

/**
 * A mention of a chat member in message text, neutral to the messenger: `<mention id="…">Name</mention>`
 * with the member's id on the chat's own messenger. Each channel renders it (Telegram: a user
 * link that notifies the member; a channel without such links: plain "@Name").
 */
export function mentionMark(member: { externalUserId: string; displayName: string }): string {
  return `<mention id="${escapeHtml(member.externalUserId)}">${escapeHtml(member.displayName)}</mention>`;
}

const MENTION = /<mention id="([^"<>]*)">([^<]*)<\/mention>/g;

function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Replaces every mention mark: `render(id, nameHtml)` gets the raw id and the name still escaped. */
export function renderMentions(html: string, render: (id: string, nameHtml: string) => string): string {
  return html.replace(MENTION, (_whole, id: string, name: string) => render(unescapeAttribute(id), name));
}

/** The rendering for a channel without mention links: "@Name". */
export function mentionsAsText(html: string): string {
  return renderMentions(html, (_id, name) => `@${name}`);
}
