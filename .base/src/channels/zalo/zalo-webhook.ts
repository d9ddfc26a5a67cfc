import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { scrubSecrets } from '../../logger.ts';
import type { ZaloInbound } from './zalo-inbound.ts';

/** Zalo's updates are small; anything far larger is not from Zalo. */
const MAX_BODY_BYTES = 1_000_000;
export const ZALO_SECRET_HEADER = 'x-bot-api-secret-token';

/**
 * The secret header against the configured secret in constant time: both are hashed first, so
 * neither the content nor the length of the secret shows in the time a wrong guess takes.
 */
export function sameZaloSecret(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string') return false;
  const given = createHash('sha256').update(header).digest();
  const expected = createHash('sha256').update(secret).digest();
  return timingSafeEqual(given, expected);
}

async function readBody(request: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

interface WebhookLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * Zalo's webhook: a request without the right secret gets 401 and nothing is read or stored; a body
 * that is not an update gets 400; an update is stored (InboundStore) before the 200, then handled
 * after the answer. A database that cannot store it gets a 500, so Zalo may try again.
 */
export function createZaloWebhookHandler(options: { secret: string; inbound: ZaloInbound; logger: WebhookLogger }) {
  const { secret, inbound, logger } = options;
  return async function handleZaloWebhook(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!sameZaloSecret(request.headers[ZALO_SECRET_HEADER], secret)) {
      request.resume();
      response.writeHead(401).end();
      return;
    }
    const body = await readBody(request);
    if (!body) {
      response.writeHead(413).end();
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      logger.warn({ reason: 'body is not JSON' }, 'zalo webhook request refused');
      response.writeHead(400).end();
      return;
    }
    let result: Awaited<ReturnType<ZaloInbound['accept']>>;
    try {
      result = await inbound.accept(parsed);
    } catch (error) {
      logger.error({ err: scrubSecrets(error instanceof Error ? error.message : String(error)) }, 'zalo webhook: the update could not be stored');
      response.writeHead(500).end();
      return;
    }
    if (result === 'invalid') {
      logger.warn({ reason: 'body is not a Zalo update' }, 'zalo webhook request refused');
      response.writeHead(400).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    inbound.drain().catch((error: unknown) => {
      logger.error({ err: scrubSecrets(error instanceof Error ? error.message : String(error)) }, 'zalo: handling stored updates failed');
    });
  };
}
