import { alwaysTrue, deleteMyCommands, getMe, getMyCommands, setMyCommands } from './bot-meta.ts';
import { answerCallbackQuery } from './callbacks.ts';
import { getChat, getChatAdministrators, getChatMember, getChatMemberCount } from './chats.ts';
import type { MethodHandler } from './context.ts';
import { getFile, sendDocument, sendPhoto } from './files.ts';
import { deleteMessage, editMessageReplyMarkup, editMessageText, sendMessage } from './messages.ts';
import { setMessageReaction } from './reactions.ts';
import { deleteWebhook, getUpdates, getWebhookInfo, setWebhook } from './updates.ts';

/** Bot API methods by name; Telegram matches method names case-insensitively. */
export const METHODS: ReadonlyMap<string, MethodHandler> = new Map(
  Object.entries({
    getMe,
    getUpdates,
    setWebhook,
    deleteWebhook,
    getWebhookInfo,
    sendMessage,
    editMessageText,
    editMessageReplyMarkup,
    deleteMessage,
    setMessageReaction,
    answerCallbackQuery,
    sendPhoto,
    sendDocument,
    getFile,
    setMyCommands,
    getMyCommands,
    deleteMyCommands,
    getChat,
    getChatMember,
    getChatAdministrators,
    getChatMemberCount,
    sendChatAction: alwaysTrue,
    close: alwaysTrue,
    logOut: alwaysTrue,
  }).map(([name, handler]) => [name.toLowerCase(), handler]),
);
