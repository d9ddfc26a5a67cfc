import { t } from '../../src/core/i18n/translate.ts';
import type { CommandContext } from '../types.ts';

/** The quiet answer to a button whose data makes no sense: a toast, nothing changed, nothing looked up. */
export async function answerStaleButton(ctx: CommandContext): Promise<void> {
  await ctx.answerButton?.(t(ctx.locale, 'button.stale'));
}
