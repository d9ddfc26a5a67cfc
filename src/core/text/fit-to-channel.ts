import type { ChannelCapabilities } from '../model/channel-capabilities.ts';
import type { Attachment, OutgoingMessage } from '../model/outgoing.ts';
import { prefixCommandHints } from './command-hints.ts';
import { escapeMarkupChars } from './html.ts';

/** How the catalog writes the bot's mention in an example, for the channel to put its real name in. */
const BOT_PLACEHOLDERS = /@(?:tên_bot|bot_name)\b\s?/g;

/**
 * Degrades a message to what a channel can show: without buttons, each action is written under the
 * text as its fallback ("Xong: /xong P1-01") and links as their address; without photos a chart
 * goes as a document; a file kind the channel cannot send at all is left out.
 */
export function fitToChannel(message: OutgoingMessage, capabilities: ChannelCapabilities): OutgoingMessage {
  const fitted: OutgoingMessage = { ...message };
  const prefix = capabilities.commandPrefix ?? '';
  if (prefix) fitted.html = prefixCommandHints(message.html.replace(BOT_PLACEHOLDERS, escapeMarkupChars(prefix)), escapeMarkupChars(prefix));
  if (!capabilities.buttons && message.buttons && message.buttons.length > 0) {
    const lines = message.buttons
      .flat()
      .map((button) =>
        'url' in button
          ? `${escapeMarkupChars(button.text)}: ${escapeMarkupChars(button.url)}`
          : button.fallback
            ? `${escapeMarkupChars(button.text)}: ${escapeMarkupChars(button.fallback.startsWith('/') ? prefix + button.fallback : button.fallback)}`
            : null,
      )
      .filter((line): line is string => line !== null);
    delete fitted.buttons;
    if (lines.length > 0) fitted.html = `${fitted.html}\n\n${lines.join('\n')}`;
  }
  if (message.attachments) {
    const attachments = message.attachments
      .map((file): Attachment | null => {
        if (file.kind === 'photo' && !capabilities.photos) return capabilities.documents ? { ...file, kind: 'document' } : null;
        if (file.kind === 'document' && !capabilities.documents) return null;
        return file;
      })
      .filter((file): file is Attachment => file !== null);
    if (attachments.length > 0) fitted.attachments = attachments;
    else delete fitted.attachments;
  }
  return fitted;
}
