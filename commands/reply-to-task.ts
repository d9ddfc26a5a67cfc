import { pickPayload } from '../src/core/actions/action-payload.ts';
import { t } from '../src/core/i18n/translate.ts';
import { readReply, REPLY_CONFIDENCE_THRESHOLD, type ReplyReading } from '../src/core/replies/index.ts';
import { readExtensionRequest } from '../src/core/replies/read-extension-request.ts';
import type { TaskRecord } from '../src/core/model/records.ts';
import { checkReportAuthority } from '../src/core/usecases/report-status.ts';
import { composeStatusAnswer } from '../src/core/usecases/compose-status-answer.ts';
import { loadTaskViews } from '../src/core/usecases/load-task-views.ts';
import { portsOf, replyRefusal } from './context-helpers.ts';
import { PENDING_TTL_MS, PICK_ORDER } from './pending-readings.ts';
import { escapeHtml } from '../src/core/text/html.ts';
import { submitReport } from './submit-report.ts';
import { answerExtensionReply } from './reply-extension.ts';
import { askBackAboutCodes, scopeReply } from './reply-task-scope.ts';
import type { CommandContext, ReplyContext, ReplyHandler } from './types.ts';

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
 * One task's words read and answered: acknowledgements get no answer (no spam), questions a one-line
 * status, unsure readings a question with buttons; only a confident reading is stored. `preface` is
 * said before the receipt (the reply was about another task than the card it answered).
 */
export async function answerReading(ctx: ReplyContext, unitId: number, task: TaskRecord, text: string, preface?: string): Promise<void> {
  // "xin gia hạn đến 30/10 vì …", "cho em xin thêm thời gian": a request to the steering group, as /giahan, never a blocker.
  const extension = readExtensionRequest(text);
  if (extension) return answerExtensionReply(ctx, unitId, task, text, extension);
  const reading = readReply(text);
  if (reading.status === 'none' && reading.kind === 'acknowledgement') {
    // No answer (a reply to "ok anh" is noise), but a 👍 so the sender knows it was seen.
    await ctx.react?.('👍');
    return;
  }
  const refusal = await checkReportAuthority(portsOf(ctx), { task, unitId, chat: ctx.chat });
  if (refusal && task.archivedAt !== null) {
    await replyRefusal(ctx, refusal);
    return;
  }
  if (reading.status === 'none' && reading.kind === 'question') {
    // The unit asks about its own part (the same state its /nhiemvu shows).
    const [view] = await loadTaskViews(ctx.deps.stores.reports, [task], ctx.now);
    await ctx.reply({ html: composeStatusAnswer(view!, unitId, ctx.now, ctx.locale), replyToMessageId: ctx.messageId });
    return;
  }
  if (refusal) {
    await replyRefusal(ctx, refusal);
    return;
  }
  if (reading.status === 'none' || reading.confidence < REPLY_CONFIDENCE_THRESHOLD) {
    await askWhichStatus(ctx, task, reading);
    return;
  }
  await submitReport(ctx, { task, status: reading.status, percent: reading.percent, note: reading.note, channel: 'reply', preface });
}

/**
 * A free-text reply to a task message in a unit group (or, without reply threads, a mention naming
 * the task by its code), read in src/core. Words naming another task are about that task, never
 * recorded on the card's (scopeReply): one other task of the unit takes the whole reply, several codes
 * split it, a code that is no task of the unit is asked back.
 */
export const replyToTask: ReplyHandler = {
  async handle(ctx, text) {
    const unitId = ctx.chat.unitId;
    if (ctx.chat.kind !== 'unit' || unitId === null) return false;
    const task = ctx.namedTask ?? (ctx.replyToMessageId ? (await ctx.deps.stores.tasks.findTaskByMessage(ctx.chat.id, ctx.replyToMessageId))?.task : undefined);
    if (!task) return false;
    const scope = await scopeReply(ctx, task, text, unitId);
    if (scope.kind === 'one') {
      const preface = scope.moved ? t(ctx.locale, 'reply.moved', { code: scope.task.code, card: task.code }) : undefined;
      await answerReading(ctx, unitId, scope.task, scope.text, preface);
    } else if (scope.kind === 'several') {
      for (const part of scope.parts) await answerReading(ctx, unitId, part.task, part.text);
    } else {
      await askBackAboutCodes(ctx, task, scope);
    }
    return true;
  },
};
