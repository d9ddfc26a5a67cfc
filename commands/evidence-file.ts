import { t } from '../src/core/i18n/translate.ts';
import { readExtensionRequest } from '../src/core/replies/read-extension-request.ts';
import { readReply, type ReplyReading } from '../src/core/replies/index.ts';
import { checkReportAuthority } from '../src/core/usecases/report-status.ts';
import { portsOf, replyRefusal } from './context-helpers.ts';
import { answerReading } from './reply-to-task.ts';
import type { FileHandler } from './types.ts';

/**
 * A photo or document replied to a task message (or, where there are no replies, whose caption names
 * the task by its code) is stored as evidence for the unit.
 */
export const evidenceFile: FileHandler = {
  async handle(ctx, file) {
    if (ctx.chat.kind !== 'unit' || ctx.chat.unitId === null) return false;
    const found = ctx.namedTask
      ? { task: ctx.namedTask }
      : ctx.replyToMessageId === undefined
        ? null
        : await ctx.deps.stores.tasks.findTaskByMessage(ctx.chat.id, ctx.replyToMessageId);
    if (!found) return false;
    const refusal = await checkReportAuthority(portsOf(ctx), { task: found.task, unitId: ctx.chat.unitId, chat: ctx.chat });
    if (refusal) {
      await replyRefusal(ctx, refusal);
      return true;
    }
    const { reports } = ctx.deps.stores;
    await reports.addEvidence(found.task.id, ctx.chat.unitId, null, {
      kind: file.kind,
      fileId: file.fileId,
      fileUniqueId: file.fileUniqueId ?? null,
      fileName: file.fileName ?? null,
      mimeType: file.mimeType ?? null,
      caption: file.caption ?? null,
      uploaderId: ctx.user.id,
    });
    const count = await reports.countEvidence(found.task.id);
    await ctx.reply({ html: t(ctx.locale, 'evidence.saved', { code: found.task.code, count }), replyToMessageId: ctx.messageId });
    // "biên bản họp, đã xong 50%": a caption that tells a status is read as a reply to the card would be
    // (stored when sure, asked otherwise). Only a percent, a done, a blocker or an extension request: a
    // caption that names the file ("biên bản họp triển khai", "kế hoạch thực hiện") reads like work under
    // way, and no report is made of a file's name.
    const caption = (file.statusText ?? file.caption)?.trim() ?? '';
    if (caption !== '' && (readExtensionRequest(caption) || tellsStatus(readReply(caption)))) {
      await answerReading(ctx, ctx.chat.unitId, found.task, caption);
    }
    return true;
  },
};

function tellsStatus(reading: ReplyReading): boolean {
  return reading.percent !== null || reading.status === 'done' || reading.status === 'blocked';
}
