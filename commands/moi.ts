import { t } from '../src/core/i18n/translate.ts';
import { createBindingCode } from '../src/core/usecases/create-binding-code.ts';
import { formatDateTimeVi } from '../src/core/time/zone.ts';
import { requiredText } from './args.ts';
import { actorOf, isPrivateChat, portsOf, replyRefusal } from './context-helpers.ts';
import type { CommandDefinition } from './types.ts';

export const inviteCommand: CommandDefinition<string> = {
  name: 'moi',
  aliases: ['invite'],
  help: { vi: 'Thường trực cấp mã kết nối (dùng một lần, 48 giờ) cho nhóm của một đơn vị.', en: 'Secretariat: issue a one-time binding code (48 h) for a unit’s group.' },
  usage: { vi: '/moi <đơn vị>', en: '/moi <unit>' },
  args: requiredText,
  async handle(ctx, query) {
    if (!ctx.isSecretariat) return replyRefusal(ctx, { ok: false, refusal: 'refuse.not_secretariat' });
    if (ctx.chat.kind !== 'steering' && !isPrivateChat(ctx)) return replyRefusal(ctx, { ok: false, refusal: 'refuse.invite_place' });
    const result = await createBindingCode(portsOf(ctx), { query, actor: actorOf(ctx), now: ctx.now });
    if (!result.ok) return replyRefusal(ctx, result);
    await ctx.reply({ html: t(ctx.locale, 'invite.created', { unit: result.unit.name, code: result.code, expires: formatDateTimeVi(result.expiresAt) }) });
  },
};
