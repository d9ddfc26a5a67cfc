import { t } from '../src/core/i18n/translate.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/**
 * The dispatcher calls this for every command: validates the arguments with the command's zod schema
 * (answering with the usage line when they do not fit) and runs the handler.
 */
export async function runCommand<Args>(definition: CommandDefinition<Args>, ctx: CommandContext, rawArgs: string): Promise<void> {
  const parsed = definition.args.safeParse(rawArgs.trim());
  if (!parsed.success) {
    await ctx.reply({ html: t(ctx.locale, 'usage.invalid', { usage: definition.usage[ctx.locale] }) });
    return;
  }
  await definition.handle(ctx, parsed.data);
}
