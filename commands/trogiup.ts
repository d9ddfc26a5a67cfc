import { t } from '../src/core/i18n/translate.ts';
import { noArgs } from './args.ts';
import { helpLines } from './command-groups.ts';
import { escapeHtml } from '../src/core/text/html.ts';
import { exampleTaskCode } from '../src/core/usecases/example-task-code.ts';
import { unboundGroupHint } from './unbound-hint.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/** A code of this unit's own tasks for the examples (a placeholder outside a unit's group). */
export function unitExampleCode(ctx: CommandContext): Promise<string> {
  return exampleTaskCode(ctx.deps.stores.tasks, ctx.chat.kind === 'unit' ? ctx.chat.unitId : null, ctx.locale);
}

/** How to talk to the bot in a group of this messenger: replies and "/cmd@bot", or a mention before everything. */
async function howToLine(ctx: CommandContext): Promise<string | null> {
  if (ctx.chatType !== 'group') return null;
  const channel = ctx.channel ?? { buttons: true, replyThreads: true, mention: `@${ctx.deps.botUsername}` };
  if (channel.replyThreads) return t(ctx.locale, 'help.how_telegram', { bot: escapeHtml(channel.mention.replace(/^@/, '')) });
  return t(ctx.locale, 'help.how_mention', { mention: escapeHtml(channel.mention), example: await unitExampleCode(ctx) });
}

export async function helpHtml(ctx: CommandContext): Promise<string> {
  const lines = [t(ctx.locale, 'help.title')];
  const howTo = await howToLine(ctx);
  if (howTo) lines.push(howTo);
  if (ctx.chat.kind === 'unbound') lines.push(await unboundGroupHint(ctx));
  lines.push(...helpLines(ctx.chat.kind, ctx.locale));
  if (ctx.chat.kind === 'steering') lines.push(t(ctx.locale, 'help.plan_file'));
  // A group bot that is not an admin sees only commands, mentions and replies to it (Telegram's privacy
  // mode): a plan file sent plainly in the group never reaches it, and the secretariat hears nothing.
  if (ctx.chat.kind === 'steering' && ctx.chatType === 'group' && (ctx.channel?.replyThreads ?? true)) lines.push(t(ctx.locale, 'help.plan_file_unseen'));
  return lines.join('\n');
}

export const helpCommand: CommandDefinition<undefined> = {
  name: 'trogiup',
  aliases: ['help'],
  help: { vi: 'Các lệnh dùng được trong nhóm này.', en: 'Commands available in this chat.' },
  usage: { vi: '/trogiup', en: '/trogiup' },
  menu: true,
  args: noArgs,
  async handle(ctx) {
    await ctx.reply({ html: await helpHtml(ctx) });
  },
};
