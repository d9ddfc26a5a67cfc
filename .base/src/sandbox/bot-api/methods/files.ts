import { badRequest } from '../api-error.ts';
import { documentOf, type FileKind, photoSizes } from '../file-store.ts';
import type { Params } from '../params.ts';
import type { StoredFile } from '../state.ts';
import type { TgMessage } from '../types.ts';
import { writableChat } from './chat-access.ts';
import type { MethodContext, MethodHandler } from './context.ts';
import { inlineKeyboard, optionalCaption, replyTarget } from './message-content.ts';

export const sendPhoto: MethodHandler = (ctx, params) => sendFile(ctx, params, 'photo');
export const sendDocument: MethodHandler = (ctx, params) => sendFile(ctx, params, 'document');

export const getFile: MethodHandler = (ctx, params) => {
  const file = ctx.files.get(params.requireString('file_id', 'invalid file_id'));
  if (!file) throw badRequest('invalid file_id');
  return { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.bytes.length, file_path: file.filePath };
};

async function sendFile(ctx: MethodContext, params: Params, kind: FileKind): Promise<TgMessage> {
  ctx.faults.maybeFail();
  const chatId = params.chatId();
  writableChat(ctx.state, chatId);
  const file = await resolveInputFile(ctx, params, kind);
  const caption = optionalCaption(params);
  const body: Omit<TgMessage, 'message_id' | 'date' | 'chat'> = { from: ctx.state.bot };
  if (kind === 'photo') body.photo = photoSizes(file);
  else body.document = documentOf(file);
  if (caption) {
    body.caption = caption.text;
    if (caption.entities.length > 0) body.caption_entities = caption.entities;
  }
  const reply = replyTarget(ctx.state, params, chatId);
  if (reply) body.reply_to_message = reply;
  const markup = inlineKeyboard(params);
  if (markup) body.reply_markup = markup;
  ctx.limiter.acquire(chatId);
  const meta = caption?.html === undefined ? { fromBot: true } : { fromBot: true, html: caption.html };
  return ctx.state.appendMessage(chatId, body, meta).message;
}

/** An upload (attach://name or the field itself as a file part) or an existing file_id. */
async function resolveInputFile(ctx: MethodContext, params: Params, kind: FileKind): Promise<StoredFile> {
  const direct = params.uploads.get(kind);
  const reference = params.string(kind);
  const attached = reference?.startsWith('attach://') ? params.uploads.get(reference.slice('attach://'.length)) : undefined;
  const upload = direct ?? attached;
  if (upload) {
    if (upload.bytes.length === 0) throw badRequest('file must be non-empty');
    return ctx.files.put(kind, upload.bytes, upload.fileName, upload.contentType);
  }
  if (!reference) throw badRequest(`there is no ${kind} in the request`);
  const existing = ctx.files.get(reference);
  if (existing) return existing;
  throw badRequest('wrong file identifier/HTTP URL specified');
}
