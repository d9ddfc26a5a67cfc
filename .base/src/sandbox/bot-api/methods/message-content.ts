import { badRequest } from '../api-error.ts';
import type { Params } from '../params.ts';
import { parseTelegramHtml } from '../parse-html.ts';
import type { SandboxState } from '../state.ts';
import type { TgInlineKeyboardMarkup, TgMessage, TgMessageEntity } from '../types.ts';

export const MAX_TEXT_LENGTH = 4096;
export const MAX_CAPTION_LENGTH = 1024;

export interface FormattedText {
  text: string;
  entities: TgMessageEntity[];
  html?: string;
}

/** Text plus entities from `text`/`caption` with parse_mode HTML or explicit entities. */
export function formattedText(params: Params, field: 'text' | 'caption'): FormattedText | undefined {
  const source = params.string(field);
  if (source === undefined || source === '') return undefined;
  const parseMode = params.string('parse_mode');
  if (parseMode?.toUpperCase() === 'HTML') return { ...parseTelegramHtml(source), html: source };
  const entitiesField = field === 'text' ? 'entities' : 'caption_entities';
  return { text: source, entities: params.object<TgMessageEntity[]>(entitiesField) ?? [] };
}

export function requireMessageText(params: Params): FormattedText {
  const formatted = formattedText(params, 'text');
  if (!formatted || formatted.text.trim() === '') throw badRequest('message text is empty');
  if (formatted.text.length > MAX_TEXT_LENGTH) throw badRequest('message is too long');
  return formatted;
}

export function optionalCaption(params: Params): FormattedText | undefined {
  const caption = formattedText(params, 'caption');
  if (caption && caption.text.length > MAX_CAPTION_LENGTH) throw badRequest('message caption is too long');
  return caption;
}

/** Only inline keyboards are shown under messages; other markups are accepted and ignored. */
export function inlineKeyboard(params: Params): TgInlineKeyboardMarkup | undefined {
  const markup = params.object<{ inline_keyboard?: unknown }>('reply_markup');
  if (!markup || markup.inline_keyboard === undefined) return undefined;
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows) || rows.some((row) => !Array.isArray(row))) {
    throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
  }
  for (const row of rows as unknown[][]) {
    for (const button of row as Record<string, unknown>[]) {
      if (typeof button?.text !== 'string' || button.text === '') throw badRequest('BUTTON_TEXT_INVALID');
      const data = button.callback_data;
      if (data !== undefined && (typeof data !== 'string' || data === '' || Buffer.byteLength(data) > 64)) {
        throw badRequest('BUTTON_DATA_INVALID');
      }
      if (data === undefined && button.url === undefined)
        throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
    }
  }
  return { inline_keyboard: rows as TgInlineKeyboardMarkup['inline_keyboard'] };
}

/** reply_parameters (current API) or reply_to_message_id (older clients). */
export function replyTarget(state: SandboxState, params: Params, chatId: number): TgMessage | undefined {
  const reply = params.object<{ message_id?: number; chat_id?: number | string; allow_sending_without_reply?: boolean }>('reply_parameters');
  const messageId = reply?.message_id ?? params.int('reply_to_message_id');
  if (messageId === undefined) return undefined;
  const targetChat = reply?.chat_id !== undefined ? Number(reply.chat_id) : chatId;
  const found = state.findMessage(targetChat, messageId);
  if (found) return withoutNestedReply(found.message);
  const allowWithout = reply?.allow_sending_without_reply ?? params.bool('allow_sending_without_reply');
  if (allowWithout) return undefined;
  throw badRequest('message to be replied not found');
}

/** Telegram nests only one level of reply_to_message. */
export function withoutNestedReply(message: TgMessage): TgMessage {
  const { reply_to_message: _dropped, ...rest } = message;
  return rest;
}
