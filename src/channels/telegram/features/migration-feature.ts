import { Composer } from 'grammy';
import type { AppDeps } from '../../../app-deps.ts';
import type { BotContext } from '../bot-context.ts';
import { TELEGRAM } from '../build-command-context.ts';

/**
 * A group upgraded to a supergroup gets a new id; the old one stops working. Both service messages
 * (in the old group: migrate_to_chat_id; in the new one: migrate_from_chat_id) move the same chat row,
 * whichever comes first. Runs before chats are recorded so the new id does not get a row of its own.
 */
export function migrationFeature(deps: AppDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  async function move(from: number, to: number): Promise<void> {
    const moved = await deps.stores.chats.moveChat(TELEGRAM, String(from), String(to));
    deps.logger.info({ from, to, moved: moved !== null }, 'group migrated to supergroup');
  }
  feature.on('message:migrate_to_chat_id', (ctx) => move(ctx.chat.id, ctx.message.migrate_to_chat_id));
  feature.on('message:migrate_from_chat_id', (ctx) => move(ctx.message.migrate_from_chat_id, ctx.chat.id));
  return feature;
}
