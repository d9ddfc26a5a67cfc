import { Composer } from 'grammy';
import type { AppDeps } from '../../../app-deps.ts';
import type { BotContext } from '../bot-context.ts';
import { introMessage } from '../intro-message.ts';

const PRESENT = new Set(['member', 'administrator', 'creator', 'restricted']);
const GONE = new Set(['left', 'kicked']);
/** Telegram reports one addition twice (my_chat_member and a new_chat_members message). */
const INTRO_REPEAT_WINDOW_MS = 5 * 60_000;

/** The bot joining (introduce itself) or leaving (stop sending there) a chat. */
export function membershipFeature(deps: AppDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const introducedAt = new Map<number, number>();

  async function introduce(ctx: BotContext, chatId: number): Promise<void> {
    const now = deps.clock.now().getTime();
    const last = introducedAt.get(chatId);
    if (last !== undefined && now - last < INTRO_REPEAT_WINDOW_MS) return;
    introducedAt.set(chatId, now);
    await ctx.api.sendMessage(chatId, introMessage(ctx.me.username), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  }

  feature.on('my_chat_member', async (ctx) => {
    const update = ctx.myChatMember;
    const chat = ctx.state.chat;
    const wasPresent = PRESENT.has(update.old_chat_member.status);
    const isPresent = PRESENT.has(update.new_chat_member.status);
    if (GONE.has(update.new_chat_member.status)) {
      if (chat) await deps.stores.chats.setActive(chat.id, false, update.chat.type === 'private' ? 'bot blocked' : 'bot removed');
      introducedAt.delete(update.chat.id);
      deps.logger.info({ chat: update.chat.id, status: update.new_chat_member.status }, 'bot left a chat');
      return;
    }
    if (!isPresent || wasPresent) return; // promoted/demoted: nothing to say
    if (chat && !chat.active) await deps.stores.chats.setActive(chat.id, true, null);
    if (update.chat.type !== 'private') await introduce(ctx, update.chat.id);
  });

  feature.on('message:new_chat_members', async (ctx, next) => {
    if (!ctx.message.new_chat_members.some((user) => user.id === ctx.me.id)) return next();
    const chat = ctx.state.chat;
    if (chat && !chat.active) await deps.stores.chats.setActive(chat.id, true, null);
    await introduce(ctx, ctx.chat.id);
  });
  return feature;
}
