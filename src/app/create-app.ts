import { hostname } from 'node:os';
import { createDocumentOutputs } from '../reports/document-outputs.ts';
import { createPlanFiles } from '../plan-import/plan-files.ts';
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
import type { Logger } from '../logger.ts';
import { createTaskMessageLinker } from '../outbox/link-task-messages.ts';
import { createOutboxSender, type OutboxSender } from '../outbox/outbox-sender.ts';
import { createTelegramTransport } from '../channels/telegram/telegram-transport.ts';
import { createScheduler, type Scheduler } from '../scheduler/create-scheduler.ts';
import type { Transport } from '../outbox/transport.ts';
import { StartupError } from '../startup-error.ts';
import { type BotHttpServer, startBotHttpServer } from './bot-http-server.ts';
import { connectZalo, wireZalo, type ZaloConnection } from './connect-zalo.ts';
import { createChatBlockedNotifier } from './notify-chat-blocked.ts';

export interface AppOptions {
  config: Config;
  logger: Logger;
  clock: Clock;
  /** Telegram's bot token; without one the bot runs on Zalo only */
  token?: string | undefined;
  /** a Bot-API-compatible server (the sandbox); defaults to config.TELEGRAM_API_ROOT */
  apiRoot?: string;
  /** direct replies through grammY's throttler and auto-retry (off in benchmarks of raw handling) */
  throttleReplies?: boolean;
  /** long-polling timeout; short in tests so stop() is quick */
  pollingTimeoutSeconds?: number;
  /** Zalo's token and API root; default ZALO_BOT_TOKEN and ZALO_API_ROOT (none: Telegram only) */
  zalo?: ZaloConnection;
}

export interface App {
  deps: AppDeps;
  db: Database;
  sender: OutboxSender;
  scheduler: Scheduler;
  /** the bot's own HTTP server (Zalo webhook, file links) once started; null without Zalo */
  http(): BotHttpServer | null;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds every long-lived object of the bot from configuration; main.ts and end-to-end tests use it. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger, clock, token } = options;
  const apiRoot = options.apiRoot ?? config.TELEGRAM_API_ROOT;
  const zaloConnection = options.zalo ?? (config.ZALO_BOT_TOKEN ? { token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_API_ROOT } : undefined);
  if (!token && !zaloConnection)
    throw new StartupError('Chưa có BOT_TOKEN (Telegram) hay ZALO_BOT_TOKEN (Zalo): cần ít nhất một trong hai (xem .env.example).', 2);
  const db = await openDatabase(config.DATABASE_URL);
  const base = createStores(db);
  // The running bot remembers chats and senders briefly (see cached-chat-store.ts); tools and tests use the plain stores.
  const stores = { ...base, chats: withChatCache(base.chats) };
  const telegramLink = token ? await connectTelegram(token, apiRoot) : null;
  const zaloLink = zaloConnection ? await connectZalo(zaloConnection) : null;
  const deps: AppDeps = {
    config,
    stores,
    outbox: stores.outbox,
    clock,
    logger,
    botUsername: telegramLink?.me.username ?? zaloLink?.me.account_name ?? '',
    outputs: createDocumentOutputs(),
    planFiles: createPlanFiles(),
  };
  const quietHours = parseQuietHours(config.QUIET_HOURS);
  const telegram =
    token && telegramLink
      ? createBot({
          ...deps,
          token,
          apiRoot,
          botInfo: telegramLink.me,
          ...(options.throttleReplies === false ? { api: { retry: false, throttle: false } } : {}),
          ...(options.pollingTimeoutSeconds !== undefined ? { pollingTimeoutSeconds: options.pollingTimeoutSeconds } : {}),
        })
      : null;
  let http: BotHttpServer | null = null;
  const zalo = zaloLink
    ? wireZalo({
        deps,
        config,
        logger,
        api: zaloLink.api,
        me: zaloLink.me,
        publicBaseUrl: () => config.PUBLIC_BASE_URL ?? `http://127.0.0.1:${http?.port ?? config.HTTP_PORT}`,
      })
    : null;
  const transports: Record<string, Transport> = {};
  if (telegramLink) transports.telegram = createTelegramTransport(telegramLink.api);
  if (zalo) transports.zalo = zalo.transport;
  const sender = createOutboxSender({
    queue: stores.outbox,
    transport: (transports.telegram ?? transports.zalo)!,
    transports,
    clock,
    logger,
    owner: `${hostname()}:${process.pid}`,
    limits: { perSecond: config.SEND_PER_SECOND, perChatPerMinute: config.SEND_PER_CHAT_PER_MINUTE },
    quietHours,
    idleMs: 500,
    onChatBlocked: createChatBlockedNotifier(stores, clock),
    onSent: createTaskMessageLinker(stores.tasks),
  });
  const scheduler = createScheduler({
    jobs: ALL_JOBS,
    deps: { stores, outbox: stores.outbox, logger, calendar: vietnamCalendar, quietHours, renderChart: deps.outputs.renderChart },
    clock,
  });
  let started = false;
  return {
    deps,
    db,
    sender,
    scheduler,
    http: () => http,
    async start() {
      if (zalo) {
        const routes = [zalo.channel.route, zalo.shelf.serve].filter((route) => route !== null);
        http = await startBotHttpServer(routes, config.HTTP_PORT, logger);
        await zalo.channel.start();
      }
      await telegram?.start();
      sender.start();
      await scheduler.start();
      started = true;
      logger.info({ telegram: telegramLink?.me.username ?? null, zalo: zaloLink?.me.account_name ?? null, database: db.provider }, 'Điều phối đang chạy');
    },
    async stop() {
      if (started) {
        scheduler.stop();
        await telegram?.stop();
        await zalo?.channel.stop();
        await sender.stop();
        await http?.close();
      }
      await db.close();
    },
  };
}
