/**
 * What a reverse proxy does in front of several webhook instances, for the replies bench: the
 * sandbox posts each update here (one at a time, as its webhook delivery does); it is answered at
 * once and passed on to the next instance in turn (tried again until it is answered 2xx), so consecutive updates of one chat land on
 * different instances and their order rests on the bot's per-chat turn.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { log } from '../support/emit.ts';

export interface WebhookSplitter {
  url: string;
  /** where each instance listens (its WEBHOOK_PORT), once they are known */
  setTargets(ports: number[]): void;
  /** updates received from the sandbox, passed on (2xx), forwards tried again, and given up */
  counts(): { received: number; passed: number; retried: number; lost: number };
  close(): Promise<void>;
}

export const SPLITTER_PATH = '/telegram/bench';

/** How long a failed forward waits before it is tried again (Telegram retries an unanswered update too). */
const RETRY_DELAY_MS = 200;
/** A forward still failing after this long is given up, counted as lost. */
const GIVE_UP_MS = 120_000;

export async function startWebhookSplitter(): Promise<WebhookSplitter> {
  let targets: string[] = [];
  let next = 0;
  let received = 0;
  let passed = 0;
  // Forwards that failed and were tried again, and updates given up (lost to the bot), with the first reasons.
  let retried = 0;
  let lost = 0;
  const reasons = new Map<string, number>();

  function why(error: unknown): string {
    const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
    return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  }

  /**
   * The sandbox was answered at once, so the update is the splitter's to deliver: a forward that
   * fails (a reset or refused connection, a non-2xx answer) is sent again to the same instance,
   * as Telegram redelivers; the bot deduplicates an update it already had.
   */
  async function forward(target: string, headers: Record<string, string>, body: Buffer): Promise<void> {
    const since = performance.now();
    for (;;) {
      try {
        const answer = await fetch(target, { method: 'POST', headers, body, signal: AbortSignal.timeout(60_000) });
        await answer.arrayBuffer();
        if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
        passed++;
        return;
      } catch (error) {
        const reason = why(error);
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        if (performance.now() - since > GIVE_UP_MS) {
          lost++;
          return;
        }
        retried++;
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
      }
    }
  }

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      response.writeHead(200).end();
      received++;
      const target = targets[next++ % Math.max(1, targets.length)];
      if (!target) return;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const secret = request.headers['x-telegram-bot-api-secret-token'];
      if (typeof secret === 'string') headers['x-telegram-bot-api-secret-token'] = secret;
      void forward(target, headers, Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${SPLITTER_PATH}`,
    setTargets(ports) {
      targets = ports.map((p) => `http://127.0.0.1:${p}${SPLITTER_PATH}`);
    },
    counts: () => ({ received, passed, retried, lost }),
    close: () => {
      const failures = [...reasons].map(([reason, n]) => `${reason}: ${n}`).join(', ');
      log(
        `webhook splitter: ${received} updates received, ${passed} passed on, ${retried} forwards tried again, ${lost} lost, ${received - passed - lost} still in flight${failures ? ` (failures: ${failures})` : ''}`,
      );
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
