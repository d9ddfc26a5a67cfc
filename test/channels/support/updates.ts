import type { Update } from 'grammy/types';
import { BOT_ID, BOT_USERNAME } from './telegram-harness.ts';

/** Real-shaped Telegram update JSON, as the Bot API delivers it. */
let nextUpdateId = 900_000;
let nextMessageId = 100;
const DATE = 1_700_445_600;

export interface TgChat {
  id: number;
  type: 'group' | 'supergroup' | 'private';
  title?: string;
  first_name?: string;
}
export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export const unitGroup: TgChat = { id: -1_001_234_567_890, type: 'supergroup', title: 'Công an Phường 5 - Tổ công tác' };
export const steeringGroup: TgChat = { id: -1_009_999_000_001, type: 'supergroup', title: 'BCĐ Chuyển hóa Phường 5' };
export const focalPoint: TgUser = { id: 222_333_444, is_bot: false, first_name: 'Trần', last_name: 'Thị Hoa', username: 'hoa_cap5', language_code: 'vi' };
export const secretary: TgUser = { id: 111_222_333, is_bot: false, first_name: 'Nguyễn', last_name: 'Văn An', language_code: 'vi' };
export const botUser: TgUser = { id: BOT_ID, is_bot: true, first_name: 'Điều phối', username: BOT_USERNAME };
export const privateChatOf = (user: TgUser): TgChat => ({ id: user.id, type: 'private', first_name: user.first_name });

export interface MessageOptions {
  chat: TgChat;
  from: TgUser;
  text?: string;
  replyTo?: { message_id: number; from: TgUser; text?: string };
  updateId?: number;
  extra?: Record<string, unknown>;
}

export function messageUpdate(options: MessageOptions): Update {
  const message: Record<string, unknown> = {
    message_id: nextMessageId++,
    from: options.from,
    chat: options.chat,
    date: DATE,
    ...options.extra,
  };
  if (options.text !== undefined) {
    message.text = options.text;
    const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(options.text);
    if (command) message.entities = [{ offset: 0, length: command[0].length, type: 'bot_command' }];
  }
  if (options.replyTo) {
    message.reply_to_message = { chat: options.chat, date: DATE - 60, ...options.replyTo };
  }
  return { update_id: options.updateId ?? nextUpdateId++, message } as unknown as Update;
}

export function callbackUpdate(options: { chat: TgChat; from: TgUser; data: string; messageId: number; updateId?: number }): Update {
  return {
    update_id: options.updateId ?? nextUpdateId++,
    callback_query: {
      id: String(4_400_000_000_000 + nextUpdateId),
      from: options.from,
      chat_instance: '-5512345678901234567',
      data: options.data,
      message: {
        message_id: options.messageId,
        from: botUser,
        chat: options.chat,
        date: DATE - 120,
        text: 'Nhiệm vụ 12: Tổ chức tuần tra',
        reply_markup: { inline_keyboard: [[{ text: 'Hoàn thành', callback_data: options.data }]] },
      },
    },
  } as unknown as Update;
}

export function myChatMemberUpdate(options: { chat: TgChat; from: TgUser; oldStatus: string; newStatus: string }): Update {
  return {
    update_id: nextUpdateId++,
    my_chat_member: {
      chat: options.chat,
      from: options.from,
      date: DATE,
      old_chat_member: { user: botUser, status: options.oldStatus, ...(options.oldStatus === 'kicked' ? { until_date: 0 } : {}) },
      new_chat_member: { user: botUser, status: options.newStatus, ...(options.newStatus === 'kicked' ? { until_date: 0 } : {}) },
    },
  } as unknown as Update;
}
