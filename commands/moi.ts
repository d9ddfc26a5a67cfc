import { bindSteeringPayload } from '../src/core/actions/action-payload.ts';
import { t } from '../src/core/i18n/translate.ts';
import { steeringChats } from '../src/core/usecases/chats-of.ts';
import { createBindingCode } from '../src/core/usecases/create-binding-code.ts';
import { escapeHtml } from '../src/core/text/html.ts';
import { formatDateTimeVi } from '../src/core/time/zone.ts';
import { optionalText } from './args.ts';
import { actorOf, isPrivateChat, portsOf, replyRefusal } from './context-helpers.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/**
 * `/moi` in a group not bound yet: codes are issued only in the steering group or a private chat, so
 * say exactly what to do; with no steering group yet, offer to make this group the steering group.
 */
async function adviseUnboundGroup(ctx: CommandContext, query: string): Promise<void> {
  const [steering] = await steeringChats(portsOf(ctx));
  if (steering) {
    await ctx.reply({ html: t(ctx.locale, 'invite.unbound_steps', { query, steering: steering.title ?? t(ctx.locale, 'bind.target_steering') }) });
    return;
  }
  await ctx.reply({
    html: t(ctx.locale, 'invite.unbound_no_steering', { query }),
    buttons: [[{ text: t(ctx.locale, 'button.bind_steering'), data: bindSteeringPayload(), fallback: '/batdau' }]],
  });
}

/**
 * The code is typed in the unit's group, whose messenger is not known yet: the reply gives both forms,
 * the Zalo one with the mention Zalo groups need (the first ZALO_BOT_NAMES, else the bot's usual name).
 */
function zaloBotName(ctx: CommandContext): string {
  return ctx.deps.config.ZALO_BOT_NAMES[0] ?? 'Điều phối';
}

/** Plain `/moi`: the units whose group is not connected yet, each with the command that invites it. */
async function listUnconnectedUnits(ctx: CommandContext): Promise<void> {
  const connected = new Set((await ctx.deps.stores.chats.listChats({ kind: 'unit', active: true })).map((chat) => chat.unitId));
  const waiting = (await ctx.deps.stores.directory.listUnits()).filter((unit) => !connected.has(unit.id));
  if (waiting.length === 0) return void (await ctx.reply({ html: t(ctx.locale, 'invite.all_connected') }));
  const lines = waiting.map((unit) => `<code>/moi ${escapeHtml(unit.code)}</code> — ${escapeHtml(unit.name)}`);
  await ctx.reply({ html: [t(ctx.locale, 'invite.unconnected', { count: waiting.length }), ...lines].join('\n') });
}

export const inviteCommand: CommandDefinition<string> = {
  name: 'moi',
  aliases: ['invite'],
  help: {
    vi: 'Thường trực cấp mã kết nối (dùng một lần, 48 giờ) cho nhóm của một đơn vị.',
    en: 'Secretariat: issue a one-time binding code (48 h) for a unit’s group.',
  },
  usage: { vi: '/moi <đơn vị>', en: '/moi <unit>' },
  args: optionalText,
  async handle(ctx, query) {
    if (!ctx.isSecretariat) return replyRefusal(ctx, { ok: false, refusal: 'refuse.not_secretariat' });
    if (ctx.chat.kind === 'unbound' && !isPrivateChat(ctx)) return adviseUnboundGroup(ctx, query || (ctx.locale === 'en' ? '<unit>' : '<đơn vị>'));
    if (ctx.chat.kind !== 'steering' && !isPrivateChat(ctx)) return replyRefusal(ctx, { ok: false, refusal: 'refuse.invite_place' });
    if (query === '') return listUnconnectedUnits(ctx);
    const result = await createBindingCode(portsOf(ctx), { query, actor: actorOf(ctx), now: ctx.now, locale: ctx.locale });
    if (!result.ok) return replyRefusal(ctx, result);
    await ctx.reply({
      html: t(ctx.locale, 'invite.created', {
        unit: result.unit.name,
        code: result.code,
        expires: formatDateTimeVi(result.expiresAt),
        zaloBot: zaloBotName(ctx),
      }),
    });
  },
};
