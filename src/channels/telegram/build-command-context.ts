import { GrammyError } from 'grammy';
import type { ReactionTypeEmoji } from 'grammy/types';
import type { CommandContext, SentMessage } from '../../../commands/types.ts';
import type { AppDeps } from '../../app-deps.ts';
import { scrubSecrets } from '../../logger.ts';
import type { OutgoingMessage } from '../../core/model/outgoing.ts';
import type { ChatRecord, Locale } from '../../core/model/records.ts';
import type { AdminCheck } from './admin-check.ts';
import type { BotContext } from './bot-context.ts';
import { downloadTelegramFile } from './download-file.ts';
import { toSendFileParts, toSendMessageParts } from './outgoing-to-telegram.ts';

export const TELEGRAM = 'telegram';

export function displayName(user: { first_name: string; last_name?: string }): string {
  return [user.first_name, user.last_name].filter(Boolean).join(' ');
}

export function chooseLocale(chat: ChatRecord, languageCode: string | undefined, isPrivate: boolean): Locale {
  // A private chat has no group setting to follow, so the user's app language decides.
  if (isPrivate && chat.locale === 'vi' && languageCode?.toLowerCase().startsWith('en')) return 'en';
  return chat.locale;
}

async function send(ctx: BotContext, chatExternalId: string, message: OutgoingMessage, replyTo?: number): Promise<SentMessage[]> {
  const sent: SentMessage[] = [];
  for (const part of toSendMessageParts(message, replyTo)) {
    const result = await ctx.api.sendMessage(chatExternalId, part.text, part.other);
    sent.push({ messageId: String(result.message_id) });
  }
  for (const file of toSendFileParts(message)) {
    const result = await ctx.api[file.method](chatExternalId, file.file, file.other);
    sent.push({ messageId: String(result.message_id) });
  }
  return sent;
}

function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && error.description.includes('message is not modified');
}

/** Maps one grammY update onto the channel-neutral context the commands/ handlers expect. */
export async function buildCommandContext(ctx: BotContext, deps: AppDeps, admins: AdminCheck): Promise<CommandContext> {
  const chat = ctx.state.chat;
  const from = ctx.from;
  if (!chat || !from) throw new Error('command context needs a chat and a sender');
  const isPrivate = ctx.chat?.type === 'private';
  const [isChatAdmin, isSecretariat] = await Promise.all([admins.isChatAdmin(chat.externalId, from.id), admins.isSecretariat(from.id)]);
  const message = ctx.callbackQuery ? ctx.callbackQuery.message : ctx.msg;
  const messageId = message?.message_id;
  const replyTo = ctx.msg?.reply_to_message?.message_id;

  const context: CommandContext = {
    deps,
    platform: TELEGRAM,
    chat,
    user: { id: String(from.id), name: displayName(from), username: from.username ?? null, isChatAdmin },
    member: ctx.state.member ?? null,
    isSecretariat,
    locale: chooseLocale(chat, from.language_code, isPrivate),
    now: deps.clock.now(),
    messageId: messageId !== undefined ? String(messageId) : '',
    ...(replyTo !== undefined && !ctx.callbackQuery ? { replyToMessageId: String(replyTo) } : {}),
    reply: (outgoing) => send(ctx, chat.externalId, outgoing, messageId),
    async sendTo(chatId, outgoing) {
      const target = await deps.stores.chats.getChat(chatId);
      if (!target || target.platform !== TELEGRAM) throw new Error(`chat ${chatId} is not a Telegram chat`);
      return send(ctx, target.externalId, outgoing);
    },
    downloadFile: (file, maxBytes) => downloadTelegramFile(ctx.api, deps.config.TELEGRAM_API_ROOT, file.fileId, maxBytes),
  };

  if (!ctx.callbackQuery && messageId !== undefined) {
    context.react = async (emoji) => {
      try {
        await ctx.api.setMessageReaction(chat.externalId, messageId, [{ type: 'emoji', emoji: emoji as ReactionTypeEmoji['emoji'] }]);
      } catch (error) {
        // Reactions can be turned off in a group; the message was read all the same.
        deps.logger.warn({ chatId: chat.id, err: scrubSecrets(error instanceof Error ? error.message : String(error)) }, 'could not set a reaction');
      }
    };
  }

  if (ctx.callbackQuery) {
    context.editButtonMessage = async (outgoing) => {
      const [first] = toSendMessageParts(outgoing);
      if (!first) return;
      try {
        await ctx.editMessageText(first.text, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(first.other.reply_markup ? { reply_markup: first.other.reply_markup } : {}),
        });
      } catch (error) {
        if (!isNotModified(error)) throw error;
      }
    };
    context.answerButton = async (text, alert) => {
      if (ctx.state.callbackAnswered) return;
      ctx.state.callbackAnswered = true;
      await ctx.answerCallbackQuery({ text, ...(alert ? { show_alert: true } : {}) });
    };
  }
  return context;
}
