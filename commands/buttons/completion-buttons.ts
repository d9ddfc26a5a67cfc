import { ACTION_PREFIX, readIdArgs } from '../../src/core/actions/action-payload.ts';
import { t } from '../../src/core/i18n/translate.ts';
import { checkSecretariat } from '../../src/core/usecases/secretariat-authority.ts';
import { decisionRefusal } from '../../src/core/usecases/describe-decision.ts';
import { refuseArchived } from '../../src/core/usecases/refuse-archived.ts';
import { portsOf, replyRefusal } from '../context-helpers.ts';
import { confirmTask } from '../xacnhan.ts';
import type { ButtonAction } from '../types.ts';
import { answerStaleButton } from './button-payload.ts';

/** [Xác nhận] in the steering group: "cf:<taskId>". */
export const confirmButton: ButtonAction = {
  prefix: ACTION_PREFIX.confirm,
  handle: (ctx, payload) => {
    const read = readIdArgs(payload);
    return read ? confirmTask(ctx, read.id) : answerStaleButton(ctx);
  },
};

/** [Trả lại] needs a reason, which a button cannot carry: it asks for /tralai with the code. */
export const returnButton: ButtonAction = {
  prefix: ACTION_PREFIX.return,
  async handle(ctx, payload) {
    const denied = checkSecretariat(ctx);
    if (denied) return replyRefusal(ctx, denied);
    const read = readIdArgs(payload);
    if (!read) return answerStaleButton(ctx);
    const task = await ctx.deps.stores.tasks.getTask(read.id);
    if (!task) return;
    const archived = refuseArchived(task);
    if (archived) return replyRefusal(ctx, archived);
    if (task.status !== 'awaiting_confirmation') return replyRefusal(ctx, await decisionRefusal(portsOf(ctx), task, ctx.locale));
    await ctx.answerButton?.('');
    await ctx.reply({ html: t(ctx.locale, 'return.need_reason', { code: task.code }) });
  },
};
