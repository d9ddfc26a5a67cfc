import { ACTION_PREFIX } from '../../src/core/actions/action-payload.ts';
import { t } from '../../src/core/i18n/translate.ts';
import { bindSteeringChat } from '../../src/core/usecases/bind-steering-chat.ts';
import { actorOf, isPrivateChat, portsOf, replyRefusal } from '../context-helpers.ts';
import type { ButtonAction } from '../types.ts';

/** [Đặt làm nhóm Ban Chỉ đạo] under /moi's advice in an unbound group: "bs". Binds like /batdau. */
export const bindSteeringButton: ButtonAction = {
  prefix: ACTION_PREFIX.bindSteering,
  async handle(ctx) {
    if (isPrivateChat(ctx)) return replyRefusal(ctx, { ok: false, refusal: 'bind.private' });
    const result = await bindSteeringChat(portsOf(ctx), { chat: ctx.chat, actor: actorOf(ctx), isSecretariat: ctx.isSecretariat, now: ctx.now });
    if (!result.ok) return replyRefusal(ctx, result);
    ctx.chat = result.chat;
    const html = t(ctx.locale, 'bind.steering_ok');
    await ctx.answerButton?.(
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    );
    // The advice is spent: its button goes, the confirmation takes its place.
    if (ctx.editButtonMessage) await ctx.editButtonMessage({ html });
    else await ctx.reply({ html });
  },
};
