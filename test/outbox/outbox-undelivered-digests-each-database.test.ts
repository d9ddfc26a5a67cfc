import { beforeEach, expect, it } from 'vitest';
import type { OutgoingMessage } from '../../src/core/model/outgoing.ts';
import { unitDigestSeries } from '../../src/core/jobs/slot-keys.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { createOutboxSender } from '../../src/outbox/outbox-sender.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';
import { FakeTransport, MORNING, captureLogger, createChats, drain, message, resetOutbox, sleepOn } from './helpers.ts';

/**
 * Nothing is lost silently: a digest whose first part is out is sent whole, even past its relevance;
 * one cancelled before any of it went out leaves its slot recorded as skipped, so the chat's next
 * digest says it was not delivered (jobs/missed-digests.ts).
 */
const HOUR = 3_600_000;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const WEEKLY: OutgoingMessage = {
  html: '📊 <b>Tổng hợp tuần</b> 17/03/2023',
  attachments: [{ kind: 'photo', fileName: 'bieu-do.png', mimeType: 'image/png', bytes: PNG }],
};

describeOnEachDatabase('undelivered digests', (use) => {
  beforeEach(async () => {
    await resetOutbox(use().prisma);
    await use().prisma.jobRun.deleteMany();
  });

  const doneSlot = (job: string, slotKey: string) => use().prisma.jobRun.create({ data: { job, slotKey, status: 'done', startedAt: MORNING } });
  const slotStatus = async (slotKey: string) => (await use().prisma.jobRun.findFirstOrThrow({ where: { slotKey } })).status;

  it('a weekly digest cut off by a 429 after its text is sent whole, chart included, though the wait ran past its relevance', async () => {
    const clock = new ManualClock(MORNING);
    const queue = createOutboxRepository(use());
    const transport = new FakeTransport(clock);
    const sender = createOutboxSender({ queue, transport, clock, logger: captureLogger(), owner: 't', sleep: sleepOn(clock), quietHours: null });
    const [chat] = await createChats(use().prisma, 1);
    const key = `steering-weekly:${chat!.id}:2023-W11:1`;
    await queue.enqueue(message(chat!.id, key, WEEKLY.html, { kind: 'digest', message: WEEKLY, expiresAt: new Date(MORNING.getTime() + HOUR) }));
    // the text goes out, then the group's limit: retry after two hours, past the row's expiry
    transport.beforeSend = (_chat, part) => {
      if (part.index === 1 && transport.sent.length === 1) {
        transport.beforeSend = undefined;
        transport.failNext(chat!.externalId, { kind: 'rate_limited', retryAfterSeconds: 2 * 3_600 });
      }
    };
    await drain(sender, queue, clock);
    const parts = transport.to(chat!.externalId);
    expect(parts.map((part) => part.part.index)).toEqual([0, 1]);
    expect(parts[1]!.message.attachments?.[0]?.fileName).toBe('bieu-do.png');
    expect((await use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: key } })).status).toBe('sent');
  });

  it('a digest cancelled unsent (past its relevance, or superseded) marks its slot skipped; a half-sent one is not superseded', async () => {
    const clock = new ManualClock(MORNING);
    const queue = createOutboxRepository(use());
    const transport = new FakeTransport(clock);
    const sender = createOutboxSender({ queue, transport, clock, logger: captureLogger(), owner: 't', sleep: sleepOn(clock), quietHours: null });
    const [a, b] = await createChats(use().prisma, 2);
    // chat a: a steering digest of plan 7 that expired before it could go
    const steering = `steering-digest:${a!.id}:2023-03-16`;
    await doneSlot('steering-digest', steering);
    await queue.enqueue(message(a!.id, `${steering}:7`, 'Tổng hợp 16/03', { kind: 'digest', expiresAt: new Date(MORNING.getTime() - 1) }));
    await drain(sender, queue, clock);
    expect(await slotStatus(steering)).toBe('skipped');

    // chat b: 15/03 still waiting when 16/03 is queued; 14/03 had its first part out
    const unit = (date: string) => `unit-digest:${b!.id}:${date}`;
    const enqueueUnit = async (date: string) => {
      await doneSlot('unit-digest', unit(date));
      await queue.enqueue(message(b!.id, unit(date), `Bản tin ${date}`, { kind: 'digest', supersedes: unitDigestSeries(b!.id) }));
    };
    await enqueueUnit('2023-03-14');
    await use().prisma.outboxMessage.update({ where: { idempotencyKey: unit('2023-03-14') }, data: { sentMessageIds: JSON.stringify(['900']) } });
    await enqueueUnit('2023-03-15');
    await queue.enqueue(message(b!.id, unit('2023-03-16'), 'Bản tin 16/03', { kind: 'digest', supersedes: unitDigestSeries(b!.id) }));
    const status = async (key: string) => (await use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: key } })).status;
    expect([await status(unit('2023-03-14')), await status(unit('2023-03-15'))]).toEqual(['pending', 'cancelled']);
    expect([await slotStatus(unit('2023-03-14')), await slotStatus(unit('2023-03-15'))]).toEqual(['done', 'skipped']);
  });

  it('replaceWaiting: a waiting row takes the new message and notBefore; a row already out (or begun) is left alone', async () => {
    const queue = createOutboxRepository(use());
    const [chat] = await createChats(use().prisma, 1);
    const later = new Date(MORNING.getTime() + HOUR);
    await queue.enqueue(message(chat!.id, 'blocker:1:1', 'Vướng mắc (chưa nêu lý do)', { notBefore: later }));
    expect(await queue.replaceWaiting(message(chat!.id, 'blocker:1:1', 'Vướng mắc: thiếu xe'))).toBe(true);
    const row = await use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'blocker:1:1' } });
    expect([row.payloadJson.includes('thiếu xe'), row.notBefore.getTime()]).toEqual([true, MORNING.getTime()]);
    await use().prisma.outboxMessage.update({ where: { id: row.id }, data: { status: 'sent' } });
    expect(await queue.replaceWaiting(message(chat!.id, 'blocker:1:1', 'Vướng mắc: khác'))).toBe(false);
    expect(await queue.replaceWaiting(message(chat!.id, 'blocker:2:1', 'không có'))).toBe(false);
    expect(await use().prisma.outboxMessage.count()).toBe(1);
  });
});
