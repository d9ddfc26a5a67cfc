import { escapeHtml } from './html.ts';

/**
 * A mention of a chat member in message text, neutral to the messenger: `<mention id="…">Name</mention>`
 * with the member's id on the chat's own messenger (see marks.ts). Each channel renders it: Telegram
 * as a user link that notifies the member, a channel without such links as plain "@Name".
 */
export function mentionMark(member: { externalUserId: string; displayName: string }): string {
  return `<mention id="${escapeHtml(member.externalUserId)}">${escapeHtml(member.displayName)}</mention>`;
}
