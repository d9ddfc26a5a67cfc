import { GrammyError } from 'grammy';
import type { ReactionTypeEmoji } from 'grammy/types';
import type { SentMessage } from '../../../commands/types.ts';
import type { OutgoingMessage } from '../../core/model/outgoing.ts';
import type { ChannelSession } from '../../dispatch/channel-session.ts';
import type { AdminCheck } from './admin-check.ts';
import type { BotContext } from './bot-context.ts';
import { downloadTelegramFile } from './download-file.ts';
import { toSendFileParts, toSendMessageParts } from './outgoing-to-telegram.ts';
import { TELEGRAM_CAPABILITIES } from './telegram-capabilities.ts';

function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && error.description.includes('message is not modified');
}

async function send(ctx: BotContext, chatId: number, message: OutgoingMessage, replyTo?: number): Promise<SentMessage[]> {
  const sent: SentMessage[] = [];
  for (const part of toSendMessageParts(message, replyTo)) {
    const result = await ctx.api.sendMessage(chatId, part.text, part.other);
    sent.push({ messageId: String(result.message_id) });
  }
  for (const file of toSendFileParts(message)) {
    const result = await ctx.api[file.method](chatId, file.file, file.other);
    sent.push({ messageId: String(result.message_id) });
  }
  return sent;
}

/** What the dispatcher may do in the chat of one grammY update: send (HTML, keyboards, 4096 split), edit, answer, react, ask who is admin. */
export function telegramSession(ctx: BotContext, admins: AdminCheck, apiRoot: string): ChannelSession {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) throw new Error('a Telegram session needs a chat');
  const session: ChannelSession = {
    capabilities: TELEGRAM_CAPABILITIES,
    botUsername: ctx.me.username,
    reply: (message, replyToMessageId) => send(ctx, chatId, message, replyToMessageId === undefined ? undefined : Number(replyToMessageId)),
    react: async (messageId, emoji) => {
      await ctx.api.setMessageReaction(chatId, Number(messageId), [{ type: 'emoji', emoji: emoji as ReactionTypeEmoji['emoji'] }]);
    },
    isChatAdmin: (userId, chatExternalId) => admins.isChatAdmin(chatExternalId, Number(userId)),
    downloadFile: (fileId, maxBytes) => downloadTelegramFile(ctx.api, apiRoot, fileId, maxBytes),
  };
  if (ctx.callbackQuery) {
    session.editActionMessage = async (outgoing) => {
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
    session.answerAction = async (text, alert) => {
      if (ctx.state.callbackAnswered) return;
      ctx.state.callbackAnswered = true;
      await ctx.answerCallbackQuery({ ...(text !== undefined ? { text } : {}), ...(alert ? { show_alert: true } : {}) });
    };
  }
  return session;
}
