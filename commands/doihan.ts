import { t } from '../src/core/i18n/translate.ts';
import { formatDateVi } from '../src/core/time/zone.ts';
import { dateOrNone, moveDeadline, pendingDoneLine } from '../src/core/usecases/move-deadline.ts';
import { parseUserDate, userDateRefusal } from '../src/core/usecases/parse-user-date.ts';
import { codeDateReason } from './args.ts';
import { actorOf, portsOf, replyRefusal } from './context-helpers.ts';
import type { CommandDefinition } from './types.ts';

export const moveDeadlineCommand: CommandDefinition<{ code: string; date: string; reason: string }> = {
  name: 'doihan',
  secretariatOnly: true,
  aliases: ['deadline'],
  help: { vi: 'Thường trực đổi hạn nhiệm vụ, kèm lý do.', en: 'Secretariat: move a task’s deadline, with a reason.' },
  usage: { vi: '/doihan <mã> <ngày/tháng/năm> <lý do>', en: '/doihan <code> <day/month/year> <reason>' },
  args: codeDateReason('args.missing_move_reason'),
  async handle(ctx, { code, date, reason }) {
    const dueAt = parseUserDate(date, ctx.now);
    if (!dueAt) return replyRefusal(ctx, userDateRefusal(date, ctx.now));
    const result = await moveDeadline(portsOf(ctx), {
      taskCode: code,
      dueAt,
      reason,
      chat: ctx.chat,
      isSecretariat: ctx.isSecretariat,
      actor: actorOf(ctx),
      now: ctx.now,
    });
    if (!result.ok) return replyRefusal(ctx, result);
    const moved = t(ctx.locale, 'deadline.ok', { code: result.task.code, from: dateOrNone(result.from, ctx.locale), to: formatDateVi(dueAt) });
    await ctx.reply({ html: result.pendingDone ? `${moved}\n${pendingDoneLine(result.pendingDone, ctx.locale)}` : moved });
  },
};
