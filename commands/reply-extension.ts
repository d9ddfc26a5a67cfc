import { t } from '../src/core/i18n/translate.ts';
import type { TaskRecord } from '../src/core/model/records.ts';
import type { ExtensionAsk } from '../src/core/replies/read-extension-request.ts';
import { extensionReceiptLines } from '../src/core/usecases/extension-receipt.ts';
import { parseUserDate } from '../src/core/usecases/parse-user-date.ts';
import { requestExtension } from '../src/core/usecases/request-extension.ts';
import { actorOf, portsOf, replyRefusal } from './context-helpers.ts';
import { typedExample } from './reply-task-scope.ts';
import type { CommandContext } from './types.ts';

/**
 * A free-text reply asking for a later deadline: with a date, the same request /giahan makes (stored, put to the
 * steering group with approve/refuse, the reason kept), the receipt saying the reply was read so; without one, the
 * typed form is asked for and nothing is stored.
 */
export async function answerExtensionAsk(ctx: CommandContext, task: TaskRecord, ask: ExtensionAsk): Promise<void> {
  const { locale } = ctx;
  if (ask.date === null) {
    const form = `/giahan ${task.code} ${locale === 'en' ? '<day/month/year> <reason>' : '<ngày/tháng/năm> <lý do>'}`;
    await ctx.reply({ html: t(locale, 'reply.extension_no_date', { code: task.code, example: typedExample(ctx, form) }), replyToMessageId: ctx.messageId });
    return;
  }
  const dueAt = parseUserDate(ask.date, ctx.now);
  if (!dueAt) return replyRefusal(ctx, { ok: false, refusal: 'refuse.invalid_date', params: { text: ask.date } });
  const result = await requestExtension(portsOf(ctx), { taskCode: task.code, dueAt, reason: ask.reason, chat: ctx.chat, actor: actorOf(ctx), now: ctx.now });
  if (!result.ok) return replyRefusal(ctx, result);
  // what was done comes first; how the words were read follows it (a reply names no blocker to set aside)
  const [sent = '', ...after] = extensionReceiptLines(locale, result, dueAt);
  const lines = [sent, t(locale, 'reply.extension_read'), ...after];
  await ctx.reply({ html: lines.join('\n'), replyToMessageId: ctx.messageId });
}
