import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotHttpServer, startBotHttpServer } from '../../../src/app/bot-http-server.ts';
import { createZaloInbound, type InboundEventHandler } from '../../../src/channels/zalo/zalo-inbound.ts';
import { createZaloWebhookHandler, sameZaloSecret } from '../../../src/channels/zalo/zalo-webhook.ts';
import type { InboundEvent } from '../../../src/dispatch/inbound-event.ts';
import type { InboundStore } from '../../../src/core/ports/inbound-store.ts';
import { ManualClock } from '../../../src/core/time/clock.ts';
import { memoryInboundStore } from './support/memory-inbound-store.ts';

const SECRET = 'zalo-webhook-secret';
const logger = pino({ level: 'silent' });

const update = (id: string, text = '@Điều phối /nhiemvu') => ({
  event_name: 'message.text.received',
  message: { message_id: id, from: { id: 'u1', display_name: 'An' }, chat: { id: 'g1', chat_type: 'GROUP' }, date: 1, text },
});

describe('Zalo webhook', () => {
  let server: BotHttpServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function start(store: InboundStore, handle: InboundEventHandler = async () => {}) {
    const inbound = createZaloInbound({
      store,
      clock: new ManualClock(new Date('2026-03-02T01:00:00Z')),
      logger,
      reading: { botNames: ['Điều phối'], groupsDeliverMentionsOnly: true },
      handle,
    });
    const handler = createZaloWebhookHandler({ secret: SECRET, inbound, logger });
    server = await startBotHttpServer(
      [
        async (request, response) => {
          if (request.url !== '/zalo/hook') return false;
          await handler(request, response);
          return true;
        },
      ],
      0,
      logger,
      '127.0.0.1',
    );
    return { url: `http://127.0.0.1:${server.port}/zalo/hook`, inbound };
  }

  const post = (url: string, body: unknown, secret: string | null = SECRET) =>
    fetch(url, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(secret !== null ? { 'x-bot-api-secret-token': secret } : {}) },
    });

  it('answers 401 to a wrong or missing secret and stores nothing', async () => {
    const { store, rows } = memoryInboundStore();
    const { url } = await start(store);
    expect((await post(url, update('1'), 'wrong-secret-value')).status).toBe(401);
    expect((await post(url, update('2'), null)).status).toBe(401);
    expect((await post(url, update('3'), `${SECRET}x`)).status).toBe(401);
    expect(rows).toHaveLength(0);
  });

  it('stores the update before answering 200, then hands the event to the dispatcher', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { store, rows } = memoryInboundStore({ beforeSave: () => held });
    const seen: InboundEvent[] = [];
    const { url } = await start(store, async (event) => {
      seen.push(event);
    });
    let answered = false;
    const response = post(url, update('m-1')).then((r) => {
      answered = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answered).toBe(false);
    release();
    expect((await response).status).toBe(200);
    expect(rows.map((row) => row.key)).toEqual(['zalo:message.text.received:m-1']);
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toMatchObject({ kind: 'command', name: 'nhiemvu', platform: 'zalo' });
    await expect.poll(() => rows[0]?.status).toBe('done');
  });

  it('accepts a body wrapped in {ok, result}; a redelivery is answered 200 and handled once', async () => {
    const { store, rows } = memoryInboundStore();
    const seen: InboundEvent[] = [];
    const { url } = await start(store, async (event) => {
      seen.push(event);
    });
    expect((await post(url, { ok: true, result: update('m-2') })).status).toBe(200);
    expect((await post(url, update('m-2'))).status).toBe(200);
    await expect.poll(() => rows.every((row) => row.status === 'done')).toBe(true);
    expect(rows).toHaveLength(1);
    expect(seen).toHaveLength(1);
  });

  it('answers 400 to what is not an update and 500 when the update cannot be stored', async () => {
    const { store, rows } = memoryInboundStore();
    const { url } = await start(store);
    expect((await post(url, '{"event_name": ')).status).toBe(400);
    expect((await post(url, { hello: 'world' })).status).toBe(400);
    expect(rows).toHaveLength(0);
    await server?.close();
    const failing = memoryInboundStore({ beforeSave: () => Promise.reject(new Error('database is locked')) });
    const second = await start(failing.store);
    expect((await post(second.url, update('m-3'))).status).toBe(500);
  });

  it('retries a failing update at the next drain and sets it aside after three attempts', async () => {
    const { store, rows } = memoryInboundStore();
    let calls = 0;
    const { url, inbound } = await start(store, async () => {
      calls++;
      throw new Error('dispatcher down');
    });
    expect((await post(url, update('m-4'))).status).toBe(200);
    await expect.poll(() => rows[0]?.attempts).toBe(1);
    await inbound.drain();
    await inbound.drain();
    expect(rows[0]).toMatchObject({ status: 'failed', attempts: 3 });
    expect(calls).toBe(3);
  });

  it('compares secrets whatever their length without throwing', () => {
    expect(sameZaloSecret(SECRET, SECRET)).toBe(true);
    expect(sameZaloSecret('a', SECRET)).toBe(false);
    expect(sameZaloSecret(`${SECRET}${SECRET}`, SECRET)).toBe(false);
    expect(sameZaloSecret(undefined, SECRET)).toBe(false);
    expect(sameZaloSecret([SECRET], SECRET)).toBe(false);
  });
});
