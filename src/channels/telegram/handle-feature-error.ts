import type { BotError } from 'grammy';
import type { Logger } from '../../logger.ts';
import { scrubSecrets } from '../../logger.ts';
import type { BotContext } from './bot-context.ts';
import { channelTexts } from './user-texts.ts';

function describeError(error: unknown): string {
  if (error instanceof Error) return scrubSecrets(`${error.name}: ${error.message}\n${error.stack ?? ''}`);
  return scrubSecrets(String(error));
}

/**
 * Logs a failed update (scrubbed, never to the chat) and tells the user briefly; the bot keeps
 * running. A button press gets the apology as its answer so the spinner stops.
 */
export function createFeatureErrorHandler(logger: Logger) {
  return async (err: BotError<BotContext>): Promise<void> => {
    const ctx = err.ctx;
    logger.error({ updateId: ctx.update.update_id, err: describeError(err.error) }, 'error while handling an update');
    const locale = ctx.state?.chat?.locale ?? 'vi';
    const apology = channelTexts.apology[locale];
    try {
      if (ctx.callbackQuery && !ctx.state?.callbackAnswered) {
        if (ctx.state) ctx.state.callbackAnswered = true;
        await ctx.answerCallbackQuery({ text: apology, show_alert: true });
        return;
      }
      if (ctx.chat && (ctx.message || ctx.callbackQuery)) {
        const replyTo = ctx.message?.message_id;
        await ctx.api.sendMessage(
          ctx.chat.id,
          apology,
          replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {},
        );
      }
    } catch (replyError) {
      logger.warn({ updateId: ctx.update.update_id, err: describeError(replyError) }, 'could not tell the user about an error');
    }
  };
}
