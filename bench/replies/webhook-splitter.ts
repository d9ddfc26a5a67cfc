/**
 * What a reverse proxy does in front of several webhook instances, for the replies bench: the
 * sandbox posts each update here (one at a time, as its webhook delivery does); it is answered at
 * once and passed on to the next instance in turn, so consecutive updates of one chat land on
 * different instances and their order rests on the bot's per-chat turn.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { log } from '../support/emit.ts';

export interface WebhookSplitter {
  url: string;
  /** where each instance listens (its WEBHOOK_PORT), once they are known */
  setTargets(ports: number[]): void;
  close(): Promise<void>;
}

export const SPLITTER_PATH = '/telegram/bench';

export async function startWebhookSplitter(): Promise<WebhookSplitter> {
  let targets: string[] = [];
  let next = 0;
  // An update whose forward fails is lost to the bot (the sandbox was already answered): counted, and the first reasons kept.
  let failed = 0;
  const reasons = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      response.writeHead(200).end();
      const target = targets[next++ % Math.max(1, targets.length)];
      if (!target) return;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const secret = request.headers['x-telegram-bot-api-secret-token'];
      if (typeof secret === 'string') headers['x-telegram-bot-api-secret-token'] = secret;
      void fetch(target, { method: 'POST', headers, body: Buffer.concat(chunks), signal: AbortSignal.timeout(60_000) })
        .then((answer) => {
          if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
          return answer.arrayBuffer();
        })
        .catch((error: unknown) => {
          failed++;
          const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
          const why = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
          reasons.set(why, (reasons.get(why) ?? 0) + 1);
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${SPLITTER_PATH}`,
    setTargets(ports) {
      targets = ports.map((p) => `http://127.0.0.1:${p}${SPLITTER_PATH}`);
    },
    close: () => {
      if (failed > 0) log(`webhook splitter: ${failed} updates not passed on (${[...reasons].map(([why, n]) => `${why}: ${n}`).join(', ')})`);
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port free at this moment (for an instance's WEBHOOK_PORT). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
