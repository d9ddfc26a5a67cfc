import { InputFile } from 'grammy';
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Attachment, Button, OutgoingMessage } from '../../core/model/outgoing.ts';
import { fitToChannel } from '../../core/text/fit-to-channel.ts';
import { splitMessage } from '../../core/text/split-message.ts';
import { toTelegramHtml } from './render-telegram-html.ts';
import { TELEGRAM_CALLBACK_DATA_BYTES, TELEGRAM_CAPABILITIES } from './telegram-capabilities.ts';

export interface SendMessagePart {
  text: string;
  other: {
    parse_mode: 'HTML';
    link_preview_options: { is_disabled: true };
    reply_parameters?: { message_id: number; allow_sending_without_reply: true };
    reply_markup?: InlineKeyboardMarkup;
    disable_notification?: true;
  };
}

/** One sendDocument or sendPhoto call. */
export interface SendFilePart {
  method: 'sendDocument' | 'sendPhoto';
  file: InputFile;
  other: { disable_notification?: true };
}

function toInlineButton(button: Button): InlineKeyboardButton {
  if ('url' in button) return { text: button.text, url: button.url };
  // Telegram rejects the whole message over one long callback_data: fail where the composer is at fault.
  if (new TextEncoder().encode(button.data).length > TELEGRAM_CALLBACK_DATA_BYTES) {
    throw new Error(`callback data over ${TELEGRAM_CALLBACK_DATA_BYTES} bytes: ${button.data.slice(0, 80)}`);
  }
  return { text: button.text, callback_data: button.data };
}

export function toInlineKeyboard(buttons: Button[][]): InlineKeyboardMarkup {
  return { inline_keyboard: buttons.map((row) => row.map(toInlineButton)) };
}

/**
 * Turns a channel-neutral message into sendMessage calls: split under Telegram's limit, the reply
 * link on the first part, buttons on the last part (so they sit under the end of the text).
 */
export function toSendMessageParts(neutral: OutgoingMessage, defaultReplyTo?: number): SendMessagePart[] {
  const message = fitToChannel(neutral, TELEGRAM_CAPABILITIES);
  const texts = splitMessage(toTelegramHtml(message.html), TELEGRAM_CAPABILITIES.textLimit);
  const replyTo = message.replyToMessageId !== undefined ? Number(message.replyToMessageId) : defaultReplyTo;
  const hasButtons = message.buttons !== undefined && message.buttons.length > 0;
  return texts.map((text, index) => ({
    text,
    other: {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(index === 0 && replyTo !== undefined && Number.isSafeInteger(replyTo)
        ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true as const } }
        : {}),
      ...(index === texts.length - 1 && hasButtons ? { reply_markup: toInlineKeyboard(message.buttons ?? []) } : {}),
      ...(message.silent ? { disable_notification: true as const } : {}),
    },
  }));
}

export function toSendFilePart(attachment: Attachment, silent?: boolean): SendFilePart {
  return {
    method: attachment.kind === 'photo' ? 'sendPhoto' : 'sendDocument',
    file: new InputFile(attachment.bytes, attachment.fileName),
    other: silent ? { disable_notification: true } : {},
  };
}

/** The files of a message, each as one upload (multipart), after its text. */
export function toSendFileParts(neutral: OutgoingMessage): SendFilePart[] {
  const message = fitToChannel(neutral, TELEGRAM_CAPABILITIES);
  return (message.attachments ?? []).map((attachment) => toSendFilePart(attachment, message.silent));
}
