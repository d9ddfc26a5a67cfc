import { type Api, GrammyError, HttpError } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import type { Button, OutgoingMessage } from '../core/model/outgoing.ts';
import { scrubSecrets } from '../logger.ts';
import { type Transport, TransportError, type TransportFailure } from './transport.ts';

function toInlineButton(button: Button): InlineKeyboardButton {
  return 'url' in button ? { text: button.text, url: button.url } : { text: button.text, callback_data: button.data };
}

/** Telegram's answer, in the sender's terms. */
export function classifyTelegramError(error: unknown): TransportFailure {
  if (error instanceof GrammyError) {
    const description = scrubSecrets(error.description);
    if (error.error_code === 429) return { kind: 'rate_limited', retryAfterSeconds: error.parameters.retry_after ?? 5 };
    if (error.error_code === 403) return { kind: 'forbidden', description };
    // The bot can no longer reach a deleted chat: same outcome as being removed from it.
    if (error.error_code === 400 && /chat not found/i.test(error.description)) return { kind: 'forbidden', description };
    if (error.error_code >= 500) return { kind: 'server', description };
    return { kind: 'bad_request', description };
  }
  if (error instanceof HttpError) return { kind: 'network', description: scrubSecrets(error.message).slice(0, 300) };
  return { kind: 'network', description: scrubSecrets(error instanceof Error ? error.message : String(error)).slice(0, 300) };
}

/**
 * Sends through a grammY `Api`. Give it an Api without the auto-retry plugin: the outbox does its
 * own retrying and must see 429s to pause the chat and keep the row.
 */
export function createTelegramTransport(api: Api): Transport {
  return {
    async send(chatExternalId, message: OutgoingMessage) {
      try {
        const sent = await api.sendMessage(chatExternalId, message.html, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(message.buttons && message.buttons.length > 0
            ? { reply_markup: { inline_keyboard: message.buttons.map((row) => row.map(toInlineButton)) } }
            : {}),
          ...(message.replyToMessageId !== undefined
            ? { reply_parameters: { message_id: Number(message.replyToMessageId), allow_sending_without_reply: true } }
            : {}),
          ...(message.silent ? { disable_notification: true } : {}),
        });
        return { messageId: String(sent.message_id) };
      } catch (error) {
        throw new TransportError(classifyTelegramError(error));
      }
    },
    async edit(chatExternalId, messageId, message: OutgoingMessage) {
      try {
        // Without reply_markup Telegram removes the message's inline keyboard.
        await api.editMessageText(chatExternalId, Number(messageId), message.html, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(message.buttons && message.buttons.length > 0
            ? { reply_markup: { inline_keyboard: message.buttons.map((row) => row.map(toInlineButton)) } }
            : {}),
        });
      } catch (error) {
        // The message already reads this way (an edit repeated after a crash): nothing left to do.
        if (error instanceof GrammyError && /message is not modified/i.test(error.description)) return;
        throw new TransportError(classifyTelegramError(error));
      }
    },
  };
}
