import type { BotError } from 'grammy';
import { dispatchTexts } from '../../dispatch/dispatch-texts.ts';
import type { Logger } from '../../logger.ts';
import { scrubSecrets } from '../../logger.ts';
import type { BotContext } from './bot-context.ts';

function describeError(error: unknown): string {
  if (error instanceof Error) return scrubSecrets(`${error.name}: ${error.message}\n${error.stack ?? ''}`);
  return scrubSecrets(String(error));
}

/**
 * The last resort for an error outside the dispatcher (which catches its own, per event): logged
 * scrubbed, and a press is still answered so the client's spinner stops; the bot keeps running.
 */
export function createFeatureErrorHandler(logger: Logger) {
  return async (err: BotError<BotContext>): Promise<void> => {
    const ctx = err.ctx;
    logger.error({ updateId: ctx.update.update_id, err: describeError(err.error) }, 'error while handling an update');
    try {
      if (ctx.callbackQuery && !ctx.state?.callbackAnswered) {
        if (ctx.state) ctx.state.callbackAnswered = true;
        await ctx.answerCallbackQuery({ text: dispatchTexts.apology.vi, show_alert: true });
      }
    } catch (replyError) {
      logger.warn({ updateId: ctx.update.update_id, err: describeError(replyError) }, 'could not tell the user about an error');
    }
  };
}
