import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { createDocumentOutputs } from '../../src/reports/document-outputs.ts';
import { createPlanFiles } from '../../src/plan-import/plan-files.ts';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { registry } from '../../commands/registry.ts';
import type { FileInput } from '../../commands/types.ts';
import type { AppDeps } from '../../src/app-deps.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { ChannelCapabilities } from '../../src/core/model/channel-capabilities.ts';
import { assertTelegramHtml } from './telegram-html.ts';
import { FileTooLargeError } from '../../src/core/model/file-too-large-error.ts';
import type { OutgoingMessage } from '../../src/core/model/outgoing.ts';
import type { ChatRecord } from '../../src/core/model/records.ts';
import type { Plan } from '../../src/core/plan/plan-model.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createBotStores } from '../../src/db/bot-stores.ts';
import { createStores, type Stores } from '../../src/db/stores.ts';
import type { ChannelSession } from '../../src/dispatch/channel-session.ts';
import { createDispatcher, type DispatchOutcome, type Dispatcher } from '../../src/dispatch/dispatch-event.ts';
import type { InboundEvent, Platform } from '../../src/dispatch/inbound-event.ts';
import { parseCommandText } from '../../src/dispatch/parse-command-text.ts';
import { FakeOutbox } from './fake-outbox.ts';
import { createTaskCardRefresher } from '../../src/core/usecases/render-task-cards.ts';
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

/** How a Zalo member writes the bot's name in a group */
export const BOT_MENTION = '@Điều phối';

export interface Reply extends OutgoingMessage {
  chatExternalId: string;
}

/** Where the harness pretends to be: Telegram (reply threads), or a messenger without them (Zalo groups). */
const HARNESS_CAPABILITIES: Record<Platform, ChannelCapabilities> = {
  telegram: { textLimit: 4096, buttons: true, edits: true, documents: true, photos: true, replyThreads: true, groupReading: 'replies_and_commands' },
  zalo: { textLimit: 2000, buttons: false, edits: false, documents: true, photos: true, replyThreads: false, groupReading: 'mentions_only' },
};

interface SendOptions {
  messageId?: string;
  platform?: Platform;
  /** the update carries no chat title (Zalo's do not) */
  untitled?: boolean;
  /** a command the registry does not know, sent on purpose (a user's typo) */
  unknown?: boolean;
}

/**
 * Drives commands, buttons, replies and files as a messenger would: each becomes an InboundEvent
 * handed to the same dispatcher the Telegram channel calls (src/dispatch), over real stores. The
 * harness routes nothing itself; it only records what the bot said through its session.
 */
export class CommandHarness {
  readonly replies: Reply[] = [];
  readonly toasts: string[] = [];
  readonly edits: OutgoingMessage[] = [];
  /** reactions the bot set: on which message of which chat */
  readonly reactions: { chatExternalId: string; messageId: string; emoji: string }[] = [];
  /** every event handed to the dispatcher, in order */
  readonly events: InboundEvent[] = [];
  readonly dispatcher: Dispatcher;
  private nextMessageId = 100;
  private nextUpdateId = 1;
  /** update keys of two harnesses on one database (a "restart") must not look like redeliveries */
  private readonly instance = randomUUID().slice(0, 8);
  /** bytes of the files people sent, by file id, for downloadFile */
  readonly files = new Map<string, Uint8Array>();

  constructor(
    readonly stores: Stores,
    readonly outbox: FakeOutbox,
    readonly clock: ManualClock,
    readonly deps: AppDeps,
    readonly planId: number,
  ) {
    this.dispatcher = createDispatcher(deps, registry);
  }

  async chat(externalId: string, platform: Platform = 'telegram'): Promise<ChatRecord> {
    return this.stores.chats.ensureChat({ platform, externalId, title: `Nhóm ${externalId}` });
  }

  private session(chatExternalId: string, action: boolean, platform: Platform): ChannelSession {
    const session: ChannelSession = {
      capabilities: HARNESS_CAPABILITIES[platform],
      botUsername: this.deps.botUsername,
      reply: async (message) => {
        assertTelegramHtml(message.html);
        this.replies.push({ ...message, chatExternalId });
        return [{ messageId: String(this.nextMessageId++) }];
      },
      isChatAdmin: async () => false,
      downloadFile: async (fileId, maxBytes) => {
        const bytes = this.files.get(fileId);
        if (!bytes) throw new Error(`no file ${fileId}`);
        if (bytes.length > maxBytes) throw new FileTooLargeError(bytes.length, maxBytes);
        return bytes;
      },
    };
    if (action) {
      session.answerAction = async (text) => {
        // Telegram refuses a callback answer over 200 characters (MESSAGE_TOO_LONG), as the sandbox does
        if (text !== undefined && text.length > 200) throw new Error(`toast over 200 characters: ${text}`);
        if (text !== undefined) this.toasts.push(text);
      };
      session.editActionMessage = async (message) => {
        assertTelegramHtml(message.html);
        this.edits.push(message);
      };
    } else {
      session.react = async (messageId, emoji) => void this.reactions.push({ chatExternalId, messageId, emoji });
    }
    return session;
  }

  private base(chatExternalId: string, user: TestUser, options: SendOptions) {
    return {
      platform: options.platform ?? 'telegram',
      updateKey: `harness-${this.instance}-${this.nextUpdateId++}`,
      chat: {
        externalId: chatExternalId,
        type: chatExternalId.startsWith('-') ? 'group' : 'private',
        title: options.untitled ? null : `Nhóm ${chatExternalId}`,
      },
      user: { externalId: user.id, name: user.name, username: null },
      messageId: options.messageId ?? String(this.nextMessageId++),
    } as const;
  }

