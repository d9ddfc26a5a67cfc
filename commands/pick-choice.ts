import { t } from '../src/core/i18n/translate.ts';
import type { PendingReading } from '../src/core/ports/pending-reading-store.ts';
import type { ReportedStatus } from '../src/core/usecases/report-status.ts';
import { outdatedReadingRefusal } from '../src/core/usecases/outdated-reading.ts';
import { noArgs } from './args.ts';
import { portsOf, refusalText } from './context-helpers.ts';
import { PICK_CODES, PICK_ORDER } from './pending-readings.ts';
import { submitReport } from './submit-report.ts';
import type { CommandContext, CommandDefinition, ReplyHandler } from './types.ts';

/** The member's answer to "what did you mean?", whichever way it came (button, number, /boqua). */
export async function applyPick(ctx: CommandContext, reading: PendingReading, choice: ReportedStatus | 'skip'): Promise<void> {
  if (choice === 'skip') {
    await ctx.answerButton?.(t(ctx.locale, 'reply.skipped'));
    if (ctx.editButtonMessage) await ctx.editButtonMessage({ html: t(ctx.locale, 'reply.skipped') });
    else await ctx.reply({ html: t(ctx.locale, 'reply.skipped') });
    return;
  }
  const task = await ctx.deps.stores.tasks.getTask(reading.taskId);
  if (!task) return;
  const outdated =
    ctx.chat.unitId === null
      ? null
      : await outdatedReadingRefusal(portsOf(ctx), {
          taskId: task.id,
          taskCode: task.code,
          unitId: ctx.chat.unitId,
          askedAt: reading.createdAt,
          locale: ctx.locale,
        });
  if (outdated) {
    // The question itself is edited (where it can be), so nobody presses its buttons again.
    const html = refusalText(ctx, outdated);
    await ctx.answerButton?.('');
    if (ctx.editButtonMessage) await ctx.editButtonMessage({ html });
    else await ctx.reply({ html });
    return;
  }
  await submitReport(ctx, {
    task,
    status: choice,
    percent: choice === 'done' ? 100 : reading.percent,
    note: reading.note,
    channel: 'reply',
    sourceMessageId: reading.sourceMessageId,
  });
}

/**
 * "2" (in a Zalo group "@Điều phối 2", on Telegram a reply "2"): the numbered choice of the question
 * still waiting in this chat, read from the database. Any other text is left to the other handlers.
 */
export const pickByNumber: ReplyHandler = {
  async handle(ctx, text) {
    const match = /^\s*(\d{1,2})\s*\.?\s*$/.exec(text);
    if (!match || ctx.namedTask) return false;
    const option = PICK_ORDER[Number(match[1]) - 1];
    if (!option) return false;
    const reading = await ctx.deps.stores.pendingReadings.takeLatestInChat(ctx.chat.id, ctx.now);
    if (!reading) {
      // A reply "2" to a task message (Telegram) is left to the reply reading; a bare "@Điều phối 2" is answered.
      if (ctx.replyToMessageId !== undefined) return false;
      await ctx.reply({ html: t(ctx.locale, 'reply.nothing_to_pick') });
      return true;
    }
    await applyPick(ctx, reading, PICK_CODES[option]!);
    return true;
  },
};

export const skipPickCommand: CommandDefinition<undefined> = {
  name: 'boqua',
  aliases: ['skip'],
  help: {
    vi: 'Bỏ qua câu hỏi “anh/chị muốn báo gì?” đang chờ, không ghi nhận gì.',
    en: 'Skip the pending “what did you mean?” question; nothing is recorded.',
  },
  usage: { vi: '/boqua', en: '/boqua' },
  args: noArgs,
  async handle(ctx) {
    const reading = await ctx.deps.stores.pendingReadings.takeLatestInChat(ctx.chat.id, ctx.now);
    if (!reading) return void (await ctx.reply({ html: t(ctx.locale, 'reply.nothing_to_pick') }));
    await applyPick(ctx, reading, 'skip');
  },
};
