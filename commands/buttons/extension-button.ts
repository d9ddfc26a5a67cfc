import { ACTION_PREFIX, readIdArgs } from '../../src/core/actions/action-payload.ts';
import { t } from '../../src/core/i18n/translate.ts';
import { checkExtensionDecision } from '../../src/core/usecases/decide-extension.ts';
import { portsOf, replyRefusal } from '../context-helpers.ts';
import { decideExtensionRequest } from '../duyetgiahan.ts';
import type { ButtonAction } from '../types.ts';
import { answerStaleButton } from './button-payload.ts';

/**
 * [Đồng ý] / [Từ chối] on an extension request: "gh:<requestId>:y|n" (typed: /duyetgiahan, /tuchoigiahan).
 * [Từ chối] decides nothing: a button cannot carry the reason the unit is told, so, as [Trả lại] does, it asks
 * for /tuchoigiahan with the task and unit codes (after the same checks a decision makes).
 */
export const extensionButton: ButtonAction = {
  prefix: ACTION_PREFIX.extension,
  async handle(ctx, payload) {
    const read = readIdArgs(payload);
    const answer = read?.option;
    if (!read || (answer !== 'y' && answer !== 'n')) return answerStaleButton(ctx);
    if (answer === 'y') return decideExtensionRequest(ctx, read.id, true, null);
    const checked = await checkExtensionDecision(portsOf(ctx), { requestId: read.id, approve: false, chat: ctx.chat, isSecretariat: ctx.isSecretariat });
    if (!checked.ok) return replyRefusal(ctx, checked);
    const unit = checked.task.assignments.find((a) => a.unitId === checked.pending.unitId)?.unitCode ?? '';
    await ctx.answerButton?.('');
    await ctx.reply({ html: t(ctx.locale, 'ext.deny_need_reason', { code: checked.task.code, unit }) });
  },
};
