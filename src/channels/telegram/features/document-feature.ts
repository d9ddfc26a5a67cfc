import { Composer } from 'grammy';
import type { AppDeps } from '../../../app-deps.ts';
import type { AdminCheck } from '../admin-check.ts';
import type { BotContext } from '../bot-context.ts';
import { buildCommandContext } from '../build-command-context.ts';
import type { FeatureRegistry } from '../feature-registry.ts';
import { toFileInput } from './reply-feature.ts';

/**
 * A document sent on its own (not in reply to one of the bot's messages, which replyFeature reads):
 * the file handlers decide whether it is theirs (a plan sent to the secretariat's bot) or not.
 */
export function documentFeature(deps: AppDeps, registry: FeatureRegistry, admins: AdminCheck): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature
    .filter((ctx): ctx is BotContext => ctx.message?.reply_to_message?.from?.id !== ctx.me.id)
    .on('message:document', async (ctx) => {
      const file = toFileInput(ctx.message);
      if (!file) return;
      const context = await buildCommandContext(ctx, deps, admins);
      for (const handler of registry.fileHandlers) {
        if (await handler.handle(context, file)) return;
      }
    });
  return feature;
}
