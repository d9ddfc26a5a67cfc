import { createServer } from 'node:net';
import { Bot } from 'grammy';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { BotContext } from '../../src/channels/telegram/bot-context.ts';
import { startWebhook, type WebhookHandle } from '../../src/channels/telegram/start-webhook.ts';
import type { Config } from '../../src/config/config.ts';
import { createSandboxServer, type SandboxServer } from '../../src/sandbox/index.ts';
import { botInfo } from './support/telegram-harness.ts';

const SECRET = 'webhook-secret-123';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('webhook server', () => {
  let sandbox: SandboxServer | undefined;
  let webhook: WebhookHandle | undefined;
  afterEach(async () => {
    await webhook?.stop();
    await sandbox?.close();
    webhook = undefined;
    sandbox = undefined;
  });

  async function start(extraRoutes?: Parameters<typeof startWebhook>[3]): Promise<{ url: string; seen: number[]; logs: string[] }> {
    sandbox = createSandboxServer();
    const { apiRoot } = await sandbox.listen(0);
    const bot = new Bot<BotContext>(sandbox.token, { botInfo, client: { apiRoot } });
    const seen: number[] = [];
    bot.on('message', (ctx) => {
      seen.push(ctx.update.update_id);
    });
    const logs: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(line) });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram/hook`;
    const config = { WEBHOOK_URL: url, WEBHOOK_SECRET: SECRET, WEBHOOK_PORT: port } as Config;
    webhook = await startWebhook(bot, config, logger, extraRoutes);
    return { url, seen, logs };
  }

  const post = (url: string, body: string, secret = SECRET) =>
    fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret } });

  it('serves other routes (GET /healthz) beside the webhook; the rest is 404', async () => {
    const { url } = await start((request, response) => {
      if (request.url !== '/healthz') return false;
      response.writeHead(200).end('ok');
      return true;
    });
    const origin = new URL(url).origin;
    expect(await (await fetch(`${origin}/healthz`)).text()).toBe('ok');
    expect((await fetch(`${origin}/metrics`)).status).toBe(404);
  });

  it('answers 400 to a malformed body with the right secret, logs it, and keeps serving', async () => {
    const { url, seen, logs } = await start();
    expect((await post(url, '{"update_id": 1, "message": ')).status).toBe(400);
    expect((await post(url, 'null')).status).toBe(400);
    expect((await post(url, '[1,2]')).status).toBe(400);
    expect((await post(url, '{"message": {}}')).status).toBe(400);
    expect(logs.some((line) => line.includes('webhook request refused'))).toBe(true);
    const update = {
      update_id: 42,
      message: {
        message_id: 1,
        date: 1_700_000_000,
        chat: { id: 5, type: 'private', first_name: 'Lan' },
        from: { id: 5, is_bot: false, first_name: 'Lan' },
        text: 'chào',
      },
    };
    expect((await post(url, JSON.stringify(update))).status).toBe(200);
    expect(seen).toEqual([42]);
  });

  it('refuses a wrong secret with 401 before reading the update', async () => {
    const { url, seen } = await start();
    expect((await post(url, '{"update_id": 7}', 'wrong')).status).toBe(401);
    expect((await post(url, 'not json', 'wrong')).status).toBe(401);
    expect(seen).toEqual([]);
  });
});