  /** Hands one event to the dispatcher; a handler's error fails the test instead of becoming an apology. */
  async dispatch(event: InboundEvent): Promise<DispatchOutcome> {
    this.events.push(event);
    const outcome = await this.dispatcher.dispatch(event, this.session(event.chat.externalId, event.kind === 'action', event.platform));
    if (outcome.status === 'failed') throw outcome.error;
    return outcome;
  }

  private async collect(run: () => Promise<unknown>): Promise<Reply[]> {
    const start = this.replies.length;
    await run();
    return this.replies.slice(start);
  }

  /** Sends "/cmd args" and returns the answers it produced. */
  async send(chatExternalId: string, user: TestUser, text: string, options: SendOptions = {}): Promise<Reply[]> {
    const command = parseCommandText(text.trim());
    if (!command || (!options.unknown && !registry.findCommand(command.name))) throw new Error(`unknown command ${text.split(' ')[0]}`);
    return this.collect(() => this.dispatch({ ...this.base(chatExternalId, user, options), kind: 'command', ...command }));
  }

  async press(chatExternalId: string, user: TestUser, data: string, messageId = '1'): Promise<Reply[]> {
    return this.collect(() => this.dispatch({ ...this.base(chatExternalId, user, { messageId }), kind: 'action', payload: data }));
  }

  async replyTo(chatExternalId: string, user: TestUser, replyToMessageId: string, text: string): Promise<{ handled: boolean; replies: Reply[] }> {
    let handled = false;
    const replies = await this.collect(async () => {
      const event: InboundEvent = { ...this.base(chatExternalId, user, {}), kind: 'text', text, replyToMessageId, repliesToBot: true };
      handled = (await this.dispatch(event)).status === 'handled';
    });
    return { handled, replies };
  }

  /** Text that mentions the bot, as a group without reply threads delivers it ("@Điều phối P5-01 xong rồi"). */
  async mention(chatExternalId: string, user: TestUser, text: string, options: SendOptions = {}): Promise<{ handled: boolean; replies: Reply[] }> {
    let handled = false;
    const replies = await this.collect(async () => {
      const event: InboundEvent = { ...this.base(chatExternalId, user, options), kind: 'text', text, mentionsBot: true, botMention: BOT_MENTION };
      handled = (await this.dispatch(event)).status === 'handled';
    });
    return { handled, replies };
  }

  async sendFile(chatExternalId: string, user: TestUser, replyToMessageId: string, file: FileInput): Promise<Reply[]> {
    return this.collect(() => this.dispatch({ ...this.base(chatExternalId, user, {}), kind: 'file', file, replyToMessageId, repliesToBot: true }));
  }

  /** A photo or document sent on its own, not replying (as on Zalo, where a caption names the task). */
  /** `addressed`: the file names the bot (a Zalo caption's mention), as the channel marks it. */
  async sendLooseFile(
    chatExternalId: string,
    user: TestUser,
    file: FileInput,
    options: SendOptions = {},
    addressed: { mentionsBot: boolean; botMention?: string } = { mentionsBot: false },
  ): Promise<Reply[]> {
    return this.collect(() => this.dispatch({ ...this.base(chatExternalId, user, options), kind: 'file', file, ...addressed }));
  }

  /** A document sent on its own (not as a reply), as the channel hands it to the file handlers. */
  async sendDocument(chatExternalId: string, user: TestUser, document: { fileName: string; bytes: Uint8Array; reportedSize?: number }): Promise<Reply[]> {
    const fileId = `doc-${this.files.size + 1}`;
    this.files.set(fileId, document.bytes);
    const file: FileInput = { kind: 'document', fileId, fileName: document.fileName, size: document.reportedSize ?? document.bytes.length };
    return this.collect(() => this.dispatch({ ...this.base(chatExternalId, user, {}), kind: 'file', file }));
  }

  /** The outbox "sends" what is queued; returns the messages delivered now. */
  deliver() {
    const refresher = createTaskCardRefresher({ stores: this.stores, outbox: this.outbox });
    return this.outbox.deliver(this.stores.tasks, { refresher, now: this.clock.now() });
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

export interface HarnessOptions {
  start?: Date;
  /** changes to the seed plan before it is imported (e.g. a recurring duty added) */
  adjustPlan?: (plan: Plan) => Plan;
  /** the running bot's stores (createBotStores, with its caches) instead of the plain ones */
  botStores?: boolean;
}

export async function createHarness(db: Database, options: HarnessOptions = {}): Promise<CommandHarness> {
  const stores = options.botStores ? createBotStores(db) : createStores(db);
  const seed = await loadSeedPlan();
  const plan = options.adjustPlan ? options.adjustPlan(seed) : seed;
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
export function withHarness(options: { per: 'all' | 'each' } & HarnessOptions, ready: (harness: CommandHarness, db: Database) => Promise<void>): void {
  let testDb: TestDatabase | undefined;
  let db: Database | undefined;
  const [before, after] = options.per === 'all' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(async () => {
    testDb = await createTestDatabase('sqlite');
    db = await openDatabase(testDb.url, { migrate: false });
    const { per: _per, ...harnessOptions } = options;
    await ready(await createHarness(db, harnessOptions), db);
  });
  after(async () => {
    await db?.close();
    await testDb?.drop();
  });
}
