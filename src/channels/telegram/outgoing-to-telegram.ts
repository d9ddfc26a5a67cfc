import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Button, OutgoingMessage } from '../../core/model/outgoing.ts';
import { splitMessage, TELEGRAM_MESSAGE_LIMIT } from '../../core/text/split-message.ts';

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

export function toInlineKeyboard(buttons: Button[][]): InlineKeyboardMarkup {
  return {
    inline_keyboard: buttons.map((row) =>
      row.map((button): InlineKeyboardButton => ('url' in button ? { text: button.text, url: button.url } : { text: button.text, callback_data: button.data })),
    ),
  };
}

/**
 * Turns a channel-neutral message into sendMessage calls: split under Telegram's limit, the reply
 * link on the first part, buttons on the last part (so they sit under the end of the text).
 */
export function toSendMessageParts(message: OutgoingMessage, defaultReplyTo?: number): SendMessagePart[] {
  const texts = splitMessage(message.html, TELEGRAM_MESSAGE_LIMIT);
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
