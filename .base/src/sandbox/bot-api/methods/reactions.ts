import { badRequest } from '../api-error.ts';
import { writableChat } from './chat-access.ts';
import type { MethodHandler } from './context.ts';

/** Emoji Telegram accepts as reactions (a subset: the ones a bot would use to say "seen"). */
const ALLOWED = new Set(['👍', '👎', '❤', '🔥', '👏', '🙏', '👌', '🤝', '✍', '👀', '🎉', '😁', '🤔', '💯', '⚡']);

interface ReactionType {
  type?: string;
  emoji?: string;
}

/**
 * setMessageReaction: the bot's reaction replaces its previous one on the message (an empty list
 * removes it), as in Telegram; shown on the page under the message.
 */
export const setMessageReaction: MethodHandler = (ctx, params) => {
  ctx.faults.maybeFail();
  const chatId = params.chatId();
  writableChat(ctx.state, chatId);
  const messageId = params.requireInt('message_id', 'message identifier is not specified');
  const stored = ctx.state.findMessage(chatId, messageId);
  if (!stored || stored.deleted) throw badRequest('message to react not found');
  const reaction = params.object<ReactionType[]>('reaction') ?? [];
  if (!Array.isArray(reaction)) throw badRequest('field "reaction" must be an Array');
  if (reaction.length > 1) throw badRequest('REACTIONS_TOO_MANY');
  const emojis = reaction.map((item) => {
    if (item?.type !== 'emoji' || typeof item.emoji !== 'string') throw badRequest('REACTION_INVALID');
    if (!ALLOWED.has(item.emoji.replace(/\uFE0F/g, ''))) throw badRequest('REACTION_INVALID');
    return item.emoji;
  });
  if (emojis.length > 0) stored.botReactions = emojis;
  else delete stored.botReactions;
  ctx.state.touch(stored);
  return true;
};
