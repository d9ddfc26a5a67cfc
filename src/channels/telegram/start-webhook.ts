import { createServer, type Server } from 'node:http';
import { type Bot, webhookCallback } from 'grammy';
import type { Config } from '../../config/config.ts';
import type { BotContext } from './bot-context.ts';
import { ALLOWED_UPDATES } from './allowed-updates.ts';

export interface WebhookHandle {
  stop(): Promise<void>;
}

/** Serves Telegram's webhook on WEBHOOK_PORT at WEBHOOK_URL's path and registers it with Telegram. */
export async function startWebhook(bot: Bot<BotContext>, config: Config): Promise<WebhookHandle> {
  if (!config.WEBHOOK_URL || !config.WEBHOOK_SECRET) throw new Error('WEBHOOK_URL and WEBHOOK_SECRET are required in webhook mode');
  const url = config.WEBHOOK_URL;
  const path = new URL(url).pathname;
  // Answer Telegram before its own timeout; a long handler keeps running and the update is deduplicated anyway.
  const handle = webhookCallback(bot, 'http', { secretToken: config.WEBHOOK_SECRET, onTimeout: 'return', timeoutMilliseconds: 9_000 });
  const server: Server = createServer((request, response) => {
    if (request.method === 'POST' && request.url?.split('?')[0] === path) {
      void handle(request, response);
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.WEBHOOK_PORT, resolve);
  });
  await bot.api.setWebhook(url, { secret_token: config.WEBHOOK_SECRET, allowed_updates: ALLOWED_UPDATES });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        // close() waits for requests in flight, i.e. updates still being handled.
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
