import { Composer } from 'grammy';
import type { AppDeps } from '../../../app-deps.ts';
import type { AdminCheck } from '../admin-check.ts';
import type { BotContext } from '../bot-context.ts';
import { buildCommandContext, chooseLocale } from '../build-command-context.ts';
import type { FeatureRegistry } from '../feature-registry.ts';
import { channelTexts } from '../user-texts.ts';
import { parseCommand } from './parse-command.ts';

/** Routes "/name[@bot] args" to the registry's command; other bots' commands are left alone. */
export function commandFeature(deps: AppDeps, registry: FeatureRegistry, admins: AdminCheck): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('message:text', async (ctx, next) => {
    const parsed = parseCommand(ctx.message);
    if (!parsed) return next();
    const ownName = ctx.me.username.toLowerCase();
    if (parsed.addressee !== null && parsed.addressee !== ownName) return;
    const definition = registry.findCommand(parsed.name);
    if (!definition) {
      // In groups an unknown command may belong to another bot; answer only when it is clearly ours.
      const isPrivate = ctx.chat.type === 'private';
      if (!isPrivate && parsed.addressee === null) return;
      const chat = ctx.state.chat;
      const locale = chat ? chooseLocale(chat, ctx.from.language_code, isPrivate) : 'vi';
      await ctx.reply(channelTexts.unknownCommand(locale, parsed.name), {
        parse_mode: 'HTML',
        reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true },
      });
      return;
    }
    const context = await buildCommandContext(ctx, deps, admins);
    await registry.runCommand(definition, context, parsed.rawArgs);
  });
  return feature;
}
