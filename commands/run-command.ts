import { MESSAGES_VI } from '../src/core/i18n/messages-vi.ts';
import { html, t } from '../src/core/i18n/translate.ts';
import { escapeMarkupChars } from '../src/core/text/html.ts';
import { exampleTaskCode } from '../src/core/usecases/example-task-code.ts';
import { checkSecretariat } from '../src/core/usecases/secretariat-authority.ts';
import type { ArgsMessage } from './args.ts';
import { replyRefusal } from './context-helpers.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/** Catalog keys a schema may give as an issue's message (args.*), to say what is wrong with the arguments. */
const isArgsMessage = (message: string): message is ArgsMessage => message.startsWith('args.') && Object.hasOwn(MESSAGES_VI, message);

/**
 * The dispatcher calls this for every command: refuses a secretariat command to anyone else, validates the arguments with the command's zod schema
 * (answering with the usage line when they do not fit) and runs the handler.
 */
export async function runCommand<Args>(definition: CommandDefinition<Args>, ctx: CommandContext, rawArgs: string): Promise<void> {
  const denied = definition.secretariatOnly ? checkSecretariat({ chat: ctx.chat, isSecretariat: ctx.isSecretariat }) : null;
  if (denied) return replyRefusal(ctx, denied);
  const parsed = definition.args.safeParse(rawArgs.trim());
  if (!parsed.success) {
    // A schema may name what is wrong with a catalog key ("args.missing_percent"); zod's own English never reaches a chat.
    const key = parsed.error.issues.map((issue) => issue.message).find(isArgsMessage);
    // the example names one of the unit's own tasks (a seed plan's code would be refused when typed)
    const example = key ? await exampleTaskCode(ctx.deps.stores.tasks, ctx.chat.kind === 'unit' ? ctx.chat.unitId : null, ctx.locale) : '';
    const detail = key ? html(`\n${t(ctx.locale, key, { example })}`) : '';
    await ctx.reply({ html: t(ctx.locale, 'usage.invalid', { usage: html(escapeMarkupChars(definition.usage[ctx.locale])), detail }) });
    return;
  }
  await definition.handle(ctx, parsed.data);
}
