import type { SentMessage } from '../../commands/types.ts';
import type { ChannelCapabilities } from '../core/model/channel-capabilities.ts';
import type { OutgoingMessage } from '../core/model/outgoing.ts';

/**
 * What a channel lends the dispatcher for one inbound event: how to answer in the event's chat and
 * what it can ask its messenger. Built per event by the channel (Telegram: from the grammY context;
 * tests: the command harness); it routes nothing itself.
 */
export interface ChannelSession {
  capabilities: ChannelCapabilities;
  /** the bot's own username, for "/cmd@name" addressed to this bot rather than another */
  botUsername: string;
  /** sends in the event's chat, as a reply to `replyToMessageId` when given (and the message has none of its own) */
  reply(message: OutgoingMessage, replyToMessageId?: string): Promise<SentMessage[]>;
  /** actions only: replaces the message the pressed action sits on */
  editActionMessage?(message: OutgoingMessage): Promise<void>;
  /** actions only: the short answer to a press (Telegram answerCallbackQuery); the dispatcher calls it at most once */
  answerAction?(text?: string, alert?: boolean): Promise<void>;
  /** a reaction on a message of the event's chat */
  react?(messageId: string, emoji: string): Promise<void>;
  /** admin or creator of a chat of this messenger (the event's chat, or the steering group) */
  isChatAdmin(userId: string, chatExternalId: string): Promise<boolean>;
  /** the bytes of a file the user sent, where the messenger lets the bot fetch them; FileTooLargeError over maxBytes */
  downloadFile?(fileId: string, maxBytes: number): Promise<Uint8Array>;
}
