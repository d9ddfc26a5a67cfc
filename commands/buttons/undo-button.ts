import { ACTION_PREFIX, readIdArgs } from '../../src/core/actions/action-payload.ts';
import { t } from '../../src/core/i18n/translate.ts';
import { undoReport } from '../../src/core/usecases/undo-report.ts';
import { statusLabel } from '../../src/core/usecases/status-label.ts';
import { actorOf, portsOf, replyRefusal } from '../context-helpers.ts';
import type { ButtonAction } from '../types.ts';
import { answerStaleButton } from './button-payload.ts';

/** [Hoàn tác] under a receipt: "ud:<reportId>", valid 10 minutes. */
export const undoButton: ButtonAction = {
  prefix: ACTION_PREFIX.undo,
  async handle(ctx, payload) {
    const read = readIdArgs(payload);
    if (!read) return answerStaleButton(ctx);
    const result = await undoReport(portsOf(ctx), { reportId: read.id, chat: ctx.chat, actor: actorOf(ctx), now: ctx.now });
    if (!result.ok) return replyRefusal(ctx, result);
    const html = t(ctx.locale, 'undo.done', { status: statusLabel(result.restored, ctx.locale) });
    await ctx.answerButton?.(html.replace(/<[^>]+>/g, ''));
    if (ctx.editButtonMessage) await ctx.editButtonMessage({ html });
    else await ctx.reply({ html });
  },
};
