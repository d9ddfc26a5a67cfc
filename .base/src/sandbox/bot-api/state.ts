import { badRequest } from './api-error.ts';
import type { ChatType, MemberStatus, TgBotCommand, TgChat, TgMessage, TgUpdate, TgUser, UpdateKind } from './types.ts';

/** Which messenger a sandbox chat imitates: Telegram, or the Zalo Bot Platform (src/sandbox/zalo). */
export type SandboxPlatform = 'telegram' | 'zalo';

export interface SandboxChat {
  chat: TgChat;
  platform: SandboxPlatform;
  /** People in the chat (not the bot), in the order they joined. */
  members: Map<number, MemberStatus>;
  botStatus: MemberStatus;
  nextMessageId: number;
}

export interface StoredMessage {
  message: TgMessage;
  /** Change counter value of the last create/edit/delete, for the page's incremental polling. */
  seq: number;
  fromBot: boolean;
  deleted: boolean;
  /** The HTML the bot sent (parse_mode HTML), kept for display and assertions. */
  html?: string;
  /** The bot's reaction on the message (setMessageReaction), e.g. ["👍"]. */
  botReactions?: string[];
}

export interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  filePath: string;
  bytes: Uint8Array;
  fileName?: string;
  mimeType?: string;
}

export interface CallbackRecord {
  id: string;
  chatId: number;
  messageId: number;
  fromUserId: number;
  data: string;
  answered: boolean;
  text?: string;
  showAlert?: boolean;
}

export interface WebhookConfig {
  url: string;
  secretToken?: string;
  allowedUpdates?: UpdateKind[];
  lastErrorDate?: number;
  lastErrorMessage?: string;
}

type Listener = () => void;

/** Zalo's webhook as the bot set it (setWebhook), and how the last delivery went (getWebhookInfo). */
export interface ZaloWebhook {
  url: string;
  secretToken: string;
  lastErrorMessage?: string;
  lastErrorDate?: number;
}

/** Everything the sandbox knows: people, chats, history, pending updates, files. In memory. */
export class SandboxState {
  readonly users = new Map<number, TgUser>();
  readonly chats = new Map<number, SandboxChat>();
  readonly history = new Map<number, StoredMessage[]>();
  readonly files = new Map<string, StoredFile>();
  readonly callbacks = new Map<string, CallbackRecord>();
  readonly commands = new Map<string, TgBotCommand[]>();
  /** Updates not yet confirmed by the bot (getUpdates offset) or delivered to the webhook. */
  readonly updates: TgUpdate[] = [];
  /** Zalo updates not yet taken by the bot's getUpdates (one per call, no offset, like Zalo). */
  readonly zaloUpdates: unknown[] = [];
  /** Set by the bot's Zalo setWebhook: updates are then posted to it instead of waiting for getUpdates. */
  zaloWebhook: ZaloWebhook | undefined;
  webhook: WebhookConfig | undefined;
  allowedUpdates: UpdateKind[] | undefined;
  seq = 0;
  /** the server's address once it listens ("http://127.0.0.1:8790"), for URLs handed to the bot */
  baseUrl = '';
  /** Bumped by each getUpdates call; an older waiting call that sees a newer one answers 409. */
  pollGeneration = 0;
  private nextUpdateId = 1;
  private nextId = 1;
  private readonly updateListeners = new Set<Listener>();
  private readonly changeListeners = new Set<Listener>();

  constructor(
    readonly bot: TgUser,
    readonly now: () => number,
  ) {}

  /** Unix seconds of the sandbox clock, as in Telegram's `date` fields. */
  unixNow(): number {
    return Math.floor(this.now() / 1_000);
  }

