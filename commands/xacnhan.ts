import { t } from '../src/core/i18n/translate.ts';
import { confirmCompletion, confirmedTaskName, timelinessLabel } from '../src/core/usecases/confirm-completion.ts';
import { codeAndRest } from './args.ts';
import { actorOf, portsOf, replyRefusal } from './context-helpers.ts';
import { findTaskOrReply } from './submit-report.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/** Shared by /xacnhan and the [Xác nhận] button. */
export async function confirmTask(ctx: CommandContext, taskId: number): Promise<void> {
  const result = await confirmCompletion(portsOf(ctx), { taskId, chat: ctx.chat, isSecretariat: ctx.isSecretariat, actor: actorOf(ctx), now: ctx.now });
  if (!result.ok) return replyRefusal(ctx, result);
  const html = t(ctx.locale, 'confirm.ok', { code: confirmedTaskName(result, ctx.locale), timeliness: timelinessLabel(result.timeliness, ctx.locale) });
  await ctx.answerButton?.(html.replace(/<[^>]+>/g, ''));
  await ctx.reply({ html });
}

export const confirmCommand: CommandDefinition<{ code: string; rest: string }> = {
  name: 'xacnhan',
  secretariatOnly: true,
  aliases: ['confirm'],
  help: { vi: 'Thường trực xác nhận nhiệm vụ hoàn thành.', en: 'Secretariat: confirm a task done.' },
  usage: { vi: '/xacnhan <mã>', en: '/xacnhan <code>' },
  args: codeAndRest,
  async handle(ctx, { code }) {
    const task = await findTaskOrReply(ctx, code);
    if (task) await confirmTask(ctx, task.id);
  },
};
