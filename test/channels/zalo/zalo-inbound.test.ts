import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createZaloInbound } from '../../../src/channels/zalo/zalo-inbound.ts';
import { ManualClock } from '../../../src/core/time/clock.ts';
import { memoryInboundStore } from './support/memory-inbound-store.ts';

const update = (id: string) => ({
  event_name: 'message.text.received',
  message: { message_id: id, from: { id: 'u1', display_name: 'An' }, chat: { id: 'p1', chat_type: 'PRIVATE' }, text: 'xin chào' },
});

describe('Zalo inbound store use', () => {
  it('handles stored updates left by the last run first, and forgets handled ones after a week', async () => {
    const clock = new ManualClock(new Date('2026-03-02T01:00:00Z'));
    const { store, rows } = memoryInboundStore();
    // left by a run that stopped before handling it
    await store.save({ platform: 'zalo', key: 'zalo:message.text.received:left', payload: update('left'), at: clock.now() });
    const seen: string[] = [];
    const inbound = createZaloInbound({
      store,
      clock,
      logger: pino({ level: 'silent' }),
      reading: { botNames: ['Điều phối'], groupsDeliverMentionsOnly: true },
      handle: async (event) => {
        seen.push(event.messageId ?? '');
      },
    });
    await inbound.drain();
    expect(seen).toEqual(['left']);
    expect(await inbound.accept(update('new'))).toBe('stored');
    expect(await inbound.accept(update('new'))).toBe('duplicate');
    expect(await inbound.accept({ nope: true })).toBe('invalid');
    await inbound.drain();
    expect(seen).toEqual(['left', 'new']);
    expect(rows).toHaveLength(2);
    clock.set(new Date('2026-03-10T01:00:00Z'));
    await inbound.accept(update('later'));
    await inbound.drain();
    expect(rows.map((row) => row.key)).toEqual(['zalo:message.text.received:later']);
  });
});
