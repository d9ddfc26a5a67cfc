import { parseUserDate, userDateRefusal } from '../src/core/usecases/parse-user-date.ts';
import { extensionReceiptLines } from '../src/core/usecases/extension-receipt.ts';
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
    if (!dueAt) return replyRefusal(ctx, userDateRefusal(date, ctx.now));
    const result = await requestExtension(portsOf(ctx), { taskCode: code, dueAt, reason, chat: ctx.chat, actor: actorOf(ctx), now: ctx.now });
    if (!result.ok) return replyRefusal(ctx, result);
    await ctx.reply({ html: extensionReceiptLines(ctx.locale, result, dueAt).join('\n') });
  },
};
