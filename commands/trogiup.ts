import { t } from '../src/core/i18n/translate.ts';
import { noArgs } from './args.ts';
import { helpLines } from './command-groups.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

export function helpHtml(ctx: CommandContext): string {
  const lines = [t(ctx.locale, 'help.title')];
  if (ctx.chat.kind === 'unbound') lines.push(t(ctx.locale, 'help.unbound'));
  lines.push(...helpLines(ctx.chat.kind, ctx.locale));
  if (ctx.chat.kind === 'steering') lines.push(t(ctx.locale, 'help.plan_file'));
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
    await ctx.reply({ html: helpHtml(ctx) });
  },
};
