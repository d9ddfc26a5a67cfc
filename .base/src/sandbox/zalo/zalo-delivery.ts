import type { SandboxChat, SandboxState } from '../bot-api/state.ts';
import type { TgMessage } from '../bot-api/types.ts';

/** Zalo's text limit (sendMessage and a photo's caption). */
export const ZALO_TEXT_LIMIT = 2000;

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi');

/** "@Điều phối …": a group message that begins with a mention of the bot's Zalo name. */
export function mentionsZaloBot(text: string, botName: string): boolean {
  const trimmed = text.normalize('NFC').trimStart();
  const mention = `@${botName.normalize('NFC')}`;
  const next = trimmed.charAt(mention.length);
  return fold(trimmed.slice(0, mention.length)) === fold(mention) && (next === '' || /[\s:,.]/.test(next));
}

/**
 * A person's message in a sandbox Zalo chat, as the update Zalo's getUpdates would return: ids are
 * strings, the date in milliseconds; in a group only a message that mentions the bot reaches it.
 * Returns false when the bot does not receive it.
 */
export function deliverToZaloBot(state: SandboxState, chat: SandboxChat, message: TgMessage, photoUrl?: string): boolean {
  if (chat.botStatus === 'left' || chat.botStatus === 'kicked') return false;
  const text = message.text ?? message.caption ?? '';
  const isGroup = chat.chat.type !== 'private';
  if (isGroup && !mentionsZaloBot(text, state.bot.first_name)) return false;
  const from = message.from;
  state.pushZaloUpdate({
    event_name: photoUrl ? 'message.image.received' : 'message.text.received',
    message: {
      message_id: `z${chat.chat.id}-${message.message_id}`,
      from: { id: String(from?.id ?? 0), display_name: [from?.first_name, from?.last_name].filter(Boolean).join(' '), is_bot: false },
      chat: { id: String(chat.chat.id), chat_type: isGroup ? 'GROUP' : 'PRIVATE' },
      date: message.date * 1_000,
      ...(photoUrl ? { photo_url: photoUrl, ...(message.caption ? { caption: message.caption } : {}) } : { text }),
    },
  });
  return true;
}
