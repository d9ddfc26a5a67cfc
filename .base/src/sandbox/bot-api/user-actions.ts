import { detectUserEntities } from './detect-entities.ts';
import { documentOf, type FileStore, photoSizes } from './file-store.ts';
import { withoutNestedReply } from './methods/message-content.ts';
import { deliverToZaloBot } from '../zalo/zalo-delivery.ts';
import type { CallbackRecord, SandboxChat, SandboxPlatform, SandboxState } from './state.ts';
import type { ChatType, MemberStatus, TgMessage, TgUser } from './types.ts';

export interface UserMessageInput {
  chatId: number;
  fromUserId: number;
  text: string;
  replyToMessageId?: number;
}

export interface UserFileInput {
  chatId: number;
  fromUserId: number;
  kind: 'photo' | 'document';
  fileName: string;
  bytes: Uint8Array;
  mimeType?: string;
  caption?: string;
  replyToMessageId?: number;
}

export interface PressButtonInput {
  chatId: number;
  fromUserId: number;
  messageId: number;
  data: string;
}

/**
 * What people do in the sandbox (not Bot API calls): write, upload, press buttons, add or remove
 * the bot. Each action is stored and becomes the update Telegram would send.
 */
export class UserActions {
  constructor(
    private readonly state: SandboxState,
    private readonly files: FileStore,
    /** Telegram's default privacy mode: in groups the bot sees commands, replies to it and mentions. */
    private readonly privacyMode: boolean,
  ) {}

  createUser(input: { id?: number; first_name: string; last_name?: string; username?: string; language_code?: string }): TgUser {
    const id = input.id ?? this.freeUserId();
    return this.state.createUser({ ...input, id });
  }

  createChat(input: {
    id?: number;
    title: string;
    type?: Exclude<ChatType, 'private'>;
    members?: { userId: number; status?: MemberStatus }[];
    botIsMember?: boolean;
    botIsAdmin?: boolean;
    /** a Zalo group: the bot gets Zalo Bot API updates for it (mentions only), not Telegram ones */
    platform?: SandboxPlatform;
  }): SandboxChat {
    const botStatus: MemberStatus = input.botIsMember === false ? 'left' : input.botIsAdmin ? 'administrator' : 'member';
    const chat = this.state.createChat({
      id: input.id ?? this.freeChatId(),
      title: input.title,
      type: input.type ?? 'group',
      botStatus,
      ...(input.platform ? { platform: input.platform } : {}),
    });
    for (const member of input.members ?? []) this.state.setMember(chat.chat.id, member.userId, member.status ?? 'member');
    return chat;
  }

  addMember(chatId: number, userId: number, status: MemberStatus = 'member'): void {
    this.state.userOrThrow(userId);
    this.state.setMember(chatId, userId, status);
  }

  sendUserMessage(input: UserMessageInput): TgMessage {
    const { chat, from } = this.speaker(input.chatId, input.fromUserId);
    if (input.text.trim() === '') throw new Error('message text is empty');
    const body: Omit<TgMessage, 'message_id' | 'date' | 'chat'> = { from, text: input.text };
    const entities = detectUserEntities(input.text);
    if (entities.length > 0) body.entities = entities;
    this.attachReply(body, chat, input.replyToMessageId);
    return this.deliver(chat, body);
  }

  async sendUserFile(input: UserFileInput): Promise<TgMessage> {
    const { chat, from } = this.speaker(input.chatId, input.fromUserId);
    const file = await this.files.put(input.kind, input.bytes, input.fileName, input.mimeType);
    const body: Omit<TgMessage, 'message_id' | 'date' | 'chat'> = { from };
    if (input.kind === 'photo') body.photo = photoSizes(file);
    else body.document = documentOf(file);
    if (input.caption) {
      body.caption = input.caption;
      const entities = detectUserEntities(input.caption);
      if (entities.length > 0) body.caption_entities = entities;
    }
    this.attachReply(body, chat, input.replyToMessageId);
    if (chat.platform === 'zalo') {
      // Zalo brings images to a bot as a URL; other files do not reach it.
      const stored = this.state.appendMessage(chat.chat.id, body, { fromBot: false });
      if (input.kind === 'photo')
        deliverToZaloBot(this.state, chat, stored.message, `${this.state.baseUrl}/sandbox/api/files/${encodeURIComponent(file.filePath)}`);
      return stored.message;
    }
    return this.deliver(chat, body);
  }

  /** Returns the callback query id; the bot's answer lands in `state.callbacks`. */
  pressButton(input: PressButtonInput): string {
    const { chat, from } = this.speaker(input.chatId, input.fromUserId);
    const stored = this.state.findMessage(chat.chat.id, input.messageId);
    if (!stored) throw new Error(`message ${input.messageId} not found in chat ${input.chatId}`);
    const buttons = stored.message.reply_markup?.inline_keyboard.flat() ?? [];
    if (!buttons.some((button) => button.callback_data === input.data)) {
      throw new Error(`message ${input.messageId} has no button with data "${input.data}"`);
    }
    const id = this.state.uniqueId('cb');
    const record: CallbackRecord = { id, chatId: chat.chat.id, messageId: input.messageId, fromUserId: from.id, data: input.data, answered: false };
    this.state.callbacks.set(id, record);
    if (this.botPresent(chat)) {
      this.state.pushUpdate({
        callback_query: { id, from, message: stored.message, chat_instance: String(chat.chat.id), data: input.data },
      });
    }
    return id;
  }

