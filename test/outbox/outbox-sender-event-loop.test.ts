import { beforeEach, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/time/clock.ts';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { createOutboxSender } from '../../src/outbox/outbox-sender.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';
import { FakeTransport, MORNING, captureLogger, createChats, message, resetOutbox, sleepOn } from './helpers.ts';

/**
 * The sender shares the bot's process: on SQLite every statement completes synchronously, so a round
 * that never gave the event loop a turn would hold updates and the answers to replies until it ended
 * (a card refresh fans out to every group of the task, then each edit is a row of its own).
 */
describeOnEachDatabase('outbox sender and the event loop', (use) => {
  beforeEach(() => resetOutbox(use().prisma));

  it('lets pending I/O run between the rows of a round', async () => {
    const clock = new ManualClock(MORNING);
    const queue = createOutboxRepository(use());
    const transport = new FakeTransport(clock);
    const sender = createOutboxSender({
      queue,
      transport,
      clock,
      logger: captureLogger(),
      owner: 'test',
      limits: { perSecond: 1_000, perChatPerMinute: 1_000 },
      sleep: sleepOn(clock),
    });
    const chats = await createChats(use().prisma, 10);
    await queue.enqueueMany(chats.map((chat, i) => message(chat.id, `m-${i}`, `Tin ${i}`)));

    const round = sender.runOnce();
    // An update arriving now is an I/O callback: it must not wait for the whole round.
    const sentWhenIoRan = new Promise<number>((resolve) => setImmediate(() => resolve(transport.sent.length)));
    const result = await round;

    expect(result.sent).toBe(10);
    expect(await sentWhenIoRan).toBeLessThan(10);
  });
});
