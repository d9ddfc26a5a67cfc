import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Logger, scrubSecrets } from '../logger.ts';

/** Answers a request it is for (true), or leaves it to the next route (false). */
export type HttpRoute = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/** Where the bot's own server listens when Zalo needs it and HTTP_PORT is not set. */
export const DEFAULT_HTTP_PORT = 8081;

export interface BotHttpServer {
  port: number;
  close(): Promise<void>;
}

/**
 * The bot's own HTTP server (HTTP_PORT): Zalo's webhook, the signed download links of files
 * (PUBLIC_BASE_URL points here through the operator's HTTPS proxy) and, in polling mode, GET /healthz
 * and /metrics. Anything else is a 404.
 */
export async function startBotHttpServer(routes: readonly HttpRoute[], port: number, logger: Logger, host?: string): Promise<BotHttpServer> {
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const route of routes) if (await route(request, response)) return;
    request.resume();
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy.');
  }
  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error({ err: scrubSecrets(error instanceof Error ? error.message : String(error)), path: request.url?.split('?')[0] }, 'http request failed');
      if (!response.headersSent) response.writeHead(500).end();
      else if (!response.writableEnded) response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
