import { beforeEach, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/time/clock.ts';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { createOutboxSender } from '../../src/outbox/outbox-sender.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';
import { FakeTransport, MORNING, captureLogger, createChats, drain, message, resetOutbox, sleepOn } from './helpers.ts';

describeOnEachDatabase('outbox sender failures', (use) => {
  beforeEach(() => resetOutbox(use().prisma));

  function setup() {
    const clock = new ManualClock(MORNING);
    const queue = createOutboxRepository(use());
    const transport = new FakeTransport(clock);
    const logger = captureLogger();
    const blocked: { chatId: number; reason: string }[] = [];
    const sender = createOutboxSender({
      queue,
      transport,
      clock,
      logger,
      owner: 'test',
      sleep: sleepOn(clock),
      onChatBlocked: (chatId, reason) => {
        blocked.push({ chatId, reason });
      },
    });
    const row = (key: string) => use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: key } });
    return { clock, queue, transport, logger, blocked, sender, row };
  }

  it('honours 429 retry_after, pauses that group and loses nothing', async () => {
    const { clock, queue, transport, sender, row } = setup();
    const [chat, other] = await createChats(use().prisma, 2);
    for (let i = 0; i < 3; i++) await queue.enqueue(message(chat!.id, `a-${i}`, `A${i}`));
    await queue.enqueue(message(other!.id, 'b-0', 'B0'));
    transport.failNext(chat!.externalId, { kind: 'rate_limited', retryAfterSeconds: 17 });

    const first = await sender.runOnce();
    expect(first).toMatchObject({ claimed: 4, sent: 1, retried: 1, deferred: 2 });
    expect(transport.sent.map((record) => record.message.html)).toEqual(['B0']);
    expect(await row('a-0')).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await row('a-0')).notBefore.getTime()).toBe(MORNING.getTime() + 17_000);

    await drain(sender, queue, clock);
    const toChat = transport.to(chat!.externalId);
    expect(toChat.map((record) => record.message.html)).toEqual(['A0', 'A1', 'A2']);
    expect(toChat[0]!.at - MORNING.getTime()).toBeGreaterThanOrEqual(17_000);
    expect(await use().prisma.outboxMessage.count({ where: { status: 'sent' } })).toBe(4);
  });

  it('retries 5xx and network errors with growing backoff, then sends', async () => {
    const { clock, queue, transport, sender, row } = setup();
    const [chat] = await createChats(use().prisma, 1);
    await queue.enqueue(message(chat!.id, 'digest', 'Báo cáo'));
    transport.failNext(chat!.externalId, { kind: 'server', description: '502' }, { kind: 'network' }, { kind: 'server' });

    expect(await sender.runOnce()).toMatchObject({ retried: 1 });
    expect(await row('digest')).toMatchObject({ status: 'pending', attempts: 1, lastError: 'server: 502' });
    expect((await row('digest')).notBefore.getTime() - MORNING.getTime()).toBe(2_000);
    clock.advance(2_000);
    await sender.runOnce();
    expect((await row('digest')).notBefore.getTime() - clock.now().getTime()).toBe(4_000);
    clock.advance(4_000);
    await sender.runOnce();
    expect((await row('digest')).notBefore.getTime() - clock.now().getTime()).toBe(8_000);
    await drain(sender, queue, clock);
    expect(transport.sent).toHaveLength(1);
    expect(transport.sent[0]!.at - MORNING.getTime()).toBe(14_000);
    expect(await row('digest')).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('gives up after the attempt cap and marks the row failed', async () => {
    const { clock, queue, transport, sender, row, logger } = setup();
    const [chat] = await createChats(use().prisma, 1);
    await queue.enqueue(message(chat!.id, 'doomed', 'x'));
    for (let i = 0; i < 8; i++) transport.failNext(chat!.externalId, { kind: 'network', description: 'ECONNRESET' });
    await drain(sender, queue, clock);
    expect(transport.sent).toHaveLength(0);
    expect(await row('doomed')).toMatchObject({ status: 'failed', attempts: 8, lastError: 'network: ECONNRESET' });
    // 2 + 4 + … + 128 s of backoff between the 8 attempts
    expect(clock.now().getTime() - MORNING.getTime()).toBe(254_000);
    expect(logger.lines.some((line) => line.level === 'error' && line.msg.includes('giving up'))).toBe(true);
  });

  it('on 403 marks the group inactive, cancels its queue and tells the app', async () => {
    const { clock, queue, transport, sender, blocked, row } = setup();
    const [chat, other] = await createChats(use().prisma, 2);
    for (let i = 0; i < 3; i++) await queue.enqueue(message(chat!.id, `a-${i}`, `A${i}`));
    await queue.enqueue(message(chat!.id, 'later', 'sau', { notBefore: new Date(MORNING.getTime() + 3_600_000) }));
    await queue.enqueue(message(other!.id, 'b-0', 'B0'));
    transport.failNext(chat!.externalId, { kind: 'forbidden', description: 'Forbidden: bot was kicked from the group chat' });

    const result = await sender.runOnce();
    expect(result).toMatchObject({ sent: 1, cancelled: 3 });
    expect(blocked).toEqual([{ chatId: chat!.id, reason: 'forbidden: Forbidden: bot was kicked from the group chat' }]);
    expect(await use().prisma.chat.findUniqueOrThrow({ where: { id: chat!.id } })).toMatchObject({
      active: false,
      inactiveReason: 'forbidden: Forbidden: bot was kicked from the group chat',
    });
    for (const key of ['a-0', 'a-1', 'a-2', 'later']) expect((await row(key)).status).toBe('cancelled');
    // A message enqueued afterwards for the inactive group is cancelled without a send.
    await queue.enqueue(message(chat!.id, 'after', 'mới'));
    await drain(sender, queue, clock);
    expect(transport.sent.map((record) => record.message.html)).toEqual(['B0']);
    expect((await row('after')).status).toBe('cancelled');
  });

  it('on 400 fails the row for good and logs the description', async () => {
    const { clock, queue, transport, sender, row, logger } = setup();
    const [chat] = await createChats(use().prisma, 1);
    await queue.enqueue(message(chat!.id, 'broken', '<b>hỏng'));
    await queue.enqueue(message(chat!.id, 'fine', 'ổn'));
    const description = 'Bad Request: can\'t parse entities: Can\'t find end tag corresponding to start tag "b"';
    transport.failNext(chat!.externalId, { kind: 'bad_request', description });
    await drain(sender, queue, clock);
    expect(await row('broken')).toMatchObject({ status: 'failed', lastError: `bad request: ${description}` });
    expect(transport.sent.map((record) => record.message.html)).toEqual(['ổn']);
    const line = logger.lines.find((l) => l.msg === 'outbox: message rejected');
    expect(line?.obj).toMatchObject({ description });
    expect(JSON.stringify(logger.lines)).not.toMatch(/\n\s+at /);
  });
});
