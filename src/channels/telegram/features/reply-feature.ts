import { Composer } from 'grammy';
import type { Message, PhotoSize } from 'grammy/types';
import type { FileInput } from '../../../../commands/types.ts';
import type { AppDeps } from '../../../app-deps.ts';
import type { AdminCheck } from '../admin-check.ts';
import type { BotContext } from '../bot-context.ts';
import { buildCommandContext } from '../build-command-context.ts';
import type { FeatureRegistry } from '../feature-registry.ts';

function largestPhoto(sizes: PhotoSize[]): PhotoSize | undefined {
  return sizes.reduce<PhotoSize | undefined>((best, size) => (!best || size.width * size.height > best.width * best.height ? size : best), undefined);
}

export function toFileInput(message: Message): FileInput | null {
  const caption = message.caption ?? null;
  if (message.photo) {
    const photo = largestPhoto(message.photo);
    return photo ? { kind: 'photo', fileId: photo.file_id, fileUniqueId: photo.file_unique_id, caption } : null;
  }
  if (message.document) {
    const doc = message.document;
    return {
      kind: 'document',
      fileId: doc.file_id,
      fileUniqueId: doc.file_unique_id,
      fileName: doc.file_name ?? null,
      mimeType: doc.mime_type ?? null,
      caption,
      size: doc.file_size ?? null,
    };
  }
  return null;
}

/**
 * Replies to the bot's own messages (task messages, questions): text goes to the reply handlers,
 * a photo or document to the file handlers (evidence). Anything else in a group is not ours to read.
 */
export function replyFeature(deps: AppDeps, registry: FeatureRegistry, admins: AdminCheck): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const repliesToBot = feature.filter((ctx): ctx is BotContext => ctx.message?.reply_to_message?.from?.id === ctx.me.id);

  repliesToBot.on('message:text', async (ctx) => {
    const context = await buildCommandContext(ctx, deps, admins);
    const replyToMessageId = String(ctx.message.reply_to_message?.message_id);
    for (const handler of registry.replyHandlers) {
      if (await handler.handle({ ...context, replyToMessageId }, ctx.message.text)) return;
    }
  });

  repliesToBot.on(['message:photo', 'message:document'], async (ctx) => {
    const file = toFileInput(ctx.message);
    if (!file) return;
    const context = await buildCommandContext(ctx, deps, admins);
    const replyToMessageId = String(ctx.message.reply_to_message?.message_id);
    for (const handler of registry.fileHandlers) {
      if (await handler.handle({ ...context, replyToMessageId }, file)) return;
    }
  });
  return feature;
}
