import pino from 'pino';
import { createDocumentOutputs } from '../../src/reports/document-outputs.ts';
import { createPlanFiles } from '../../src/plan-import/plan-files.ts';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { findCommand, replyHandlers, fileHandlers } from '../../commands/registry.ts';
import { runButton, runCommand } from '../../commands/run-command.ts';
import type { CommandContext, FileInput } from '../../commands/types.ts';
import type { AppDeps } from '../../src/app-deps.ts';
import { loadConfig } from '../../src/config/config.ts';
import { FileTooLargeError } from '../../src/core/model/file-too-large-error.ts';
import type { OutgoingMessage } from '../../src/core/model/outgoing.ts';
import type { ChatRecord } from '../../src/core/model/records.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createStores, type Stores } from '../../src/db/stores.ts';
import { FakeOutbox } from './fake-outbox.ts';
import { loadSeedPlan } from './stores.ts';
import { createTestDatabase, type TestDatabase } from './test-databases.ts';

export interface TestUser {
  id: string;
  name: string;
}

export const SECRETARY: TestUser = { id: '1001', name: 'Thư ký Lan' };
export const FOCAL: TestUser = { id: '2001', name: 'Anh Minh' };
export const OTHER: TestUser = { id: '3001', name: 'Chị Hoa' };

export const STEERING_CHAT = '-1001';
export const CAP5_CHAT = '-2005';
export const CATP_CHAT = '-2001';

export interface Reply extends OutgoingMessage {
  chatExternalId: string;
}

/** Drives commands, buttons and replies the way the Telegram channel would, over real stores. */
export class CommandHarness {
  readonly replies: Reply[] = [];
  readonly toasts: string[] = [];
  readonly edits: OutgoingMessage[] = [];
  /** reactions the bot set: on which message of which chat */
  readonly reactions: { chatExternalId: string; messageId: string; emoji: string }[] = [];
  private nextMessageId = 100;
  /** bytes of the files people sent, by file id, for downloadFile */
  readonly files = new Map<string, Uint8Array>();

  constructor(
    readonly stores: Stores,
    readonly outbox: FakeOutbox,
    readonly clock: ManualClock,
    readonly deps: AppDeps,
    readonly planId: number,
  ) {}

  async chat(externalId: string): Promise<ChatRecord> {
    return this.stores.chats.ensureChat({ platform: 'telegram', externalId, title: `Nhóm ${externalId}` });
  }

  async context(
    chatExternalId: string,
    user: TestUser,
    extra: { replyToMessageId?: string; messageId?: string; button?: boolean } = {},
  ): Promise<CommandContext> {
    const chat = await this.chat(chatExternalId);
    const member = await this.stores.chats.findMember(chat.id, user.id);
    const messageId = extra.messageId ?? String(this.nextMessageId++);
    const ctx: CommandContext = {
      deps: this.deps,
      platform: 'telegram',
      chat,
      user: { id: user.id, name: user.name, username: null, isChatAdmin: false },
      member,
      isSecretariat: this.deps.config.SECRETARIAT_USER_IDS.includes(user.id),
      locale: chat.locale,
      now: this.clock.now(),
      messageId,
      ...(extra.replyToMessageId ? { replyToMessageId: extra.replyToMessageId } : {}),
      reply: async (message) => {
        this.replies.push({ ...message, chatExternalId });
        return [{ messageId: String(this.nextMessageId++) }];
      },
      sendTo: async (_chatId, message) => {
        this.replies.push({ ...message, chatExternalId: `internal:${_chatId}` });
        return [{ messageId: String(this.nextMessageId++) }];
      },
      downloadFile: async (file, maxBytes) => {
        const bytes = this.files.get(file.fileId);
        if (!bytes) throw new Error(`no file ${file.fileId}`);
        if (bytes.length > maxBytes) throw new FileTooLargeError(bytes.length, maxBytes);
        return bytes;
      },
    };
    if (!extra.button) ctx.react = async (emoji) => void this.reactions.push({ chatExternalId, messageId, emoji });
    if (extra.button) {
      ctx.answerButton = async (text) => {
        // Telegram refuses a callback answer over 200 characters (MESSAGE_TOO_LONG), as the sandbox does
        if (text.length > 200) throw new Error(`toast over 200 characters: ${text}`);
        this.toasts.push(text);
      };
      ctx.editButtonMessage = async (message) => void this.edits.push(message);
    }
    return ctx;
  }

  /** Sends "/cmd args" and returns the answers it produced. */
  async send(chatExternalId: string, user: TestUser, text: string): Promise<Reply[]> {
    const start = this.replies.length;
    const [head = '', ...rest] = text.split(' ');
    const definition = findCommand(head);
    if (!definition) throw new Error(`unknown command ${head}`);
    await runCommand(definition, await this.context(chatExternalId, user), rest.join(' '));
    return this.replies.slice(start);
  }

  async press(chatExternalId: string, user: TestUser, data: string, messageId = '1'): Promise<Reply[]> {
    const start = this.replies.length;
    await runButton(await this.context(chatExternalId, user, { button: true, messageId }), data);
    return this.replies.slice(start);
  }

