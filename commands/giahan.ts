import { t } from '../src/core/i18n/translate.ts';
import { formatDateVi } from '../src/core/time/zone.ts';
import { parseUserDate } from '../src/core/usecases/parse-user-date.ts';
import { requestExtension } from '../src/core/usecases/request-extension.ts';
import { codeDateReason } from './args.ts';
import { actorOf, portsOf, replyRefusal } from './context-helpers.ts';
import type { CommandDefinition } from './types.ts';

export const extensionCommand: CommandDefinition<{ code: string; date: string; reason: string }> = {
  name: 'giahan',
  aliases: ['extend'],
  help: {
    vi: 'Đơn vị đề nghị gia hạn nhiệm vụ; Ban Chỉ đạo đồng ý hoặc từ chối.',
    en: 'Unit: ask for a deadline extension; the committee approves or denies.',
  },
  usage: { vi: '/giahan <mã> <ngày/tháng/năm> <lý do>', en: '/giahan <code> <day/month/year> <reason>' },
  menu: true,
  args: codeDateReason('args.missing_extension_reason'),
  async handle(ctx, { code, date, reason }) {
    const dueAt = parseUserDate(date, ctx.now);
    if (!dueAt) return replyRefusal(ctx, { ok: false, refusal: 'refuse.invalid_date', params: { text: date } });
    const result = await requestExtension(portsOf(ctx), { taskCode: code, dueAt, reason, chat: ctx.chat, actor: actorOf(ctx), now: ctx.now });
    if (!result.ok) return replyRefusal(ctx, result);
    const asked = formatDateVi(dueAt);
    const lines = [
      result.leadName
        ? t(ctx.locale, result.leadInformed ? 'ext.requested_support' : 'ext.requested_support_unreached', {
            code: result.task.code,
            date: asked,
            lead: result.leadName,
          })
        : t(ctx.locale, 'ext.requested', { code: result.task.code, date: asked }),
    ];
    if (!result.steeringNotified) lines.push(t(ctx.locale, 'ext.no_steering'));
    await ctx.reply({ html: lines.join('\n') });
  },
};