  uniqueId(prefix: string): string {
    return `${prefix}${(this.nextId++).toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  }

  createUser(user: { id: number; first_name: string; last_name?: string; username?: string; language_code?: string }): TgUser {
    const created: TgUser = { is_bot: false, language_code: 'vi', ...user };
    this.users.set(created.id, created);
    this.changed();
    return created;
  }

  userOrThrow(userId: number): TgUser {
    const user = this.users.get(userId);
    if (!user) throw badRequest('user not found');
    return user;
  }

  createChat(options: { id: number; title?: string; type?: ChatType; botStatus?: MemberStatus; platform?: SandboxPlatform }): SandboxChat {
    const type = options.type ?? (options.id > 0 ? 'private' : 'group');
    const chat: TgChat = { id: options.id, type };
    if (type === 'private') {
      const user = this.users.get(options.id);
      chat.first_name = user?.first_name ?? options.title ?? 'User';
      if (user?.username) chat.username = user.username;
    } else {
      chat.title = options.title ?? `Nhóm ${-options.id}`;
    }
    const record: SandboxChat = {
      chat,
      platform: options.platform ?? 'telegram',
      members: new Map(),
      botStatus: options.botStatus ?? 'member',
      nextMessageId: 1,
    };
    this.chats.set(chat.id, record);
    this.history.set(chat.id, []);
    this.changed();
    return record;
  }

  chatOrThrow(chatId: number): SandboxChat {
    const chat = this.chats.get(chatId);
    if (!chat) throw badRequest('chat not found');
    return chat;
  }

  setMember(chatId: number, userId: number, status: MemberStatus): void {
    this.chatOrThrow(chatId).members.set(userId, status);
    this.changed();
  }

  appendMessage(chatId: number, body: Omit<TgMessage, 'message_id' | 'date' | 'chat'>, meta: { fromBot: boolean; html?: string }): StoredMessage {
    const chat = this.chatOrThrow(chatId);
    const message: TgMessage = { message_id: chat.nextMessageId++, date: this.unixNow(), chat: chat.chat, ...body };
    const stored: StoredMessage = { message, seq: ++this.seq, fromBot: meta.fromBot, deleted: false };
    if (meta.html !== undefined) stored.html = meta.html;
    this.history.get(chatId)!.push(stored);
    this.notify(this.changeListeners);
    return stored;
  }

  findMessage(chatId: number, messageId: number): StoredMessage | undefined {
    const found = this.history.get(chatId)?.find((m) => m.message.message_id === messageId);
    return found && !found.deleted ? found : undefined;
  }

  /** Marks a message as changed (edited, deleted) so the page picks it up. */
  touch(stored: StoredMessage): void {
    stored.seq = ++this.seq;
    this.notify(this.changeListeners);
  }

  /** Any change the page should see that is not a message (members, clock, callback answers). */
  changed(): void {
    this.seq += 1;
    this.notify(this.changeListeners);
  }

  pushUpdate(update: Omit<TgUpdate, 'update_id'>): TgUpdate {
    const full: TgUpdate = { update_id: this.nextUpdateId++, ...update };
    this.updates.push(full);
    this.notify(this.updateListeners);
    return full;
  }

  pushZaloUpdate(update: unknown): void {
    this.zaloUpdates.push(update);
    this.notify(this.updateListeners);
  }

  /** Drops updates below `offset` (the bot confirmed them). */
  confirmUpdates(offset: number): void {
    while (this.updates.length > 0 && this.updates[0]!.update_id < offset) this.updates.shift();
  }

  onUpdate(listener: Listener): () => void {
    this.updateListeners.add(listener);
    return () => this.updateListeners.delete(listener);
  }

  onChange(listener: Listener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  wakeUpdateWaiters(): void {
    this.notify(this.updateListeners);
  }

  /** Wakes every waiter (used at shutdown so long polls end at once). */
  wakeAll(): void {
    this.notify(this.updateListeners);
    this.notify(this.changeListeners);
  }

  private notify(listeners: Set<Listener>): void {
    for (const listener of [...listeners]) listener();
  }
}

export function updateKind(update: TgUpdate): UpdateKind | undefined {
  const kinds: UpdateKind[] = ['message', 'edited_message', 'callback_query', 'my_chat_member', 'chat_member'];
  return kinds.find((kind) => update[kind] !== undefined);
}
