import { t } from '../src/core/i18n/translate.ts';
import { touchMember } from './context-helpers.ts';
import { findButtonAction } from './registry.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/**
 * The channel calls this for every command: records the member, validates the arguments with the
 * command's zod schema (answering with the usage line when they do not fit) and runs the handler.
 */
export async function runCommand<Args>(definition: CommandDefinition<Args>, ctx: CommandContext, rawArgs: string): Promise<void> {
  await touchMember(ctx);
  const parsed = definition.args.safeParse(rawArgs.trim());
  if (!parsed.success) {
    await ctx.reply({ html: t(ctx.locale, 'usage.invalid', { usage: definition.usage[ctx.locale] }) });
    return;
  }
  await definition.handle(ctx, parsed.data);
}

/** The channel calls this for a button press: routes "<prefix>:<payload>" to its action. */
export async function runButton(ctx: CommandContext, data: string): Promise<boolean> {
  const found = findButtonAction(data);
  if (!found) return false;
  await touchMember(ctx);
  await found.action.handle(ctx, found.payload);
  return true;
}
