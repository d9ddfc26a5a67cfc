/**
 * What any messenger hands the dispatcher: one update in a neutral shape. A channel (Telegram, Zalo,
 * the test harness) translates its own update into this and renders what comes back; it routes
 * nothing itself. Ids are the messenger's own, as strings; `platform` says whose.
 */
import type { FileInput } from '../../commands/types.ts';

export type Platform = 'telegram' | 'zalo';

export interface InboundChat {
  externalId: string;
  type: 'private' | 'group';
  title?: string | null;
}

export interface InboundUser {
  externalId: string;
  name: string;
  username?: string | null;
  /** the user's app language, when the messenger says (Telegram language_code) */
  languageCode?: string | null;
  /** another bot: it is not recorded as a member of the chat */
  isBot?: boolean;
}

interface EventBase {
  platform: Platform;
  /** unique per platform for this update: the dispatcher runs an update once (dedupe) */
  updateKey: string;
  chat: InboundChat;
  /** absent only for events with no person behind them (the bot removed by a system action) */
  user?: InboundUser;
  /** the messenger's message id of the incoming message, or of the message an action sits on */
  messageId?: string;
  /** the bot message this one replies to, when the messenger has reply threads */
  replyToMessageId?: string;
  /** true when it replies to one of the bot's own messages */
  repliesToBot?: boolean;
}

/** "/tiendo P5-01 60" — `addressee` is the "@botname" written after the command, lower case, or null. */
export interface CommandEvent extends EventBase {
  kind: 'command';
  name: string;
  rawArgs: string;
  addressee: string | null;
}

/** A button press (Telegram callback query). `payload` is the action payload the bot attached. */
export interface ActionEvent extends EventBase {
  kind: 'action';
  payload: string;
}

/** Free text: a reply to a bot message, or (where a group only shows the bot mentions) a mention. */
export interface TextEvent extends EventBase {
  kind: 'text';
  text: string;
  /** the text addressed the bot by a mention (Zalo groups deliver only these) */
  mentionsBot?: boolean;
  /** the mention as written in `text` ("@Điều phối"), so the dispatcher can read what follows it */
  botMention?: string;
}

/** A photo or document sent to the bot (evidence, a plan to import). */
export interface FileEvent extends EventBase {
  kind: 'file';
  file: FileInput;
  /** the file was addressed to the bot: a Zalo photo whose caption mentions it, or one sent in a private chat */
  mentionsBot?: boolean;
  /** the mention as written in the caption ("@Điều phối"), for the answer's example */
  botMention?: string;
}

/** The bot added to or removed from a chat; a group moved to a new id (Telegram supergroup). */
export interface MembershipEvent extends EventBase {
  kind: 'membership';
  change: 'bot_added' | 'bot_removed' | 'bot_blocked' | 'chat_migrated';
  /** for chat_migrated: the chat's new external id */
  newExternalId?: string;
}

export type InboundEvent = CommandEvent | ActionEvent | TextEvent | FileEvent | MembershipEvent;
