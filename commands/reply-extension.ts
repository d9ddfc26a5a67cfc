import { t } from '../src/core/i18n/translate.ts';
import type { TaskRecord } from '../src/core/model/records.ts';
import { readReply, REPLY_CONFIDENCE_THRESHOLD } from '../src/core/replies/index.ts';
import type { ExtensionAsk } from '../src/core/replies/read-extension-request.ts';
import { extensionReceiptLines } from '../src/core/usecases/extension-receipt.ts';
import { parseUserDate, userDateRefusal } from '../src/core/usecases/parse-user-date.ts';
import { checkReportAuthority } from '../src/core/usecases/report-status.ts';
import { requestExtension } from '../src/core/usecases/request-extension.ts';
import { actorOf, portsOf, replyRefusal } from './context-helpers.ts';
import { typedExample } from './reply-task-scope.ts';
import { submitReport } from './submit-report.ts';
import type { CommandContext } from './types.ts';

/**
 * A free-text reply asking for more time: with a date, the same request /giahan makes (stored, put to the steering
 * group with approve/refuse, the reason kept), the receipt saying the reply was read so; without one, the typed form
 * is asked for and no request is stored. Never a blocker: an obstacle beside the ask ("…, hồ sơ chưa đủ") is why the
 * unit asks, told to the steering group as the request's reason, not a second report. Progress of its own beside it
 * ("đã xong 70%, xin thêm ít hôm") is recorded first, as the same words alone would be.
 */
export async function answerExtensionReply(ctx: CommandContext, unitId: number, task: TaskRecord, text: string, ask: ExtensionAsk): Promise<void> {
  const progress = await recordProgressBeside(ctx, unitId, task, text, ask.rest);
  await answerExtensionAsk(ctx, task, ask, progress);
}

/** The rest of the reply read alone: recorded only when it is confidently progress and the unit may report on the task. */
async function recordProgressBeside(ctx: CommandContext, unitId: number, task: TaskRecord, text: string, rest: string): Promise<boolean> {
  if (rest === '') return false;
  const reading = readReply(rest);
  // done or blocked beside a request for more time: the unit is not done, and the obstacle is the request's reason
  if (reading.status !== 'in_progress' || reading.confidence < REPLY_CONFIDENCE_THRESHOLD) return false;
  if (await checkReportAuthority(portsOf(ctx), { task, unitId, chat: ctx.chat })) return false;
  return submitReport(ctx, { task, status: 'in_progress', percent: reading.percent, note: text, channel: 'reply' });
}

async function answerExtensionAsk(ctx: CommandContext, task: TaskRecord, ask: ExtensionAsk, progressRecorded: boolean): Promise<void> {
  const { locale } = ctx;
  if (ask.date === null) {
    const form = `/giahan ${task.code} ${locale === 'en' ? '<day/month/year> <reason>' : '<ngày/tháng/năm> <lý do>'}`;
    const key = progressRecorded ? 'reply.extension_no_date_beside_progress' : 'reply.extension_no_date';
    await ctx.reply({ html: t(locale, key, { code: task.code, example: typedExample(ctx, form) }), replyToMessageId: ctx.messageId });
    return;
  }
  const dueAt = parseUserDate(ask.date, ctx.now);
  if (!dueAt) return replyRefusal(ctx, userDateRefusal(ask.date, ctx.now));
  const result = await requestExtension(portsOf(ctx), { taskCode: task.code, dueAt, reason: ask.reason, chat: ctx.chat, actor: actorOf(ctx), now: ctx.now });
  if (!result.ok) return replyRefusal(ctx, result);
  // what was done comes first; how the words were read follows it (a reply names no blocker to set aside)
  const [sent = '', ...after] = extensionReceiptLines(locale, result, dueAt);
  const lines = [sent, t(locale, 'reply.extension_read'), ...after];
  await ctx.reply({ html: lines.join('\n'), replyToMessageId: ctx.messageId });
}
