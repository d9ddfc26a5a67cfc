import type { OutgoingMessage } from '../core/model/outgoing.ts';
import { splitMessage, TELEGRAM_MESSAGE_LIMIT } from '../core/text/split-message.ts';

/**
 * The messages one outbox row is sent as: a text over the limit becomes several, in order; the
 * reply goes on the first part and the buttons on the last (where the reader ends up).
 * Deterministic, so a sender that resumes an interrupted row gets the same parts.
 */
export function messageParts(message: OutgoingMessage, limit = TELEGRAM_MESSAGE_LIMIT): OutgoingMessage[] {
  const texts = splitMessage(message.html, limit);
  if (texts.length === 0) texts.push(message.html);
  return texts.map((html, index) => {
    const part: OutgoingMessage = { html };
    if (index === 0 && message.replyToMessageId !== undefined) part.replyToMessageId = message.replyToMessageId;
    if (index === texts.length - 1 && message.buttons && message.buttons.length > 0) part.buttons = message.buttons;
    if (message.silent) part.silent = true;
    return part;
  });
}

/**
 * Which sent message each part of an edit replaces: in order, the last part onto the last message
 * (where the buttons are); undefined for parts beyond the original's, which are sent as new messages.
 */
export function editTargets(sentIds: readonly string[], parts: number): (string | undefined)[] {
  return Array.from({ length: parts }, (_, index) => (parts <= sentIds.length && index === parts - 1 ? sentIds[sentIds.length - 1] : sentIds[index]));
}
