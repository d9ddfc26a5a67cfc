import { badRequest, forbidden } from '../api-error.ts';
import type { SandboxChat, SandboxState } from '../state.ts';

/** The chat the bot wants to write to, or Telegram's error for why it cannot. */
export function writableChat(state: SandboxState, chatId: number): SandboxChat {
  const chat = state.chats.get(chatId);
  if (!chat) {
    if (state.users.has(chatId)) throw forbidden("bot can't initiate conversation with a user");
    throw badRequest('chat not found');
  }
  const kind = chat.chat.type === 'supergroup' ? 'supergroup chat' : 'group chat';
  if (chat.botStatus === 'kicked') {
    throw forbidden(chat.chat.type === 'private' ? 'bot was blocked by the user' : `bot was kicked from the ${kind}`);
  }
  if (chat.botStatus === 'left') throw forbidden(`bot is not a member of the ${kind}`);
  return chat;
}
