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
import { createBotStores } from '../db/bot-stores.ts';
import { createPgChatOrder } from '../db/pg-chat-order.ts';
import { createPgLeaderLock, SCHEDULER_LOCK } from '../db/pg-leader-lock.ts';
import { createPgSendBudget } from '../db/repositories/send-budget-repository.ts';
import type { Logger } from '../logger.ts';
import { createTaskMessageLinker } from '../outbox/link-task-messages.ts';
import { createTaskCardRefresher } from '../core/usecases/render-task-cards.ts';
import { createQueuedNudgeCheck } from '../core/usecases/check-queued-nudge.ts';
import { createOutboxSender, type OutboxSender } from '../outbox/outbox-sender.ts';
import { createTelegramTransport } from '../channels/telegram/telegram-transport.ts';
import { createScheduler, type Scheduler } from '../scheduler/create-scheduler.ts';
import type { Transport } from '../outbox/transport.ts';
import { StartupError } from '../startup-error.ts';
import { type BotHttpServer, DEFAULT_HTTP_PORT, type HttpRoute, startBotHttpServer } from './bot-http-server.ts';
import { connectZalo, wireZalo, type ZaloConnection } from './connect-zalo.ts';
import { createChatBlockedNotifier } from './notify-chat-blocked.ts';
import { createBotMetrics } from './operations/metrics.ts';
import { createOpsRoutes } from './operations/ops-routes.ts';

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
  /** the bot's own HTTP server (HTTP_PORT) once started: Zalo's webhook, file links, and in polling mode GET /healthz and /metrics; null when none is needed */
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
  const stores = createBotStores(db);
  const chatOrder = db.provider === 'postgresql' ? createPgChatOrder({ databaseUrl: config.DATABASE_URL, logger }) : undefined;
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
    ...(chatOrder ? { chatOrder } : {}),
  };
  const quietHours = parseQuietHours(config.QUIET_HOURS);
  // Filled in below; the metrics and health read them only when asked (after start).
  const schedulerStatus = () => scheduler.status();
  const chatTurns = chatOrder?.stats;
  const metrics = createBotMetrics({
    outboxDepth: () => stores.outbox.pendingCount(),
    scheduler: schedulerStatus,
    now: () => clock.now(),
    ...(chatTurns ? { chatTurns } : {}),
  });
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
  const telegram =
    token && telegramLink
      ? createBot({
          ...deps,
          token,
          apiRoot,
          botInfo: telegramLink.me,
          ...(options.throttleReplies === false ? { api: { retry: false, throttle: false } } : {}),
          ...(options.pollingTimeoutSeconds !== undefined ? { pollingTimeoutSeconds: options.pollingTimeoutSeconds } : {}),
          httpRoutes: routes,
          onUpdateHandled: (kind, seconds) => metrics.updateHandled(kind, seconds),
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
        publicBaseUrl: () => config.PUBLIC_BASE_URL ?? `http://127.0.0.1:${http?.port ?? config.HTTP_PORT ?? DEFAULT_HTTP_PORT}`,
      })
    : null;
  const transports: Record<string, Transport> = {};
  if (telegramLink) transports.telegram = createTelegramTransport(telegramLink.api);
  if (zalo) transports.zalo = zalo.transport;
  const limits = { perSecond: config.SEND_PER_SECOND, perChatPerMinute: config.SEND_PER_CHAT_PER_MINUTE };
  const sender = createOutboxSender({
    queue: stores.outbox,
    transport: (transports.telegram ?? transports.zalo)!,
    transports,
    clock,
    logger,
    owner: `${hostname()}:${process.pid}`,
    limits,
    // Several instances on PostgreSQL share one budget per bot token; SQLite keeps it in this process.
    ...(db.provider === 'postgresql'
      ? { budget: createPgSendBudget(db, { botId: telegramLink ? String(telegramLink.me.id) : `zalo:${zaloLink?.me.id ?? ''}`, ...limits }) }
      : {}),
    quietHours,
    idleMs: 500,
    onChatBlocked: createChatBlockedNotifier(stores, clock),
    onSent: createTaskMessageLinker(stores.tasks),
    // task cards are rendered when their edit is sent, so a card shows the task as it stands then
    cards: createTaskCardRefresher({ stores, outbox: stores.outbox }),
    // a queued nudge is asked again just before it goes: one reported since is dropped
    nudges: createQueuedNudgeCheck({ stores, calendar: vietnamCalendar }),
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
  return {
    deps,
    db,
    sender,
    scheduler,
    http: () => http,
    async start() {
      // One HTTP server for what is not Telegram's webhook: Zalo (webhook, file links) and, in polling
      // mode with HTTP_PORT set, the operations routes (in webhook mode the webhook server has them).
      const serveOps = config.BOT_MODE === 'polling' && config.HTTP_PORT !== undefined;
      const httpRoutes: HttpRoute[] = [];
      if (serveOps) httpRoutes.push(async (request, response) => routes(request, response));
      if (zalo) httpRoutes.push(...[zalo.channel.route, zalo.shelf.serve].filter((route) => route !== null));
      if (httpRoutes.length > 0) {
        http = await startBotHttpServer(httpRoutes, config.HTTP_PORT ?? DEFAULT_HTTP_PORT, logger);
        if (serveOps) logger.info({ port: http.port }, 'GET /healthz and /metrics are served');
      }
      if (zalo) await zalo.channel.start();
      await telegram?.start();
      sender.start();
      await scheduler.start();
      started = true;
      logger.info({ telegram: telegramLink?.me.username ?? null, zalo: zaloLink?.me.account_name ?? null, database: db.provider }, 'Điều phối đang chạy');
    },
    async stop() {
      if (started) {
        await scheduler.stop();
        await telegram?.stop();
        await zalo?.channel.stop();
        await sender.stop();
        await http?.close();
        http = null;
      }
      await chatOrder?.close();
      await db.close();
    },
  };
}
