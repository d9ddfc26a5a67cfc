import type { Chat, ChatMemberUpdated, Message, User } from 'grammy/types';
import type { InboundChat, InboundEvent, InboundUser, MembershipEvent } from '../../dispatch/inbound-event.ts';
import type { BotContext } from './bot-context.ts';
import { parseCommand } from './parse-command.ts';
import { toFileInput } from './telegram-file.ts';

const TELEGRAM = 'telegram';
const PRESENT = new Set(['member', 'administrator', 'creator', 'restricted']);
const GONE = new Set(['left', 'kicked']);

export function displayName(user: { first_name: string; last_name?: string }): string {
  return [user.first_name, user.last_name].filter(Boolean).join(' ');
}

function toChat(chat: Chat): InboundChat {
  return chat.type === 'private'
    ? { externalId: String(chat.id), type: 'private', title: displayName(chat) }
    : { externalId: String(chat.id), type: 'group', title: chat.title ?? null };
}

function toUser(user: User): InboundUser {
  return {
    externalId: String(user.id),
    name: displayName(user),
    username: user.username ?? null,
    languageCode: user.language_code ?? null,
    isBot: user.is_bot,
  };
}

/** my_chat_member: the bot added, removed or blocked; a promotion or demotion is nothing to act on. */
function memberChange(update: ChatMemberUpdated): MembershipEvent['change'] | null {
  if (GONE.has(update.new_chat_member.status)) return update.chat.type === 'private' ? 'bot_blocked' : 'bot_removed';
  if (PRESENT.has(update.new_chat_member.status) && !PRESENT.has(update.old_chat_member.status)) return 'bot_added';
  return null;
}

/** "@DieuPhoiBot" as written in the text, when a mention entity names this bot. */
function botMentionIn(message: Message, botUsername: string): string | undefined {
  const text = message.text ?? '';
  const wanted = `@${botUsername}`.toLowerCase();
  const entity = message.entities?.find((e) => e.type === 'mention' && text.slice(e.offset, e.offset + e.length).toLowerCase() === wanted);
  return entity ? text.slice(entity.offset, entity.offset + entity.length) : undefined;
}

function fromMessage(base: { updateKey: string }, message: Message, user: InboundUser, me: { id: number; username: string }): InboundEvent | null {
  const botId = me.id;
  const common = { platform: TELEGRAM, updateKey: base.updateKey, chat: toChat(message.chat), user, messageId: String(message.message_id) } as const;
  // A group upgraded to a supergroup: both service messages (old group, new one) name the same move.
  if (message.migrate_to_chat_id !== undefined)
    return { ...common, kind: 'membership', change: 'chat_migrated', newExternalId: String(message.migrate_to_chat_id) };
  if (message.migrate_from_chat_id !== undefined) {
    return {
      ...common,
      chat: { externalId: String(message.migrate_from_chat_id), type: 'group' },
      kind: 'membership',
      change: 'chat_migrated',
      newExternalId: String(message.chat.id),
    };
  }
  if (message.new_chat_members?.some((member) => member.id === botId)) return { ...common, kind: 'membership', change: 'bot_added' };
  const reply = message.reply_to_message;
  const thread = reply ? { replyToMessageId: String(reply.message_id), repliesToBot: reply.from?.id === botId } : {};
  if (message.text !== undefined) {
    const command = parseCommand(message);
    if (command) return { ...common, ...thread, kind: 'command', ...command };
    const botMention = botMentionIn(message, me.username);
    return { ...common, ...thread, kind: 'text', text: message.text, ...(botMention ? { mentionsBot: true, botMention } : {}) };
  }
  const file = toFileInput(message);
  return file ? { ...common, ...thread, kind: 'file', file } : null;
}

/**
 * One grammY update in the dispatcher's terms, or null when it is nothing the dispatcher acts on
 * (an edited message, a sticker, a callback without data). Telegram's own facts stay here: ids become
 * strings, the update id is the dedupe key, entities give the command.
 */
export function toInboundEvent(ctx: BotContext): InboundEvent | null {
  const from = ctx.from;
  if (!from) return null;
  const user = toUser(from);
  const updateKey = String(ctx.update.update_id);
  const memberUpdate = ctx.myChatMember;
  if (memberUpdate) {
    const change = memberChange(memberUpdate);
    return change ? { platform: TELEGRAM, updateKey, kind: 'membership', change, chat: toChat(memberUpdate.chat), user } : null;
  }
  const callback = ctx.callbackQuery;
  if (callback) {
    const chat = callback.message?.chat;
    if (callback.data === undefined || !chat) return null;
    return {
      platform: TELEGRAM,
      updateKey,
      kind: 'action',
      payload: callback.data,
      chat: toChat(chat),
      user,
      messageId: String(callback.message!.message_id),
    };
  }
  const message = ctx.message;
  return message ? fromMessage({ updateKey }, message, user, ctx.me) : null;
}
