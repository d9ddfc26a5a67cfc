import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type Bot, webhookCallback } from 'grammy';
import type { Update } from 'grammy/types';
import type { Config } from '../../config/config.ts';
import { type Logger, scrubSecrets } from '../../logger.ts';
import type { BotContext } from './bot-context.ts';
import { ALLOWED_UPDATES } from './allowed-updates.ts';

/** Other routes on the same server (GET /healthz, /metrics): true when the request was answered. */
export type ExtraRoutes = (request: IncomingMessage, response: ServerResponse) => boolean;

export interface WebhookHandle {
  stop(): Promise<void>;
}

/** Telegram's updates are small; anything far larger is not from Telegram. */
const MAX_BODY_BYTES = 1_000_000;

class BadRequest extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

function sameSecret(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readUpdate(request: IncomingMessage): Promise<Update> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BadRequest(413, 'body too large');
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequest(400, 'body is not JSON');
  }
  const updateId = (body as { update_id?: unknown } | null)?.update_id;
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !Number.isSafeInteger(updateId)) {
    throw new BadRequest(400, 'body is not a Telegram update');
  }
  return body as Update;
}

function answer(response: ServerResponse, status: number): void {
  if (response.headersSent) {
    if (!response.writableEnded) response.end();
    return;
  }
  response.writeHead(status).end();
}

/**
 * Serves Telegram's webhook on WEBHOOK_PORT at WEBHOOK_URL's path and registers it with Telegram.
 * A request with the wrong secret gets 401; a body that is not a Telegram update gets 400 and is
 * logged; a failing handler never escapes as an unhandled rejection (it would end the process).
 */
export async function startWebhook(bot: Bot<BotContext>, config: Config, logger: Logger, extraRoutes?: ExtraRoutes): Promise<WebhookHandle> {
  if (!config.WEBHOOK_URL || !config.WEBHOOK_SECRET) throw new Error('WEBHOOK_URL and WEBHOOK_SECRET are required in webhook mode');
  const url = config.WEBHOOK_URL;
  const secret = config.WEBHOOK_SECRET;
  const path = new URL(url).pathname;
  // The body is read and checked here; grammY gets the parsed update through a callback adapter.
  // Answer Telegram before its own timeout; a long handler keeps running and the update is deduplicated anyway.
  const handle = webhookCallback(
    bot,
    (update: Update, response: ServerResponse) => ({
      update: Promise.resolve(update),
      header: secret,
      end: () => answer(response, 200),
      respond: async (json: string) => {
        response.writeHead(200, { 'content-type': 'application/json' }).end(json);
      },
      unauthorized: () => answer(response, 401),
    }),
    { onTimeout: 'return', timeoutMilliseconds: 9_000 },
  );

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!sameSecret(request.headers['x-telegram-bot-api-secret-token'], secret)) {
      request.resume();
      answer(response, 401);
      return;
    }
    const update = await readUpdate(request);
    await handle(update, response);
    // onTimeout 'return' leaves the response open when the handler is slow: Telegram gets its 200.
    if (!response.writableEnded) answer(response, 200);
  }

  const server: Server = createServer((request, response) => {
    if (request.method === 'POST' && request.url?.split('?')[0] === path) {
      serve(request, response).catch((error: unknown) => {
        if (error instanceof BadRequest) {
          logger.warn({ status: error.status, reason: error.message }, 'webhook request refused');
          request.resume();
          answer(response, error.status);
          return;
        }
        logger.error({ err: scrubSecrets(error instanceof Error ? `${error.name}: ${error.message}` : String(error)) }, 'webhook update failed');
        answer(response, 500);
      });
      return;
    }
    if (extraRoutes?.(request, response)) return;
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.WEBHOOK_PORT, resolve);
  });
  await bot.api.setWebhook(url, { secret_token: secret, allowed_updates: ALLOWED_UPDATES });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        // close() waits for requests in flight, i.e. updates still being handled.
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
