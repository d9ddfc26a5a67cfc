import { ACTION_PREFIX, readIdArgs } from '../../src/core/actions/action-payload.ts';
import { t } from '../../src/core/i18n/translate.ts';
import { formatDateVi } from '../../src/core/time/zone.ts';
import { decideExtension } from '../../src/core/usecases/decide-extension.ts';
import { actorOf, portsOf, replyRefusal } from '../context-helpers.ts';
import type { ButtonAction } from '../types.ts';
import { answerStaleButton } from './button-payload.ts';

/** [Đồng ý] / [Từ chối] on an extension request: "gh:<requestId>:y|n". */
export const extensionButton: ButtonAction = {
  prefix: ACTION_PREFIX.extension,
  async handle(ctx, payload) {
    const read = readIdArgs(payload);
    const answer = read?.option;
    if (!read || (answer !== 'y' && answer !== 'n')) return answerStaleButton(ctx);
    const approve = answer === 'y';
    const result = await decideExtension(portsOf(ctx), {
      requestId: read.id,
      approve,
      note: null,
      chat: ctx.chat,
      isSecretariat: ctx.isSecretariat,
      actor: actorOf(ctx),
      now: ctx.now,
    });
    if (!result.ok) return replyRefusal(ctx, result);
    const html = approve
      ? t(ctx.locale, 'ext.approved', { code: result.task.code, date: formatDateVi(result.request.requestedDueAt) })
      : t(ctx.locale, 'ext.denied', { code: result.task.code });
    await ctx.answerButton?.(html.replace(/<[^>]+>/g, ''));
    await ctx.reply({ html });
  },
};
