import { run, type RunnerHandle } from '@grammyjs/runner';
import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { AppDeps } from '../../app-deps.ts';
import type { DispatchRegistry } from '../../dispatch/dispatch-registry.ts';
import { scrubSecrets } from '../../logger.ts';
import { ALLOWED_UPDATES } from './allowed-updates.ts';
import { type ApiConfigOptions, configureApi } from './api-config.ts';
import type { BotContext } from './bot-context.ts';
import { installFeatures } from './install-features.ts';
import { registerCommands } from './register-commands.ts';
import { type ExtraRoutes, startWebhook, type WebhookHandle } from './start-webhook.ts';

export interface TelegramBotOptions {
  token: string;
  /** a Bot-API-compatible server, e.g. the sandbox; defaults to config.TELEGRAM_API_ROOT */
  apiRoot?: string;
  registry: DispatchRegistry;
  /** skips getMe (tests) */
  botInfo?: UserFromGetMe;
  api?: ApiConfigOptions;
  /** long-polling timeout in seconds (shorter in tests so stop() is quick) */
  pollingTimeoutSeconds?: number;
  /** served beside the webhook (GET /healthz, /metrics) in webhook mode */
  httpRoutes?: ExtraRoutes;
  /** after each update: its kind (message, callback_query, …) and seconds from arrival to the end of its handling */
  onUpdateHandled?: (kind: string, seconds: number) => void;
}

export interface TelegramBot {
  bot: Bot<BotContext>;
  /** polling through @grammyjs/runner, or webhook, per config.BOT_MODE */
  start(): Promise<void>;
  /** stops fetching and waits for updates in flight */
  stop(): Promise<void>;
}

export function createTelegramBot(deps: AppDeps, options: TelegramBotOptions): TelegramBot {
  const apiRoot = options.apiRoot ?? deps.config.TELEGRAM_API_ROOT;
  const bot = new Bot<BotContext>(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: { apiRoot },
  });
  configureApi(bot.api, options.api);
  const onUpdateHandled = options.onUpdateHandled;
  if (onUpdateHandled)
    bot.use(async (ctx, next) => {
      const started = performance.now();
      try {
        await next();
      } finally {
        onUpdateHandled(Object.keys(ctx.update).find((key) => key !== 'update_id') ?? 'unknown', (performance.now() - started) / 1000);
      }
    });
  installFeatures(bot, deps, options.registry);

  let runner: RunnerHandle | undefined;
  let webhook: WebhookHandle | undefined;

  async function start(): Promise<void> {
    await bot.init();
    try {
      await registerCommands(bot.api, options.registry.commands);
    } catch (error) {
      deps.logger.warn({ err: scrubSecrets(String(error)) }, 'setMyCommands failed; the command menu may be outdated');
    }
    if (deps.config.BOT_MODE === 'webhook') {
      webhook = await startWebhook(bot, deps.config, deps.logger, options.httpRoutes);
      deps.logger.info({ username: bot.botInfo.username }, 'bot listening for webhook updates');
      return;
    }
    await bot.api.deleteWebhook();
    runner = run(bot, {
      runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES], timeout: options.pollingTimeoutSeconds ?? 30 } },
    });
    deps.logger.info({ username: bot.botInfo.username }, 'bot polling for updates');
  }

  async function stop(): Promise<void> {
    if (runner?.isRunning()) await runner.stop();
    runner = undefined;
    await webhook?.stop();
    webhook = undefined;
  }

  return { bot, start, stop };
}