  async replyTo(chatExternalId: string, user: TestUser, replyToMessageId: string, text: string): Promise<{ handled: boolean; replies: Reply[] }> {
    const start = this.replies.length;
    const ctx = (await this.context(chatExternalId, user, { replyToMessageId })) as CommandContext & { replyToMessageId: string };
    let handled = false;
    for (const handler of replyHandlers) {
      handled = await handler.handle(ctx, text);
      if (handled) break;
    }
    return { handled, replies: this.replies.slice(start) };
  }

  async sendFile(chatExternalId: string, user: TestUser, replyToMessageId: string, file: FileInput): Promise<Reply[]> {
    const start = this.replies.length;
    const ctx = (await this.context(chatExternalId, user, { replyToMessageId })) as CommandContext & { replyToMessageId: string };
    for (const handler of fileHandlers) if (await handler.handle(ctx, file)) break;
    return this.replies.slice(start);
  }

  /** A document sent on its own (not as a reply), as the channel hands it to the file handlers. */
  async sendDocument(chatExternalId: string, user: TestUser, document: { fileName: string; bytes: Uint8Array; reportedSize?: number }): Promise<Reply[]> {
    const start = this.replies.length;
    const fileId = `doc-${this.files.size + 1}`;
    this.files.set(fileId, document.bytes);
    const ctx = await this.context(chatExternalId, user);
    const file: FileInput = { kind: 'document', fileId, fileName: document.fileName, size: document.reportedSize ?? document.bytes.length };
    for (const handler of fileHandlers) if (await handler.handle(ctx, file)) break;
    return this.replies.slice(start);
  }

  /** The outbox "sends" what is queued; returns the messages delivered now. */
  deliver() {
    return this.outbox.deliver(this.stores.tasks);
  }

  /** The delivered message id of the task message posted to a chat. */
  async taskMessageId(chatExternalId: string, taskCode: string): Promise<string> {
    const chat = await this.chat(chatExternalId);
    const task = await this.stores.tasks.findTaskByCode(taskCode);
    await this.deliver();
    const message = this.outbox.queued.find((q) => q.chatId === chat.id && q.kind === 'task' && q.link?.taskId === task?.id);
    if (!message?.messageId) throw new Error(`no task message for ${taskCode} in ${chatExternalId}`);
    return message.messageId;
  }

  /** Steering group bound, CAP5 group bound through /moi + /ketnoi. */
  async bindSteeringAndUnit(unitCode = 'CAP5', chatExternalId = CAP5_CHAT): Promise<void> {
    if (!(await this.stores.chats.listChats({ kind: 'steering' })).length) await this.send(STEERING_CHAT, SECRETARY, '/batdau');
    const [invite] = await this.send(STEERING_CHAT, SECRETARY, `/moi ${unitCode}`);
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    if (!code) throw new Error(`no code in ${invite?.html}`);
    await this.send(chatExternalId, FOCAL, `/ketnoi ${code}`);
  }

  /** A snapshot of what authority rules must leave untouched. */
  async snapshot() {
    const tasks = await this.stores.tasks.listTasks();
    const reports = await Promise.all(tasks.map((task) => this.stores.reports.history(task.id, 500)));
    const audit = await this.stores.audit.list({});
    // the channel creates a row for every chat it hears from; bindings are what must not change
    const chats = (await this.stores.chats.listChats()).filter((c) => c.kind !== 'unbound');
    return { tasks, reports, audit: audit.length, chats, outbox: this.outbox.queued.length };
  }
}

/** 09:00 on 27/02/2023, the first day of phase 1. */
export const START = vietnamInstant(2023, 2, 27, 9, 0);

export async function createHarness(db: Database, options: { start?: Date } = {}): Promise<CommandHarness> {
  const stores = createStores(db);
  const plan = await loadSeedPlan();
  const clock = new ManualClock(options.start ?? START);
  const summary = await stores.plans.importPlan(plan, { actor: { id: 'test' }, at: clock.now() });
  await stores.tasks.activatePlan(summary.planId, { id: 'test' }, clock.now());
  const loaded = loadConfig({ SECRETARIAT_USER_IDS: SECRETARY.id });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const outbox = new FakeOutbox();
  const deps: AppDeps = {
    config: loaded.config,
    stores,
    outbox,
    clock,
    logger: pino({ level: 'silent' }),
    botUsername: 'dieuphoi_bot',
    outputs: createDocumentOutputs(),
    planFiles: createPlanFiles(),
  };
  return new CommandHarness(stores, outbox, clock, deps, summary.planId);
}

/**
 * A fresh SQLite database with the seed plan imported and activated, and a harness over it, for every
 * test ('each') or once for the suite ('all'); `ready` runs after it is built (bind groups, report…).
 */
export function withHarness(options: { per: 'all' | 'each'; start?: Date }, ready: (harness: CommandHarness, db: Database) => Promise<void>): void {
  let testDb: TestDatabase | undefined;
  let db: Database | undefined;
  const [before, after] = options.per === 'all' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(async () => {
    testDb = await createTestDatabase('sqlite');
    db = await openDatabase(testDb.url, { migrate: false });
    await ready(await createHarness(db, options.start ? { start: options.start } : {}), db);
  });
  after(async () => {
    await db?.close();
    await testDb?.drop();
  });
}
