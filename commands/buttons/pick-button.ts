import { t } from '../../src/core/i18n/translate.ts';
import { touchMember } from '../context-helpers.ts';
import { PICK_CODES } from '../pending-readings.ts';
import { submitReport } from '../submit-report.ts';
import type { ButtonAction } from '../types.ts';
import { ownEntry } from '../../src/core/text/own-entry.ts';

/** The answer to "what did you mean?": "pk:<pendingId>:<ip|dn|bl|x>". No report was stored before. */
export const pickButton: ButtonAction = {
  prefix: 'pk',
  async handle(ctx, payload) {
    const [id = '', code = ''] = payload.split(':');
    const choice = ownEntry(PICK_CODES, code);
    const reading = /^\d{1,15}$/.test(id) ? await ctx.deps.stores.pendingReadings.take(Number(id), ctx.now) : null;
    if (!reading || !choice || reading.chatId !== ctx.chat.id) {
      await ctx.answerButton?.('');
      await ctx.reply({ html: t(ctx.locale, 'reply.pending_gone') });
      return;
    }
    if (choice === 'skip') {
      await ctx.answerButton?.(t(ctx.locale, 'reply.skipped'));
      await ctx.editButtonMessage?.({ html: t(ctx.locale, 'reply.skipped') });
      return;
    }
    const task = await ctx.deps.stores.tasks.getTask(reading.taskId);
    if (!task) return;
    await touchMember(ctx);
    await submitReport(ctx, {
      task,
      status: choice,
      percent: choice === 'done' ? 100 : reading.percent,
      note: reading.note,
      channel: 'reply',
      sourceMessageId: reading.sourceMessageId,
    });
  },
};
