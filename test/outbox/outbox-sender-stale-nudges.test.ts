import { beforeEach, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/time/clock.ts';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { createOutboxSender } from '../../src/outbox/outbox-sender.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';
import { FakeTransport, MORNING, captureLogger, createChats, drain, message, resetOutbox, sleepOn } from './helpers.ts';

/**
 * A nudge is worded for the day it was composed ("Hôm nay là hạn hoàn thành"). One still unsent when
 * that day is over (the sandbox clock moved past it, a backlog, an outage) is dropped: the next
 * morning's run words that day's nudge ("quá hạn 1 ngày").
 */
describeOnEachDatabase('stale nudges', (use) => {
  beforeEach(() => resetOutbox(use().prisma));

  it('a nudge of an earlier local day is cancelled, not sent; a nudge of today is sent', async () => {
    // MORNING is 10:00 on 26/11/2026 in Vietnam
    const clock = new ManualClock(MORNING);
    const queue = createOutboxRepository(use());
    const transport = new FakeTransport(clock);
    const sender = createOutboxSender({ queue, transport, clock, logger: captureLogger(), owner: 't', sleep: sleepOn(clock) });
    const [chat] = await createChats(use().prisma, 1);
    const id = chat!.id;
    await queue.enqueue(message(id, `nudge:7:3:due_today:2026-11-25:${id}`, '⏰ Hôm nay là hạn hoàn thành', { kind: 'nudge' }));
    await queue.enqueue(message(id, `nudge:8:3:before_1:2026-11-26:${id}`, '⏰ Nhắc hạn: còn 1 ngày', { kind: 'nudge' }));
    // an escalation caught up today keeps its scheduled day in its key and is worded today: sent
    await queue.enqueue(message(id, `nudge:9:steering:escalate:2026-11-20:${id}`, '🚨 quá hạn 4 ngày', { kind: 'nudge' }));
    await drain(sender, queue, clock);
    expect(
      transport
        .to(chat!.externalId)
        .map((s) => s.message.html)
        .sort(),
    ).toEqual(['⏰ Nhắc hạn: còn 1 ngày', '🚨 quá hạn 4 ngày']);
    const stale = await use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: `nudge:7:3:due_today:2026-11-25:${id}` } });
    expect(stale.status).toBe('cancelled');
  });

  it('a nudge the check says is no longer owed (reported since it was queued) is cancelled; a digest past its expiry too', async () => {
    const clock = new ManualClock(MORNING);
    const queue = createOutboxRepository(use());
    const transport = new FakeTransport(clock);
    const answered = new Set([`nudge:7@2023-03:3:before_3:2026-11-26`]);
    const nudges = { stillDue: async (key: string) => ![...answered].some((k) => key.startsWith(k)) };
    const sender = createOutboxSender({ queue, transport, clock, logger: captureLogger(), owner: 't', sleep: sleepOn(clock), nudges });
    const [chat] = await createChats(use().prisma, 1);
    const id = chat!.id;
    await queue.enqueue(message(id, `nudge:7@2023-03:3:before_3:2026-11-26:${id}`, '⏰ Nhắc hạn: còn 3 ngày (tháng 03)', { kind: 'nudge' }));
    await queue.enqueue(message(id, `nudge:8:3:before_1:2026-11-26:${id}`, '⏰ Nhắc hạn: còn 1 ngày', { kind: 'nudge' }));
    const before = new Date(MORNING.getTime() - 60_000);
    const after = new Date(MORNING.getTime() + 3_600_000);
    await queue.enqueue(message(id, 'digest:weekly:old', '📊 Tổng hợp tuần cũ', { kind: 'digest', expiresAt: before }));
    await queue.enqueue(message(id, 'digest:daily:now', '📊 Tổng hợp ngày', { kind: 'digest', expiresAt: after }));
    await drain(sender, queue, clock);
    expect(
      transport
        .to(chat!.externalId)
        .map((s) => s.message.html)
        .sort(),
    ).toEqual(['⏰ Nhắc hạn: còn 1 ngày', '📊 Tổng hợp ngày']);
    for (const key of [`nudge:7@2023-03:3:before_3:2026-11-26:${id}`, 'digest:weekly:old']) {
      expect((await use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: key } })).status).toBe('cancelled');
    }
  });
});
