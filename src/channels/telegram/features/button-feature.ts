import { Composer } from 'grammy';
import type { AppDeps } from '../../../app-deps.ts';
import type { AdminCheck } from '../admin-check.ts';
import type { BotContext } from '../bot-context.ts';
import { buildCommandContext, chooseLocale } from '../build-command-context.ts';
import type { FeatureRegistry } from '../feature-registry.ts';
import { channelTexts } from '../user-texts.ts';

/** Callback data is "<prefix>:<payload>"; every press is answered once so the client's spinner stops. */
export function buttonFeature(deps: AppDeps, registry: FeatureRegistry, admins: AdminCheck): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('callback_query:data', async (ctx) => {
    const data = ctx.callbackQuery.data;
    const separator = data.indexOf(':');
    const prefix = separator === -1 ? data : data.slice(0, separator);
    const payload = separator === -1 ? '' : data.slice(separator + 1);
    const action = registry.buttonActions.find((candidate) => candidate.prefix === prefix);
    if (!action || !ctx.state.chat) {
      const locale = ctx.state.chat ? chooseLocale(ctx.state.chat, ctx.from.language_code, ctx.chat?.type === 'private') : 'vi';
      ctx.state.callbackAnswered = true;
      await ctx.answerCallbackQuery({ text: channelTexts.staleButton[locale] });
      return;
    }
    const context = await buildCommandContext(ctx, deps, admins);
    await action.handle(context, payload);
    if (!ctx.state.callbackAnswered) {
      ctx.state.callbackAnswered = true;
      await ctx.answerCallbackQuery();
    }
  });
  // Inline-mode or game callbacks carry no data: still stop the spinner.
  feature.on('callback_query', async (ctx) => {
    if (!ctx.state.callbackAnswered) {
      ctx.state.callbackAnswered = true;
      await ctx.answerCallbackQuery();
    }
  });
  return feature;
}