  /** Resolves when the bot answers the callback query, or with the unanswered record after timeoutMs. */
  waitForCallbackAnswer(id: string, timeoutMs = 5_000): Promise<CallbackRecord | undefined> {
    return new Promise((resolve) => {
      const check = (): boolean => {
        const record = this.state.callbacks.get(id);
        if (record?.answered) {
          done(record);
          return true;
        }
        return false;
      };
      const done = (record: CallbackRecord | undefined) => {
        clearTimeout(timer);
        unsubscribe();
        resolve(record);
      };
      const timer = setTimeout(() => done(this.state.callbacks.get(id)), timeoutMs);
      const unsubscribe = this.state.onChange(check);
      check();
    });
  }

  /** Like Telegram: a my_chat_member update and a service message with new_chat_members. */
  addBotToChat(chatId: number, byUserId: number, asAdmin = false): void {
    const chat = this.state.chatOrThrow(chatId);
    const by = this.state.userOrThrow(byUserId);
    const oldStatus = chat.botStatus;
    chat.botStatus = asAdmin ? 'administrator' : 'member';
    this.state.changed();
    // Zalo tells a bot nothing when it is added to (or removed from) a group.
    if (chat.platform === 'zalo') return;
    const date = this.state.unixNow();
    this.state.pushUpdate({
      my_chat_member: {
        chat: chat.chat,
        from: by,
        date,
        old_chat_member: { status: oldStatus, user: this.state.bot },
        new_chat_member: { status: chat.botStatus, user: this.state.bot },
      },
    });
    const stored = this.state.appendMessage(chatId, { from: by, new_chat_members: [this.state.bot] }, { fromBot: false });
    this.state.pushUpdate({ message: stored.message });
  }

  /** The bot is kicked: it gets my_chat_member, then 403 on every send to the chat. */
  removeBotFromChat(chatId: number, byUserId?: number): void {
    const chat = this.state.chatOrThrow(chatId);
    const by = byUserId === undefined ? this.firstOwner(chat) : this.state.userOrThrow(byUserId);
    const oldStatus = chat.botStatus;
    chat.botStatus = 'kicked';
    this.state.appendMessage(chatId, { from: by, left_chat_member: this.state.bot }, { fromBot: false });
    if (chat.platform === 'zalo') return;
    this.state.pushUpdate({
      my_chat_member: {
        chat: chat.chat,
        from: by,
        date: this.state.unixNow(),
        old_chat_member: { status: oldStatus, user: this.state.bot },
        new_chat_member: { status: 'kicked', user: this.state.bot, until_date: 0 },
      },
    });
  }

  private speaker(chatId: number, userId: number): { chat: SandboxChat; from: TgUser } {
    const from = this.state.userOrThrow(userId);
    if (chatId === userId && !this.state.chats.has(chatId)) this.state.createChat({ id: chatId, type: 'private' });
    const chat = this.state.chatOrThrow(chatId);
    if (chat.chat.type !== 'private') {
      const status = chat.members.get(userId);
      if (!status || status === 'left' || status === 'kicked') throw new Error(`user ${userId} is not a member of chat ${chatId}`);
    }
    return { chat, from };
  }

  private attachReply(body: Omit<TgMessage, 'message_id' | 'date' | 'chat'>, chat: SandboxChat, replyTo?: number): void {
    if (replyTo === undefined) return;
    const target = this.state.findMessage(chat.chat.id, replyTo);
    if (!target) throw new Error(`message ${replyTo} not found in chat ${chat.chat.id}`);
    body.reply_to_message = withoutNestedReply(target.message);
  }

  private deliver(chat: SandboxChat, body: Omit<TgMessage, 'message_id' | 'date' | 'chat'>): TgMessage {
    const stored = this.state.appendMessage(chat.chat.id, body, { fromBot: false });
    if (chat.platform === 'zalo') {
      deliverToZaloBot(this.state, chat, stored.message);
      return stored.message;
    }
    if (this.botPresent(chat) && this.botSees(chat, stored.message)) this.state.pushUpdate({ message: stored.message });
    return stored.message;
  }

  private botPresent(chat: SandboxChat): boolean {
    return chat.botStatus !== 'left' && chat.botStatus !== 'kicked';
  }

  private botSees(chat: SandboxChat, message: TgMessage): boolean {
    if (!this.privacyMode || chat.chat.type === 'private' || chat.botStatus === 'administrator') return true;
    if (message.reply_to_message?.from?.id === this.state.bot.id) return true;
    const text = message.text ?? message.caption ?? '';
    const entities = message.entities ?? message.caption_entities ?? [];
    const username = this.state.bot.username?.toLowerCase();
    return entities.some((entity) => {
      const token = text.slice(entity.offset, entity.offset + entity.length).toLowerCase();
      if (entity.type === 'bot_command') {
        const target = token.split('@')[1];
        return entity.offset === 0 && (target === undefined || target === username);
      }
      return entity.type === 'mention' && token === `@${username}`;
    });
  }

  private firstOwner(chat: SandboxChat): TgUser {
    for (const [userId, status] of chat.members) {
      const user = this.state.users.get(userId);
      if (user && (status === 'creator' || status === 'administrator')) return user;
    }
    const anyone = [...chat.members.keys()].map((id) => this.state.users.get(id)).find((user) => user !== undefined);
    if (!anyone) throw new Error(`chat ${chat.chat.id} has no members to remove the bot`);
    return anyone;
  }

  private freeUserId(): number {
    let id = 200_001;
    while (this.state.users.has(id)) id += 1;
    return id;
  }

  private freeChatId(): number {
    let id = -4_000_000_001;
    while (this.state.chats.has(id)) id -= 1;
    return id;
  }
}
