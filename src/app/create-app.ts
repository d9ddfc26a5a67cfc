import { hostname } from 'node:os';
import { createDocumentOutputs } from '../reports/document-outputs.ts';
import { ALL_JOBS } from '../../jobs/index.ts';
import type { AppDeps } from '../app-deps.ts';
import { connectTelegram } from '../channels/telegram/check-telegram.ts';
import { createBot } from '../channels/telegram/create-bot.ts';
import type { Config } from '../config/config.ts';
import { parseQuietHours } from '../core/time/quiet-hours.ts';
import { vietnamCalendar } from '../core/time/work-calendar.ts';
import type { Clock } from '../core/time/clock.ts';
import { type Database, openDatabase } from '../db/open-database.ts';
import { withChatCache } from '../db/cached-chat-store.ts';
import { createStores } from '../db/stores.ts';
import { createPgLeaderLock, SCHEDULER_LOCK } from '../db/pg-leader-lock.ts';
import { createPgSendBudget } from '../db/repositories/send-budget-repository.ts';
import type { Logger } from '../logger.ts';
import { createTaskMessageLinker } from '../outbox/link-task-messages.ts';
import { createOutboxSender, type OutboxSender } from '../outbox/outbox-sender.ts';
import { createTelegramTransport } from '../channels/telegram/telegram-transport.ts';
import { createScheduler, type Scheduler } from '../scheduler/create-scheduler.ts';
import { createChatBlockedNotifier } from './notify-chat-blocked.ts';

export interface AppOptions {
  config: Config;
  logger: Logger;
  clock: Clock;
  token: string;
  /** a Bot-API-compatible server (the sandbox); defaults to config.TELEGRAM_API_ROOT */
  apiRoot?: string;
  /** direct replies through grammY's throttler and auto-retry (off in benchmarks of raw handling) */
  throttleReplies?: boolean;
  /** long-polling timeout; short in tests so stop() is quick */
  pollingTimeoutSeconds?: number;
}

export interface App {
  deps: AppDeps;
  db: Database;
  sender: OutboxSender;
  scheduler: Scheduler;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds every long-lived object of the bot from configuration; main.ts and end-to-end tests use it. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger, clock, token } = options;
  const apiRoot = options.apiRoot ?? config.TELEGRAM_API_ROOT;
  const db = await openDatabase(config.DATABASE_URL);
  const base = createStores(db);
  // The running bot remembers chats and senders briefly (see cached-chat-store.ts); tools and tests use the plain stores.
  const stores = { ...base, chats: withChatCache(base.chats) };
  const { api, me } = await connectTelegram(token, apiRoot);
  const deps: AppDeps = { config, stores, outbox: stores.outbox, clock, logger, botUsername: me.username, outputs: createDocumentOutputs() };
  const quietHours = parseQuietHours(config.QUIET_HOURS);
  const telegram = createBot({
    ...deps,
    token,
    apiRoot,
    botInfo: me,
    ...(options.throttleReplies === false ? { api: { retry: false, throttle: false } } : {}),
    ...(options.pollingTimeoutSeconds !== undefined ? { pollingTimeoutSeconds: options.pollingTimeoutSeconds } : {}),
  });
  const limits = { perSecond: config.SEND_PER_SECOND, perChatPerMinute: config.SEND_PER_CHAT_PER_MINUTE };
  const sender = createOutboxSender({
    queue: stores.outbox,
    transport: createTelegramTransport(api),
    clock,
    logger,
    owner: `${hostname()}:${process.pid}`,
    limits,
    // Several instances on PostgreSQL share one budget per bot token; SQLite keeps it in this process.
    ...(db.provider === 'postgresql' ? { budget: createPgSendBudget(db, { botId: String(me.id), ...limits }) } : {}),
    quietHours,
    idleMs: 500,
    onChatBlocked: createChatBlockedNotifier(stores, clock),
    onSent: createTaskMessageLinker(stores.tasks),
  });
  const scheduler = createScheduler({
    jobs: ALL_JOBS,
    deps: { stores, outbox: stores.outbox, logger, calendar: vietnamCalendar, quietHours, renderChart: deps.outputs.renderChart },
    clock,
    // Several instances on PostgreSQL: one ticks (advisory lock); SQLite is one process.
    ...(db.provider === 'postgresql' ? { leadership: createPgLeaderLock({ databaseUrl: config.DATABASE_URL, lock: SCHEDULER_LOCK }) } : {}),
  });
  let started = false;
  return {
    deps,
    db,
    sender,
    scheduler,
    async start() {
      await telegram.start();
      sender.start();
      await scheduler.start();
      started = true;
      logger.info({ bot: me.username, database: db.provider }, 'Điều phối đang chạy');
    },
    async stop() {
      if (started) {
        await scheduler.stop();
        await telegram.stop();
        await sender.stop();
      }
      await db.close();
    },
  };
}
