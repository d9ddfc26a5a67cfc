import { parseQuietHours } from '../src/core/time/quiet-hours.ts';
import { t } from '../src/core/i18n/translate.ts';
import { bindSteeringChat } from '../src/core/usecases/bind-steering-chat.ts';
import { bindUnitChat } from '../src/core/usecases/bind-unit-chat.ts';
import { optionalText } from './args.ts';
import { actorOf, isPrivateChat, portsOf, replyRefusal } from './context-helpers.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/** `/batdau` and `/ketnoi` without a code: the secretariat binds the steering group. */
export async function bindSteering(ctx: CommandContext): Promise<void> {
  if (isPrivateChat(ctx)) return replyRefusal(ctx, { ok: false, refusal: 'bind.private' });
  const result = await bindSteeringChat(portsOf(ctx), { chat: ctx.chat, actor: actorOf(ctx), isSecretariat: ctx.isSecretariat, now: ctx.now });
  if (!result.ok) return replyRefusal(ctx, result);
  ctx.chat = result.chat;
  await ctx.reply({ html: t(ctx.locale, 'bind.steering_ok') });
}

export const bindCommand: CommandDefinition<string> = {
  name: 'ketnoi',
  aliases: ['bind'],
  help: { vi: 'Kết nối nhóm này với đơn vị bằng mã do thường trực cấp.', en: 'Bind this group to a unit with the secretariat’s code.' },
  usage: { vi: '/ketnoi <mã>', en: '/ketnoi <code>' },
  menu: true,
  args: optionalText,
  async handle(ctx, code) {
    if (code === '') {
      if (ctx.isSecretariat) return bindSteering(ctx);
      return replyRefusal(ctx, { ok: false, refusal: 'bind.need_code' });
    }
    if (isPrivateChat(ctx)) return replyRefusal(ctx, { ok: false, refusal: 'bind.private' });
    const result = await bindUnitChat(portsOf(ctx), {
      chat: ctx.chat,
      code,
      actor: actorOf(ctx),
      now: ctx.now,
      ...(ctx.messageId ? { replyToMessageId: ctx.messageId } : {}),
      quietHours: parseQuietHours(ctx.deps.config.QUIET_HOURS),
    });
    if (!result.ok) return replyRefusal(ctx, result);
    // The confirmation was queued ahead of the task cards (see bindUnitChat): no direct reply to overtake them.
    ctx.chat = result.chat;
  },
};

export const startSteeringCommand: CommandDefinition<undefined> = {
  name: 'batdau',
  aliases: ['setup'],
  help: { vi: 'Thường trực kết nối nhóm này làm nhóm Ban Chỉ đạo.', en: 'Secretariat: make this group the steering group.' },
  usage: { vi: '/batdau', en: '/batdau' },
  args: optionalText.transform(() => undefined),
  handle: (ctx) => bindSteering(ctx),
};
