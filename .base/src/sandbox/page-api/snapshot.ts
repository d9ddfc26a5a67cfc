import type { SandboxState } from '../bot-api/state.ts';

/** What the page needs to draw; `since` limits messages to those changed after that seq. */
export function stateSnapshot(state: SandboxState, now: number, since: number) {
  const chats = [...state.chats.values()].map((chat) => ({
    id: chat.chat.id,
    title: chat.chat.title ?? chat.chat.first_name ?? String(chat.chat.id),
    type: chat.chat.type,
    platform: chat.platform,
    botStatus: chat.botStatus,
    botIsMember: chat.botStatus !== 'left' && chat.botStatus !== 'kicked',
    members: [...chat.members].flatMap(([userId, status]) => {
      const user = state.users.get(userId);
      if (!user) return [];
      return [{ id: user.id, name: [user.first_name, user.last_name].filter(Boolean).join(' '), username: user.username, status }];
    }),
  }));
  const messages = [...state.history.values()]
    .flat()
    .filter((stored) => stored.seq > since)
    .sort((a, b) => a.seq - b.seq)
    .map((stored) => ({
      chatId: stored.message.chat.id,
      seq: stored.seq,
      deleted: stored.deleted,
      fromBot: stored.fromBot,
      message: stored.message,
      reactions: stored.botReactions ?? [],
    }));
  return {
    seq: state.seq,
    now,
    bot: { id: state.bot.id, name: state.bot.first_name, username: state.bot.username },
    chats,
    messages,
  };
}
