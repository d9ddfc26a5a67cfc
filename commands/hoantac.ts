import { t } from '../src/core/i18n/translate.ts';
import { undoReport } from '../src/core/usecases/undo-report.ts';
import { statusWithPercent } from '../src/core/usecases/status-label.ts';
import { codeAndRest } from './args.ts';
import { actorOf, portsOf, replyRefusal } from './context-helpers.ts';
import { findTaskOrReply } from './submit-report.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/** Shared by [Hoàn tác] and /hoantac: the report is taken back within 10 minutes. */
export async function undoAndTell(ctx: CommandContext, reportId: number): Promise<void> {
  const result = await undoReport(portsOf(ctx), { reportId, chat: ctx.chat, actor: actorOf(ctx), now: ctx.now });
  if (!result.ok) return replyRefusal(ctx, result);
  const html = t(ctx.locale, 'undo.done', { status: statusWithPercent(result.restored, result.percent, ctx.locale) });
  await ctx.answerButton?.(html.replace(/<[^>]+>/g, ''));
  if (ctx.editButtonMessage) await ctx.editButtonMessage({ html });
  else await ctx.reply({ html });
}

/** The newest report this unit made on the task that still counts (neither an undo nor undone). */
async function lastStandingReport(ctx: CommandContext, taskId: number, unitId: number): Promise<number | null> {
  const history = await ctx.deps.stores.reports.history(taskId, 500);
  const undone = new Set(history.map((r) => r.retractsReportId).filter((id): id is number => id !== null));
  return history.find((r) => r.unitId === unitId && r.retractsReportId === null && !undone.has(r.id))?.id ?? null;
}

export const undoCommand: CommandDefinition<{ code: string; rest: string }> = {
  name: 'hoantac',
  aliases: ['undo'],
  help: { vi: 'Hoàn tác báo cáo gần nhất của đơn vị về nhiệm vụ (trong 10 phút).', en: 'Undo your unit’s last report on a task (within 10 minutes).' },
  usage: { vi: '/hoantac <mã>', en: '/hoantac <code>' },
  args: codeAndRest,
  async handle(ctx, { code }) {
    if (ctx.chat.kind !== 'unit' || ctx.chat.unitId === null) return void (await ctx.reply({ html: t(ctx.locale, 'refuse.unit_only') }));
    const task = await findTaskOrReply(ctx, code);
    if (!task) return;
    const reportId = await lastStandingReport(ctx, task.id, ctx.chat.unitId);
    if (reportId === null) return void (await ctx.reply({ html: t(ctx.locale, 'undo.nothing', { code: task.code }) }));
    await undoAndTell(ctx, reportId);
  },
};
