import { t } from '../src/core/i18n/translate.ts';
import type { ReportChannel, TaskRecord } from '../src/core/model/records.ts';
import { composeReportReceipt } from '../src/core/usecases/compose-report-receipt.ts';
import { unknownTaskRefusal } from '../src/core/usecases/refuse-archived.ts';
import { reportStatus, type ReportedStatus } from '../src/core/usecases/report-status.ts';
import { statusLabel } from '../src/core/usecases/status-label.ts';
import { actorOf, portsOf, replyRefusal } from './context-helpers.ts';
import type { CommandContext } from './types.ts';

/** Buttons, commands and free-text replies all end here: one use case, one receipt. */
export async function submitReport(
  ctx: CommandContext,
  input: {
    task: TaskRecord;
    status: ReportedStatus;
    percent: number | null;
    note: string | null;
    channel: ReportChannel;
    sourceMessageId?: string | null;
    preface?: string;
  },
): Promise<boolean> {
  const unitId = ctx.chat.unitId;
  const result = await reportStatus(portsOf(ctx), {
    task: input.task,
    unitId: unitId ?? -1,
    reporter: actorOf(ctx),
    status: input.status,
    percent: input.percent,
    note: input.note && input.note.trim() !== '' ? input.note.trim() : null,
    channel: input.channel,
    chat: ctx.chat,
    sourceMessageId: input.sourceMessageId ?? ctx.messageId,
    now: ctx.now,
  });
  if (!result.ok) {
    await replyRefusal(ctx, result);
    return false;
  }
  await ctx.answerButton?.(
    t(ctx.locale, 'report.recorded', {
      code: result.period ? `${result.task.code}, ${result.period}` : result.task.code,
      status: statusLabel(result.report.status, ctx.locale),
      details: '',
    }).replace(/<[^>]+>/g, ''),
  );
  const receipt = composeReportReceipt({ ...result, locale: ctx.locale, buttons: ctx.channel?.buttons !== false });
  const html = input.preface ? `${input.preface}\n${receipt.html}` : receipt.html;
  await ctx.reply({ ...receipt, html, replyToMessageId: ctx.messageId });
  return true;
}

/** Finds a task by the code the user typed, answering when there is none (or it was archived). */
export async function findTaskOrReply(ctx: CommandContext, code: string): Promise<TaskRecord | null> {
  const task = await ctx.deps.stores.tasks.findTaskByCode(code);
  if (task) return task;
  await replyRefusal(ctx, await unknownTaskRefusal(ctx.deps.stores.tasks, code));
  return null;
}
