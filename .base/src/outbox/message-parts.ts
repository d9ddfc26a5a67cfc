import type { ChannelCapabilities } from '../core/model/channel-capabilities.ts';
import type { OutgoingMessage } from '../core/model/outgoing.ts';
import { fitToChannel } from '../core/text/fit-to-channel.ts';
import { splitMessage } from '../core/text/split-message.ts';

/**
 * The messages one outbox row is sent as, for a channel: the message degraded to what it can show,
 * a text over its limit split in order, the reply on the first part and the buttons on the last text
 * part (where the reader ends up), then each file as a part of its own.
 * Deterministic, so a sender that resumes an interrupted row gets the same parts.
 */
export function messageParts(neutral: OutgoingMessage, capabilities: ChannelCapabilities): OutgoingMessage[] {
  const message = fitToChannel(neutral, capabilities);
  const texts = splitMessage(message.html, capabilities.textLimit);
  if (texts.length === 0 && !message.attachments) texts.push(message.html);
  const parts = texts.map((html, index) => {
    const part: OutgoingMessage = { html };
    if (index === 0 && message.replyToMessageId !== undefined) part.replyToMessageId = message.replyToMessageId;
    if (index === texts.length - 1 && message.buttons && message.buttons.length > 0) part.buttons = message.buttons;
    if (message.silent) part.silent = true;
    return part;
  });
  for (const attachment of message.attachments ?? []) parts.push({ html: '', attachments: [attachment], ...(message.silent ? { silent: true } : {}) });
  return parts;
}

/**
 * Which sent message each part of an edit replaces: in order, the last part onto the last message
 * (where the buttons are); undefined for parts beyond the original's, which are sent as new messages.
 */
export function editTargets(sentIds: readonly string[], parts: number): (string | undefined)[] {
  return Array.from({ length: parts }, (_, index) => (parts <= sentIds.length && index === parts - 1 ? sentIds[sentIds.length - 1] : sentIds[index]));
}
