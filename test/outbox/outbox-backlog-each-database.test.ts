import { beforeEach, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/time/clock.ts';
import { steeringDigestSeries, unitDigestSeries } from '../../src/core/jobs/slot-keys.ts';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { createOutboxSender } from '../../src/outbox/outbox-sender.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';
import { FakeTransport, MORNING, captureLogger, createChats, message, resetOutbox, sleepOn } from './helpers.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describeOnEachDatabase('outbox backlog', (use) => {
  beforeEach(() => resetOutbox(use().prisma));

  const digest = (chatId: number, key: string, part?: number) =>
    message(chatId, part === undefined ? key : `${key}:${part}`, `Tổng hợp ${key}`, {
      kind: 'digest',
      supersedes: part === undefined ? unitDigestSeries(chatId) : steeringDigestSeries(chatId, part),
    });

  it('a newer digest of a chat cancels the older ones still waiting (daily and weekly steering editions alike); other chats and plans keep theirs; a date is queued once', async () => {
    const outbox = createOutboxRepository(use());
    const [a, b] = await createChats(use().prisma, 2);
    for (const date of ['2023-04-10', '2023-04-11', '2023-04-12']) expect(await outbox.enqueue(digest(a!.id, `unit-digest:${a!.id}:${date}`))).toBe(true);
    await outbox.enqueue(digest(b!.id, `unit-digest:${b!.id}:2023-04-10`));
    await outbox.enqueue(digest(a!.id, `steering-weekly:${a!.id}:2023-W14`, 1));
    await outbox.enqueue(digest(a!.id, `steering-digest:${a!.id}:2023-04-10`, 1));
    await outbox.enqueue(digest(a!.id, `steering-digest:${a!.id}:2023-04-10`, 2));
    await outbox.enqueue(digest(a!.id, `steering-digest:${a!.id}:2023-04-11`, 1));
    // the same slot again (a rerun after a crash, a second process): nothing new, nothing revived
    expect(await outbox.enqueue(digest(a!.id, `unit-digest:${a!.id}:2023-04-11`))).toBe(false);
    const rows = await use().prisma.outboxMessage.findMany({ where: { status: 'pending' }, orderBy: { id: 'asc' } });
    expect(rows.map((row) => row.idempotencyKey)).toEqual([
      `unit-digest:${a!.id}:2023-04-12`,
      `unit-digest:${b!.id}:2023-04-10`,
      `steering-digest:${a!.id}:2023-04-10:2`,
      `steering-digest:${a!.id}:2023-04-11:1`,
    ]);
    // the unit's two older days, plan 1's weekly edition of the week before and its daily of 10/04
    expect(await use().prisma.outboxMessage.count({ where: { status: 'cancelled', lastError: { contains: 'superseded' } } })).toBe(4);
  });

  it('claims the answer to a command before an older backlog', async () => {
    const outbox = createOutboxRepository(use());
    const [chat] = await createChats(use().prisma, 1);
    for (let i = 0; i < 5; i++)
      await outbox.enqueue(message(chat!.id, `nudge:${i}`, `nhắc ${i}`, { kind: 'nudge', notBefore: new Date(MORNING.getTime() - DAY + i) }));
    await outbox.enqueue(message(chat!.id, 'reply:1', 'trả lời', { kind: 'reply' }));
    const claimed = await outbox.claimDue(MORNING, 3, 'a', MINUTE);
    expect(claimed.map((row) => row.idempotencyKey)).toEqual(['reply:1', 'nudge:0', 'nudge:1']);
  });

  it('a round started while another is in flight, after the clock jumped past its lease, does not send its rows again', async () => {
    const queue = createOutboxRepository(use());
    const [chat] = await createChats(use().prisma, 1);
    await queue.enqueue(message(chat!.id, 'unit-digest:1:2023-05-30', 'Tổng hợp 30/05'));
    const clock = new ManualClock(MORNING);
    const transport = new FakeTransport(clock);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = {
      capabilities: transport.capabilities,
      send: async (...args: Parameters<FakeTransport['send']>) => {
        await held;
        return transport.send(...args);
      },
    };
    const sender = createOutboxSender({ queue, transport: slow, clock, logger: captureLogger(), owner: 'one', leaseMs: 2 * MINUTE, sleep: sleepOn(clock) });
    const first = sender.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 50));
    clock.advance(30 * MINUTE); // the sandbox's walk moves on to the next stop
    const second = sender.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await Promise.all([first, second]);
    expect(transport.sent).toHaveLength(1);
  });
});
