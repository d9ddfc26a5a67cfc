/**
 * The contract between messengers (src/channels/*) and chat features (commands/*).
 * A command is channel-neutral: it receives who/where/what and replies through the context.
 */
import type { z } from 'zod';
import type { ChatRecord, Locale, MemberRecord, TaskRecord } from '../src/core/model/records.ts';
import type { OutgoingMessage } from '../src/core/model/outgoing.ts';
import type { AppDeps } from '../src/app-deps.ts';

export interface CommandUser {
  id: string;
  name: string;
  username?: string | null;
  /** admin/creator of this chat on the messenger */
  isChatAdmin: boolean;
}

export interface SentMessage {
  messageId: string;
}

export interface CommandContext {
  deps: AppDeps;
  platform: string;
  chat: ChatRecord;
  /** a one-to-one chat with the bot, or a group */
  chatType: 'private' | 'group';
  user: CommandUser;
  member: MemberRecord | null;
  /** in SECRETARIAT_USER_IDS, or an admin of the bound steering group */
  isSecretariat: boolean;
  locale: Locale;
  now: Date;
  /** the platform message id of the incoming message / the message a button sits on */
  messageId: string;
  /** the message the user replied to, if any */
  replyToMessageId?: string;
  /**
   * How members reach the bot in this chat's messenger: buttons or typed commands, reply threads or a
   * mention naming the task ("@Điều phối P5-01 …"). Absent: Telegram's ways (buttons, replies).
   */
  channel?: { buttons: boolean; replyThreads: boolean; mention: string };
  reply(message: OutgoingMessage): Promise<SentMessage[]>;
  /** queue a message for another chat (e.g. the steering group), on whichever messenger that chat is: through the outbox */
  sendTo(chatId: number, message: OutgoingMessage): Promise<void>;
  /** edit the message a button was pressed on (buttons only) */
  editButtonMessage?(message: OutgoingMessage): Promise<void>;
  /** short toast answer to a button press (buttons only) */
  answerButton?(text: string, alert?: boolean): Promise<void>;
  /** a reaction (e.g. 👍) on the incoming message: "seen", where a reply would be noise; best effort */
  react?(emoji: string): Promise<void>;
  /**
   * The bytes of a file sent in this chat, at most `maxBytes` (bigger: FileTooLargeError, before or
   * while downloading); absent where the channel cannot fetch files.
   */
  downloadFile?(file: FileInput, maxBytes: number): Promise<Uint8Array>;
}

export interface CommandDefinition<Args = unknown> {
  /** Vietnamese command name without slash, e.g. "tiendo" */
  name: string;
  /** other names accepted (e.g. English "progress") */
  aliases?: string[];
  help: { vi: string; en: string };
  /** usage line, e.g. "/tiendo <mã> <%> [ghi chú]" */
  usage: { vi: string; en: string };
  /** shown in the Telegram command menu (setMyCommands) */
  menu?: boolean;
  /** the secretariat's own, in the steering group: checked before the arguments, so others are told who may, not the usage */
  secretariatOnly?: boolean;
  /** parse the raw argument text; a zod schema over the split text */
  args: z.ZodType<Args, string>;
  handle(ctx: CommandContext, args: Args): Promise<void>;
}

/** Inline-button actions: the payload is "<prefix>:<args>" (src/core/actions/action-payload.ts, ≤ 64 bytes). */
export interface ButtonAction {
  prefix: string;
  handle(ctx: CommandContext, payload: string): Promise<void>;
}

/**
 * Free text about a task: a reply to one of the bot's messages (`replyToMessageId`), or, where the
 * messenger has no reply threads, a mention of the bot naming the task by its code (`namedTask`).
 */
export interface ReplyContext extends CommandContext {
  namedTask?: TaskRecord;
}
export interface ReplyHandler {
  handle(ctx: ReplyContext, text: string): Promise<boolean>;
}

/** A photo or document sent in a chat (in reply to a task message, or on its own). */
export interface FileInput {
  kind: 'photo' | 'document';
  fileId: string;
  fileUniqueId?: string | null;
  fileName?: string | null;
  mimeType?: string | null;
  caption?: string | null;
  /** where the caption named the task by its code (no reply threads): the caption without that code, the status it tells */
  statusText?: string | null;
  /** size in bytes as the messenger reports it, when it does */
  size?: number | null;
}

/**
 * Tried in order for every file; `ctx.replyToMessageId` is set when the file answers a message, and
 * `ctx.namedTask` where the messenger has no reply threads and the caption names a task by its code.
 */
export interface FileHandler {
  handle(ctx: ReplyContext, file: FileInput): Promise<boolean>;
}
