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
import { createBotMetrics } from './operations/metrics.ts';
import { createOpsRoutes, type OpsServer, startOpsServer } from './operations/ops-routes.ts';

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
  /** the HTTP server of GET /healthz and /metrics in polling mode (HTTP_PORT), once started */
  opsServer(): OpsServer | null;
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
  // Filled in below; the metrics and health read them only when asked (after start).
  const schedulerStatus = () => scheduler.status();
  const metrics = createBotMetrics({ outboxDepth: () => stores.outbox.pendingCount(), scheduler: schedulerStatus, now: () => clock.now() });
  const routes = createOpsRoutes(
    {
      pingDatabase: async () => {
        await db.prisma.$queryRawUnsafe('SELECT 1');
      },
      outboxDepth: () => stores.outbox.pendingCount(),
      outboxNextDueAt: () => stores.outbox.nextDueAt(),
      scheduler: schedulerStatus,
      now: () => clock.now(),
    },
    metrics,
  );
  const telegram = createBot({
    ...deps,
    token,
    apiRoot,
    botInfo: me,
    ...(options.throttleReplies === false ? { api: { retry: false, throttle: false } } : {}),
    ...(options.pollingTimeoutSeconds !== undefined ? { pollingTimeoutSeconds: options.pollingTimeoutSeconds } : {}),
    httpRoutes: routes,
    onUpdateHandled: (kind, seconds) => metrics.updateHandled(kind, seconds),
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
    onOutcome: (outcome) => metrics.sendOutcome(outcome),
  });
  const scheduler = createScheduler({
    jobs: ALL_JOBS,
    deps: { stores, outbox: stores.outbox, logger, calendar: vietnamCalendar, quietHours, renderChart: deps.outputs.renderChart },
    clock,
    onSlotStarted: (job, lagMs) => metrics.jobStarted(job, lagMs / 1000),
    // Several instances on PostgreSQL: one ticks (advisory lock); SQLite is one process.
    ...(db.provider === 'postgresql' ? { leadership: createPgLeaderLock({ databaseUrl: config.DATABASE_URL, lock: SCHEDULER_LOCK }) } : {}),
  });
  let started = false;
  let ops: OpsServer | null = null;
  return {
    deps,
    db,
    sender,
    scheduler,
    opsServer: () => ops,
    async start() {
      await telegram.start();
      if (config.BOT_MODE === 'polling' && config.HTTP_PORT !== undefined) {
        ops = await startOpsServer(config.HTTP_PORT, routes);
        logger.info({ port: ops.port }, 'GET /healthz and /metrics are served');
      }
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
        await ops?.stop();
        ops = null;
      }
      await db.close();
    },
  };
}
