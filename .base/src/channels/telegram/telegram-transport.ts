import { type Api, GrammyError, HttpError } from 'grammy';
import type { OutgoingMessage } from '../../core/model/outgoing.ts';
import { fitToChannel } from '../../core/text/fit-to-channel.ts';
import { scrubSecrets } from '../../logger.ts';
import { type Transport, TransportError, type TransportFailure } from '../../outbox/transport.ts';
import { toTelegramHtml } from './render-telegram-html.ts';
import { toInlineKeyboard, toSendFilePart } from './outgoing-to-telegram.ts';
import { TELEGRAM_CAPABILITIES } from './telegram-capabilities.ts';

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
    capabilities: TELEGRAM_CAPABILITIES,
    async send(chatExternalId, neutral: OutgoingMessage) {
      const message = fitToChannel(neutral, TELEGRAM_CAPABILITIES);
      try {
        // A part that carries a file (the outbox sends each file as its own part) is one upload.
        const [attachment] = message.attachments ?? [];
        if (attachment) {
          const file = toSendFilePart(attachment, message.silent);
          return { messageId: String((await api[file.method](chatExternalId, file.file, file.other)).message_id) };
        }
        const sent = await api.sendMessage(chatExternalId, toTelegramHtml(message.html), {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(message.buttons && message.buttons.length > 0 ? { reply_markup: toInlineKeyboard(message.buttons) } : {}),
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
    async edit(chatExternalId, messageId, neutral: OutgoingMessage) {
      const message = fitToChannel(neutral, TELEGRAM_CAPABILITIES);
      try {
        // Without reply_markup Telegram removes the message's inline keyboard.
        await api.editMessageText(chatExternalId, Number(messageId), toTelegramHtml(message.html), {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(message.buttons && message.buttons.length > 0 ? { reply_markup: toInlineKeyboard(message.buttons) } : {}),
        });
      } catch (error) {
        // The message already reads this way (an edit repeated after a crash): nothing left to do.
        if (error instanceof GrammyError && /message is not modified/i.test(error.description)) return;
        throw new TransportError(classifyTelegramError(error));
      }
    },
  };
}
