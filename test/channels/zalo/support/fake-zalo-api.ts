import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAKE_ZALO_TOKEN = '1234567890:zalo-access-token-abcdef';

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
}

type Answer = { status?: number; json: unknown } | (() => { status?: number; json: unknown });

/**
 * A Zalo Bot API stand-in on loopback: records every call, answers from per-method queues
 * (then a default `{ ok: true, result: {...} }`), and refuses another token with 401.
 */
export async function startFakeZaloApi() {
  const calls: RecordedCall[] = [];
  const queued = new Map<string, Answer[]>();
  let nextMessageId = 1;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const match = /^\/bot([^/]+)\/(\w+)$/.exec(request.url ?? '');
      const reply = (status: number, json: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      if (!match || match[1] !== FAKE_ZALO_TOKEN) return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
      const method = match[2]!;
      const body = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      calls.push({ method, body });
      const next = queued.get(method)?.shift();
      if (next) {
        const answer = typeof next === 'function' ? next() : next;
        return reply(answer.status ?? 200, answer.json);
      }
      if (method === 'getMe')
        return reply(200, { ok: true, result: { id: '1234567890', account_name: 'Điều phối', account_type: 'BASIC', can_join_groups: true } });
      if (method === 'getUpdates') return setTimeout(() => reply(408, { ok: false, error_code: 408, description: 'Request Timeout' }), 20);
      if (method === 'sendMessage' || method === 'sendPhoto')
        return reply(200, { ok: true, result: { message_id: `zm-${nextMessageId++}`, date: Date.now() } });
      return reply(200, { ok: true, result: true });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    root,
    calls,
    /** the next answers of a method, in order */
    queue(method: string, ...answers: Answer[]) {
      queued.set(method, [...(queued.get(method) ?? []), ...answers]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
