import type { MiddlewareFn } from 'grammy';
import type { AppDeps } from '../../app-deps.ts';
import type { BotContext } from './bot-context.ts';

/** Telegram redelivers updates (restart before the offset was confirmed, webhook retries): apply each once. */
export function dedupeUpdates(deps: Pick<AppDeps, 'stores' | 'clock' | 'logger'>): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const key = `telegram:${ctx.update.update_id}`;
    const first = await deps.stores.updates.markProcessed(key, deps.clock.now());
    if (!first) {
      deps.logger.debug({ updateId: ctx.update.update_id }, 'redelivered update ignored');
      return;
    }
    await next();
  };
}
