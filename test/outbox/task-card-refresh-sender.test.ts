import { beforeAll, expect, it } from 'vitest';
import type { EnqueueInput } from '../../src/core/ports/outbox.ts';
import { taskCardKey } from '../../src/core/usecases/post-unit-tasks.ts';
import { createTaskCardRefresher } from '../../src/core/usecases/render-task-cards.ts';
import { refreshTaskCards, taskCardsRefreshKey } from '../../src/core/usecases/refresh-task-cards.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { createOutboxRepository, type OutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { createOutboxSender, type OutboxSender } from '../../src/outbox/outbox-sender.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';
import { captureLogger, drain, FakeTransport, sleepOn } from './helpers.ts';

/**
 * A change of a task queues only "refresh the cards of task X"; the real outbox and sender turn it
 * into one edit per group, rendered when sent. Commands run through the harness (its use cases, real
 * stores); every card entry they queue is also stored in the real outbox of the same database.
 */
describeOnEachDatabase('task cards rendered by the outbox sender', (use) => {
  let h: CommandHarness;
  let outbox: OutboxRepository;
  let transport: FakeTransport;
  let sender: OutboxSender;
  let cap5: number;
  /** whether the harness's card entries are also stored in the real outbox */
  let tee = true;

  beforeAll(async () => {
    h = await createHarness(use());
    outbox = createOutboxRepository(use());
    const enqueue = h.outbox.enqueue.bind(h.outbox);
    h.outbox.enqueue = async (input: EnqueueInput) => {
      if (tee && input.card) await outbox.enqueue(input);
      return enqueue(input);
    };
    transport = new FakeTransport(h.clock);
    sender = createOutboxSender({
      queue: outbox,
      transport,
      clock: h.clock,
      logger: captureLogger(),
      owner: 't',
      sleep: sleepOn(h.clock),
      cards: createTaskCardRefresher({ stores: h.stores, outbox }),
    });
    await h.bindSteeringAndUnit();
    cap5 = (await h.chat(CAP5_CHAT)).id;
    // the cards posted to CAP5, sent through the real outbox so its edits have messages to edit
    for (const posted of h.outbox.to(cap5).filter((q) => q.kind === 'task' && q.link)) await outbox.enqueue(posted);
    await drain(sender, outbox, h.clock);
  });

  const taskId = async (code: string) => (await h.stores.tasks.findTaskByCode(code))!.id;
  const cardMessageId = async (code: string) =>
    (await use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: taskCardKey(await taskId(code), cap5) } })).sentMessageIds;
  const editsOf = async (code: string) => {
    const [messageId] = JSON.parse((await cardMessageId(code)) ?? '[]') as string[];
    return transport.edited.filter((edit) => edit.chat === CAP5_CHAT && edit.messageId === messageId).map((edit) => marksToPlainText(edit.message.html));
  };
  const statusLine = (text: string | undefined) => text?.split('\n').find((line) => line.startsWith('Trạng thái:'));

  it('a burst of reports to one task is one waiting refresh and one card edit, with the final state', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 30');
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 50');
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 thiếu kinh phí');
    const waiting = await use().prisma.outboxMessage.findMany({
      where: { idempotencyKey: { startsWith: `task:${await taskId('P5-01')}:` }, status: 'pending' },
    });
    expect(waiting.map((row) => [row.idempotencyKey, row.chatId])).toEqual([[taskCardsRefreshKey(await taskId('P5-01')), null]]);
    await drain(sender, outbox, h.clock);
    const edits = await editsOf('P5-01');
    expect(edits).toHaveLength(1);
    expect(statusLine(edits[0])).toBe('Trạng thái: Vướng mắc 50%');
    expect(edits[0]).toContain('thiếu kinh phí');
  });

  it('an edit held back (429) shows the task as it stands when it is finally sent', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-02 20');
    transport.failNext(CAP5_CHAT, { kind: 'rate_limited', retryAfterSeconds: 30 });
    expect(await sender.runOnce()).toMatchObject({ expanded: 1, sent: 0 }); // the refresh: one edit queued for the CAP5 card, nothing sent yet
    expect((await sender.runOnce()).retried).toBe(1); // that edit: 429, the chat paused
    // a change whose refresh is not stored here: only rendering at send time can show it
    tee = false;
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-02 70');
    tee = true;
    await drain(sender, outbox, h.clock);
    const edits = await editsOf('P5-02');
    expect(edits.map(statusLine)).toEqual(['Trạng thái: Đang thực hiện 70%']);
  });

  it('the fan-out gives way before each edit it stores (the sender passes a turn of the event loop)', async () => {
    const seen: number[] = [];
    let stored = 0;
    const counting = { ...outbox, enqueue: async (input: EnqueueInput) => (await outbox.enqueue(input)) && ++stored > 0 };
    const queued = await createTaskCardRefresher({ stores: h.stores, outbox: counting }).queueEdits(await taskId('P5-01'), h.clock.now(), async () => {
      seen.push(stored);
    });
    expect(queued).toBeGreaterThan(0);
    // awaited once per edit, each time before it is stored
    expect(seen).toEqual(Array.from({ length: queued }, (_, i) => i));
    await drain(sender, outbox, h.clock);
  });

  it('a refresh of a task that is gone is dropped: nothing edited, nothing failed', async () => {
    const before = transport.edited.length;
    expect(await refreshTaskCards({ outbox }, { task: { id: 987_654 }, now: h.clock.now() })).toBe(true);
    await drain(sender, outbox, h.clock);
    expect(transport.edited.length).toBe(before);
    // done, and kept under `<key>#<id>`: the key is free for the next refresh of the task
    const rows = await use().prisma.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: taskCardsRefreshKey(987_654) } } });
    expect(rows.map((row) => [row.idempotencyKey, row.status])).toEqual([[`${taskCardsRefreshKey(987_654)}#${rows[0]!.id}`, 'sent']]);
    expect(await use().prisma.outboxMessage.count({ where: { status: 'failed' } })).toBe(0);
  });
});
