import { pickPayload } from '../src/core/actions/action-payload.ts';
import { t } from '../src/core/i18n/translate.ts';
import { readReply, REPLY_CONFIDENCE_THRESHOLD, type ReplyReading } from '../src/core/replies/index.ts';
import type { TaskRecord } from '../src/core/model/records.ts';
import { checkReportAuthority } from '../src/core/usecases/report-status.ts';
import { composeStatusAnswer } from '../src/core/usecases/compose-status-answer.ts';
import { loadTaskViews } from '../src/core/usecases/load-task-views.ts';
import { portsOf, replyRefusal } from './context-helpers.ts';
import { PENDING_TTL_MS, PICK_ORDER } from './pending-readings.ts';
import { escapeHtml } from '../src/core/text/html.ts';
import { submitReport } from './submit-report.ts';
import type { CommandContext, ReplyHandler } from './types.ts';

async function askWhichStatus(ctx: CommandContext, task: TaskRecord, reading: ReplyReading): Promise<void> {
  const id = await ctx.deps.stores.pendingReadings.remember({
    taskId: task.id,
    chatId: ctx.chat.id,
    percent: reading.percent,
    note: reading.note,
    sourceMessageId: ctx.messageId,
    createdAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + PENDING_TTL_MS),
  });
  const { locale } = ctx;
  const choices = [
    { text: t(locale, 'button.in_progress'), data: pickPayload(id, 'ip'), fallback: `/tiendo ${task.code} <%>` },
    { text: t(locale, 'button.done'), data: pickPayload(id, 'dn'), fallback: `/xong ${task.code}` },
    { text: t(locale, 'button.blocked'), data: pickPayload(id, 'bl'), fallback: `/vuongmac ${task.code} ${locale === 'en' ? '<reason>' : '<lý do>'}` },
    { text: t(locale, 'button.skip'), data: pickPayload(id, 'x'), fallback: '/boqua' },
  ];
  const ask = t(locale, 'reply.ask', { code: task.code });
  if (ctx.channel?.buttons === false) {
    // No buttons: the same choices numbered, answered by number (the reading waits in the database).
    const numbered = PICK_ORDER.map((option, i) => `${i + 1}. ${choices.find((c) => c.data === pickPayload(id, option))!.text}`);
    const example = ctx.channel.replyThreads ? '2' : `${ctx.channel.mention} 2`;
    await ctx.reply({
      html: [ask, ...numbered, t(locale, 'reply.choose_number', { example: escapeHtml(example) })].join('\n'),
      replyToMessageId: ctx.messageId,
    });
    return;
  }
  await ctx.reply({ html: ask, replyToMessageId: ctx.messageId, buttons: [choices.slice(0, 2), choices.slice(2)] });
}

/**
 * A free-text reply to a task message in a unit group (or, without reply threads, a mention naming
 * the task by its code), read in src/core. Acknowledgements get no
 * answer (no spam), questions a one-line status, unsure readings a question with buttons; only a
 * confident reading is stored.
 */
export const replyToTask: ReplyHandler = {
  async handle(ctx, text) {
    if (ctx.chat.kind !== 'unit' || ctx.chat.unitId === null) return false;
    const task = ctx.namedTask ?? (ctx.replyToMessageId ? (await ctx.deps.stores.tasks.findTaskByMessage(ctx.chat.id, ctx.replyToMessageId))?.task : undefined);
    if (!task) return false;
    const reading = readReply(text);
    if (reading.status === 'none' && reading.kind === 'acknowledgement') {
      // No answer (a reply to "ok anh" is noise), but a 👍 so the sender knows it was seen.
      await ctx.react?.('👍');
      return true;
    }
    const refusal = await checkReportAuthority(portsOf(ctx), { task, unitId: ctx.chat.unitId, chat: ctx.chat });
    if (refusal && task.archivedAt !== null) {
      await replyRefusal(ctx, refusal);
      return true;
    }
    if (reading.status === 'none' && reading.kind === 'question') {
      // The unit asks about its own part (the same state its /nhiemvu shows).
      const [view] = await loadTaskViews(ctx.deps.stores.reports, [task], ctx.now);
      await ctx.reply({
        html: composeStatusAnswer(view!, ctx.chat.unitId, ctx.now, ctx.locale),
        replyToMessageId: ctx.messageId,
      });
      return true;
    }
    if (refusal) {
      await replyRefusal(ctx, refusal);
      return true;
    }
    if (reading.status === 'none' || reading.confidence < REPLY_CONFIDENCE_THRESHOLD) {
      await askWhichStatus(ctx, task, reading);
      return true;
    }
    await submitReport(ctx, { task, status: reading.status, percent: reading.percent, note: reading.note, channel: 'reply' });
    return true;
  },
};
