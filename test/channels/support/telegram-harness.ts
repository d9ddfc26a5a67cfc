import type { UserFromGetMe } from 'grammy/types';
import { createDocumentOutputs } from '../../../src/reports/document-outputs.ts';
import { createPlanFiles } from '../../../src/plan-import/plan-files.ts';
import pino from 'pino';
import type { AppDeps } from '../../../src/app-deps.ts';
import { configSchema } from '../../../src/config/config.ts';
import { ManualClock } from '../../../src/core/time/clock.ts';
import { type Database, openDatabase } from '../../../src/db/open-database.ts';
import { createStores, type Stores } from '../../../src/db/stores.ts';
import { createTelegramBot, type TelegramBot } from '../../../src/channels/telegram/build-bot.ts';
import type { DispatchRegistry } from '../../../src/dispatch/dispatch-registry.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-databases.ts';

export const BOT_ID = 7_000_000_001;
export const BOT_USERNAME = 'DieuPhoiBot';
export const botInfo: UserFromGetMe = {
  id: BOT_ID,
  is_bot: true,
  first_name: 'Điều phối',
  username: BOT_USERNAME,
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

// biome-ignore lint/suspicious/noExplicitAny: recorded request JSON is read loosely in assertions
type Json = Record<string, any>;

export interface ApiCall {
  method: string;
  payload: Json;
}

export interface Harness {
  db: Database;
  stores: Stores;
  clock: ManualClock;
  deps: AppDeps;
  telegram: TelegramBot;
  calls: ApiCall[];
  /** user ids that getChatMember reports as administrators, per chat id */
  admins: Map<number, Set<number>>;
  /** makes the next call of this method fail like Telegram would */
  failNext(method: string, description: string): void;
  sent(method?: string): ApiCall[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  registry: DispatchRegistry;
  secretariat?: string[];
  logs?: string[];
}

/** The bot on a temp SQLite database, its Bot API intercepted: every call recorded, answered with a plausible result. */
export async function createHarness(options: HarnessOptions): Promise<Harness> {
  const testDb: TestDatabase = await createTestDatabase('sqlite');
  const db = await openDatabase(testDb.url, { migrate: false });
  const stores = createStores(db);
  const clock = new ManualClock(new Date('2023-11-20T02:00:00Z'));
  const logs = options.logs;
  const logger = logs ? pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) }) : pino({ level: 'silent' });
  const config = configSchema.parse({ SECRETARIAT_USER_IDS: (options.secretariat ?? []).join(','), DATABASE_URL: testDb.url });
  const deps: AppDeps = {
    config,
    stores,
    clock,
    logger,
    botUsername: BOT_USERNAME,
    outputs: createDocumentOutputs(),
    planFiles: createPlanFiles(),
    outbox: { enqueue: async () => true, enqueueMany: async (inputs) => inputs.length, replaceWaiting: async () => false },
  };
  const telegram = createTelegramBot(deps, {
    token: '123456789:TESTtokenTESTtokenTESTtoken',
    registry: options.registry,
    botInfo,
    api: { retry: false, throttle: false },
  });
  const calls: ApiCall[] = [];
  const admins = new Map<number, Set<number>>();
  const failures = new Map<string, string>();
  let nextMessageId = 5000;
  telegram.bot.api.config.use(async (_prev, method, payload) => {
    const body: Json = { ...(payload as object) };
    calls.push({ method, payload: body });
    const failure = failures.get(method);
    if (failure !== undefined) {
      failures.delete(method);
      return { ok: false, error_code: 400, description: failure } as never;
    }
    let result: unknown = true;
    if (method === 'sendMessage' || method === 'editMessageText') {
      result = {
        message_id: method === 'sendMessage' ? nextMessageId++ : body.message_id,
        date: Math.floor(clock.now().getTime() / 1000),
        chat: { id: Number(body.chat_id), type: Number(body.chat_id) > 0 ? 'private' : 'supergroup', title: 'Nhóm' },
        from: { id: BOT_ID, is_bot: true, first_name: 'Điều phối', username: BOT_USERNAME },
        text: body.text,
      };
    } else if (method === 'getChatMember') {
      const isAdmin = admins.get(Number(body.chat_id))?.has(Number(body.user_id)) ?? false;
      result = { status: isAdmin ? 'administrator' : 'member', user: { id: Number(body.user_id), is_bot: false, first_name: 'Người dùng' } };
    }
    return { ok: true, result } as never;
  });
  return {
    db,
    stores,
    clock,
    deps,
    telegram,
    calls,
    admins,
    failNext: (method, description) => void failures.set(method, description),
    sent: (method = 'sendMessage') => calls.filter((call) => call.method === method),
    close: async () => {
      await db.close();
      await testDb.drop();
    },
  };
}
