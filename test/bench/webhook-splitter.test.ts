import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebhookSplitter, type WebhookSplitter } from '../../bench/replies/webhook-splitter.ts';

describe('replies bench: the webhook splitter', () => {
  let splitter: WebhookSplitter | undefined;
  let target: Server | undefined;

  afterEach(async () => {
    await splitter?.close();
    await new Promise<void>((resolve) => (target ? target.close(() => resolve()) : resolve()));
    target?.closeAllConnections();
  });

  it('an update whose forward fails (connection reset, 500) is forwarded again, so the bot gets every update', async () => {
    const seen: number[] = [];
    let requests = 0;
    target = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        requests++;
        // The 2nd to 4th requests lose their connection (what a full accept queue or a keep-alive race does), the 5th gets 500.
        if (requests >= 2 && requests <= 4) {
          request.socket.destroy();
          return;
        }
        if (requests === 5) {
          response.writeHead(500).end();
          return;
        }
        seen.push((JSON.parse(Buffer.concat(chunks).toString()) as { update_id: number }).update_id);
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => target!.listen(0, '127.0.0.1', resolve));
    splitter = await startWebhookSplitter();
    splitter.setTargets([(target.address() as AddressInfo).port]);

    for (let id = 1; id <= 20; id++) {
      const answer = await fetch(splitter.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ update_id: id }) });
      expect(answer.status).toBe(200);
    }
    while (splitter.counts().passed + splitter.counts().lost < 20) await new Promise((resolve) => setTimeout(resolve, 20));

    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(splitter.counts()).toEqual({ received: 20, passed: 20, retried: 4, lost: 0 });
  });
});
