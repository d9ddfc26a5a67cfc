import type { MiddlewareFn } from 'grammy';
import type { AppDeps } from '../../app-deps.ts';
import type { BotContext } from './bot-context.ts';
import { displayName, TELEGRAM } from './build-command-context.ts';

function chatTitle(chat: NonNullable<BotContext['chat']>): string | null {
  if (chat.type === 'private') return displayName(chat);
  return chat.title;
}

/** Records the chat and the human sender of every update, so features find them in ctx.state. */
export function loadChat(deps: Pick<AppDeps, 'stores' | 'clock'>): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.state = {};
    const chat = ctx.chat;
    if (chat) {
      const record = await deps.stores.chats.ensureChat({ platform: TELEGRAM, externalId: String(chat.id), title: chatTitle(chat) });
      ctx.state.chat = record;
      const from = ctx.from;
      ctx.state.member =
        from && !from.is_bot
          ? await deps.stores.chats.upsertMember(
              record.id,
              { externalUserId: String(from.id), displayName: displayName(from), username: from.username ?? null },
              deps.clock.now(),
            )
          : null;
    }
    await next();
  };
}
