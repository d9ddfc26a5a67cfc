import { sequentialize } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { AppDeps } from '../../app-deps.ts';
import { createDispatcher } from '../../dispatch/dispatch-event.ts';
import type { DispatchRegistry } from '../../dispatch/dispatch-registry.ts';
import { acceptInbound } from './accept-inbound.ts';
import { createAdminCheck } from './admin-check.ts';
import type { BotContext } from './bot-context.ts';
import { createFeatureErrorHandler } from './handle-feature-error.ts';
import { telegramSession } from './telegram-session.ts';
import { toInboundEvent } from './to-inbound-event.ts';

/**
 * The Telegram channel is thin: order per chat, clean inbound text, then each update becomes one
 * InboundEvent and a session, and src/dispatch does the rest (dedupe, chat, authority, routing,
 * errors). A press the dispatcher has nothing for is still answered so the spinner stops.
 */
export function installFeatures(bot: Bot<BotContext>, deps: AppDeps, registry: DispatchRegistry): void {
  const dispatcher = createDispatcher(deps, registry);
  const admins = createAdminCheck({ api: bot.api, clock: deps.clock, logger: deps.logger });

  bot.use((ctx, next) => {
    ctx.state = {};
    return next();
  });
  // The runner handles updates concurrently; within one chat they must keep their order.
  bot.use(sequentialize((ctx: BotContext) => ctx.chat?.id.toString()));
  bot.use(acceptInbound(deps));
  bot.use(async (ctx) => {
    const event = toInboundEvent(ctx);
    const outcome = event ? await dispatcher.dispatch(event, telegramSession(ctx, admins, deps.config.TELEGRAM_API_ROOT)) : null;
    // A redelivered press was answered the first time; inline-mode or game callbacks carry no data: still stop the spinner.
    if (ctx.callbackQuery && !ctx.state.callbackAnswered && outcome?.status !== 'duplicate') {
      ctx.state.callbackAnswered = true;
      await ctx.answerCallbackQuery();
    }
  });
  bot.catch(createFeatureErrorHandler(deps.logger));
}
