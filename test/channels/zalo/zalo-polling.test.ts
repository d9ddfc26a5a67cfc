import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createZaloApi } from '../../../src/channels/zalo/zalo-api.ts';
import { createZaloInbound } from '../../../src/channels/zalo/zalo-inbound.ts';
import { startZaloPolling, type ZaloPolling } from '../../../src/channels/zalo/zalo-polling.ts';
import type { InboundEvent } from '../../../src/dispatch/inbound-event.ts';
import { ManualClock } from '../../../src/core/time/clock.ts';
import { FAKE_ZALO_TOKEN, startFakeZaloApi } from './support/fake-zalo-api.ts';
import { memoryInboundStore } from './support/memory-inbound-store.ts';

const update = (id: string, text: string) => ({
  ok: true,
  result: {
    event_name: 'message.text.received',
    message: { message_id: id, from: { id: 'u1', display_name: 'An' }, chat: { id: 'p1', chat_type: 'PRIVATE' }, text },
  },
});

describe('Zalo polling', () => {
  let fake: Awaited<ReturnType<typeof startFakeZaloApi>> | undefined;
  let polling: ZaloPolling | undefined;
  afterEach(async () => {
    await polling?.stop();
    await fake?.close();
  });

  it('stores each update before handling it, keeps polling through 408s, and backs off on errors', async () => {
    fake = await startFakeZaloApi();
    fake.queue(
      'getUpdates',
      { json: update('1', '/nhiemvu') },
      { status: 408, json: { ok: false, error_code: 408, description: 'Request Timeout' } },
      { status: 502, json: { ok: false, error_code: 502, description: 'Bad Gateway' } },
      { status: 502, json: { ok: false, error_code: 502, description: 'Bad Gateway' } },
      { json: update('2', 'xin chào') },
    );
    const { store, rows } = memoryInboundStore();
    const handled: { event: InboundEvent; storedFirst: boolean }[] = [];
    const inbound = createZaloInbound({
      store,
      clock: new ManualClock(new Date('2026-03-02T01:00:00Z')),
      logger: pino({ level: 'silent' }),
      reading: { botNames: ['Điều phối'], groupsDeliverMentionsOnly: true },
      handle: async (event) => {
        handled.push({ event, storedFirst: rows.some((row) => row.key === `zalo:message.text.received:${event.messageId}`) });
      },
    });
    const pauses: number[] = [];
    polling = startZaloPolling({
      api: createZaloApi({ token: FAKE_ZALO_TOKEN, apiRoot: fake.root }),
      inbound,
      logger: pino({ level: 'silent' }),
      timeoutSeconds: 1,
      backoffMs: 10,
      sleep: async (ms) => {
        pauses.push(ms);
      },
    });
    await expect.poll(() => handled.length).toBe(2);
    expect(handled.map((h) => [h.event.kind, h.storedFirst])).toEqual([
      ['command', true],
      ['text', true],
    ]);
    expect(pauses).toEqual([10, 20]);
    expect(fake.calls.filter((c) => c.method === 'getUpdates').length).toBeGreaterThanOrEqual(5);
  });
});
