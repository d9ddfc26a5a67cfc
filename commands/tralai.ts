import { t } from '../src/core/i18n/translate.ts';
import { returnTask } from '../src/core/usecases/return-task.ts';
import { codeAndReason } from './args.ts';
import { actorOf, portsOf, replyRefusal } from './context-helpers.ts';
import { findTaskOrReply } from './submit-report.ts';
import type { CommandDefinition } from './types.ts';

export const returnCommand: CommandDefinition<{ code: string; rest: string }> = {
  name: 'tralai',
  secretariatOnly: true,
  aliases: ['return'],
  help: { vi: 'Thường trực trả lại nhiệm vụ báo hoàn thành chưa đạt (kèm lý do).', en: 'Secretariat: return a task reported done (with a reason).' },
  usage: { vi: '/tralai <mã> <lý do>', en: '/tralai <code> <reason>' },
  args: codeAndReason('args.missing_return_reason'),
  async handle(ctx, { code, rest }) {
    const task = await findTaskOrReply(ctx, code);
    if (!task) return;
    const result = await returnTask(portsOf(ctx), {
      taskId: task.id,
      reason: rest,
      chat: ctx.chat,
      isSecretariat: ctx.isSecretariat,
      actor: actorOf(ctx),
      now: ctx.now,
    });
    if (!result.ok) return replyRefusal(ctx, result);
    await ctx.reply({ html: t(ctx.locale, 'return.ok', { code: task.code }) });
  },
};
