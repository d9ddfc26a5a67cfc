import { beforeEach, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/time/clock.ts';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { createOutboxSender } from '../../src/outbox/outbox-sender.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';
import { FakeTransport, MORNING, captureLogger, createChats, drain, message, resetOutbox, sleepOn } from './helpers.ts';

describeOnEachDatabase('outbox sender limits', (use) => {
  beforeEach(() => resetOutbox(use().prisma));

  function setup() {
    const clock = new ManualClock(MORNING);
    const queue = createOutboxRepository(use());
    const transport = new FakeTransport(clock);
    const sender = createOutboxSender({
      queue,
      transport,
      clock,
      logger: captureLogger(),
      owner: 'test',
      limits: { perSecond: 30, perChatPerMinute: 20 },
      sleep: sleepOn(clock),
    });
    return { clock, queue, transport, sender };
  }

  it('sends 45 messages to one group in order, at most 20 a minute', async () => {
    const { clock, queue, transport, sender } = setup();
    const [chat] = await createChats(use().prisma, 1);
    await queue.enqueueMany(Array.from({ length: 45 }, (_, i) => message(chat!.id, `m-${i}`, `Tin số ${i}`)));
    await drain(sender, queue, clock);

    const sent = transport.to(chat!.externalId);
    expect(sent.map((record) => record.message.html)).toEqual(Array.from({ length: 45 }, (_, i) => `Tin số ${i}`));
    expect(sent[44]!.at - MORNING.getTime()).toBeGreaterThanOrEqual(120_000);
    for (let i = 20; i < sent.length; i++) expect(sent[i]!.at - sent[i - 20]!.at).toBeGreaterThanOrEqual(60_000);
    expect(await use().prisma.outboxMessage.count({ where: { status: 'sent' } })).toBe(45);
  });

  it('sends 100 messages to 100 groups at most 30 a second', async () => {
    const { clock, queue, transport, sender } = setup();
    const chats = await createChats(use().prisma, 100);
    await queue.enqueueMany(chats.map((chat, i) => message(chat.id, `d-${i}`, `Báo cáo ${i}`)));
    await drain(sender, queue, clock);

    expect(transport.sent).toHaveLength(100);
    expect(new Set(transport.sent.map((record) => record.chat)).size).toBe(100);
    const times = transport.sent.map((record) => record.at);
    expect(times[99]! - MORNING.getTime()).toBeGreaterThanOrEqual(3_000);
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1_000);
    const rows = await use().prisma.outboxMessage.findMany();
    expect(rows.every((row) => row.status === 'sent' && JSON.parse(row.sentMessageIds!).length === 1)).toBe(true);
  });
});
