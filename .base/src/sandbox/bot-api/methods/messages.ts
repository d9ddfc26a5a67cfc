import { badRequest } from '../api-error.ts';
import type { Params } from '../params.ts';
import type { StoredMessage } from '../state.ts';
import type { TgMessage } from '../types.ts';
import { writableChat } from './chat-access.ts';
import type { MethodContext, MethodHandler } from './context.ts';
import { inlineKeyboard, replyTarget, requireMessageText } from './message-content.ts';

export const sendMessage: MethodHandler = (ctx, params) => {
  ctx.faults.maybeFail();
  const chatId = params.chatId();
  writableChat(ctx.state, chatId);
  const content = requireMessageText(params);
  const body: Omit<TgMessage, 'message_id' | 'date' | 'chat'> = { from: ctx.state.bot, text: content.text };
  if (content.entities.length > 0) body.entities = content.entities;
  const reply = replyTarget(ctx.state, params, chatId);
  if (reply) body.reply_to_message = reply;
  const markup = inlineKeyboard(params);
  if (markup) body.reply_markup = markup;
  ctx.limiter.acquire(chatId);
  const meta = content.html === undefined ? { fromBot: true } : { fromBot: true, html: content.html };
  return ctx.state.appendMessage(chatId, body, meta).message;
};

export const editMessageText: MethodHandler = (ctx, params) => {
  ctx.faults.maybeFail();
  const stored = editableMessage(ctx, params);
  const content = requireMessageText(params);
  const markup = inlineKeyboard(params);
  const message = stored.message;
  const unchanged =
    message.text === content.text &&
    JSON.stringify(message.entities ?? []) === JSON.stringify(content.entities) &&
    JSON.stringify(message.reply_markup) === JSON.stringify(markup);
  if (unchanged) throw notModified();
  message.text = content.text;
  if (content.entities.length > 0) message.entities = content.entities;
  else delete message.entities;
  setMarkup(message, markup);
  if (content.html === undefined) delete stored.html;
  else stored.html = content.html;
  message.edit_date = ctx.state.unixNow();
  ctx.state.touch(stored);
  return message;
};

export const editMessageReplyMarkup: MethodHandler = (ctx, params) => {
  ctx.faults.maybeFail();
  const stored = editableMessage(ctx, params);
  const markup = inlineKeyboard(params);
  if (JSON.stringify(stored.message.reply_markup) === JSON.stringify(markup)) throw notModified();
  setMarkup(stored.message, markup);
  stored.message.edit_date = ctx.state.unixNow();
  ctx.state.touch(stored);
  return stored.message;
};

export const deleteMessage: MethodHandler = (ctx, params) => {
  ctx.faults.maybeFail();
  const chatId = params.chatId();
  const chat = writableChat(ctx.state, chatId);
  const messageId = params.requireInt('message_id', 'message identifier is not specified');
  const stored = ctx.state.findMessage(chatId, messageId);
  if (!stored) throw badRequest('message to delete not found');
  if (!stored.fromBot && chat.chat.type !== 'private' && chat.botStatus !== 'administrator') {
    throw badRequest("message can't be deleted");
  }
  stored.deleted = true;
  ctx.state.touch(stored);
  return true;
};

function editableMessage(ctx: MethodContext, params: Params): StoredMessage {
  if (params.has('inline_message_id')) throw badRequest('inline messages are not supported by the sandbox');
  const chatId = params.chatId();
  writableChat(ctx.state, chatId);
  const messageId = params.requireInt('message_id', 'message identifier is not specified');
  const stored = ctx.state.findMessage(chatId, messageId);
  if (!stored) throw badRequest('message to edit not found');
  if (!stored.fromBot) throw badRequest("message can't be edited");
  return stored;
}

function setMarkup(message: TgMessage, markup: TgMessage['reply_markup']): void {
  if (markup) message.reply_markup = markup;
  else delete message.reply_markup;
}

const notModified = () =>
  badRequest(
    'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
  );
