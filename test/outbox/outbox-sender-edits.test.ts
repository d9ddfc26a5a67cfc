import { beforeEach, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/time/clock.ts';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { editTargets } from '../../src/outbox/message-parts.ts';
import { createOutboxSender } from '../../src/outbox/outbox-sender.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';
import { FakeTransport, MORNING, captureLogger, createChats, drain, message, resetOutbox, sleepOn } from './helpers.ts';

const BUTTONS = [[{ text: 'Xác nhận', data: 'cf:1' }]];

describeOnEachDatabase('outbox edits', (use) => {
  beforeEach(() => resetOutbox(use().prisma));

  function setup(start = MORNING) {
    const clock = new ManualClock(start);
    const queue = createOutboxRepository(use());
    const transport = new FakeTransport(clock);
    const sender = createOutboxSender({ queue, transport, clock, logger: captureLogger(), owner: 't', sleep: sleepOn(clock) });
    return { clock, queue, transport, sender };
  }

  it('edits the sent message in place: new text, buttons gone, nothing new sent', async () => {
    const { clock, queue, transport, sender } = setup();
    const [chat] = await createChats(use().prisma, 1);
    await queue.enqueue(message(chat!.id, 'ask', 'Xác nhận hay trả lại?', { message: { html: 'Xác nhận hay trả lại?', buttons: BUTTONS } }));
    await drain(sender, queue, clock);
    const [ask] = transport.sent;
    await queue.enqueue(message(chat!.id, 'ask:decided', 'Đã xác nhận', { edits: 'ask' }));
    await drain(sender, queue, clock);

    expect(transport.sent).toHaveLength(1);
    expect(transport.edited).toEqual([{ chat: chat!.externalId, messageId: ask!.messageId, message: { html: 'Đã xác nhận' }, at: clock.now().getTime() }]);
    const row = await use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'ask:decided' } });
    expect(row.status).toBe('sent');
  });

  it('waits for an original still held for quiet hours, then edits it; edits themselves are not held', async () => {
    const evening = new Date('2026-11-26T15:00:00Z'); // 22:00 in Hà Nội
    const { clock, queue, transport, sender } = setup(evening);
    const [chat] = await createChats(use().prisma, 1);
    await queue.enqueue(message(chat!.id, 'ask', 'Hỏi', { notBefore: evening, message: { html: 'Hỏi', buttons: BUTTONS } }));
    await queue.enqueue(message(chat!.id, 'ask:decided', 'Đã quyết', { notBefore: evening, edits: 'ask' }));
    expect(await sender.runOnce()).toMatchObject({ sent: 0, deferred: 2 });
    await drain(sender, queue, clock);
    expect(transport.sent.map((s) => s.message.html)).toEqual(['Hỏi']);
    expect(transport.edited.map((e) => [e.messageId, e.message.html])).toEqual([[transport.sent[0]!.messageId, 'Đã quyết']]);
    expect(transport.edited[0]!.at).toBeGreaterThanOrEqual(transport.sent[0]!.at);
  });

  it('cancels an edit of a message that was never stored or was cancelled', async () => {
    const { clock, queue, transport, sender } = setup();
    const [chat, other] = await createChats(use().prisma, 2);
    await queue.enqueue(message(other!.id, 'elsewhere', 'Ở nhóm khác'));
    await drain(sender, queue, clock);
    await queue.enqueue(message(chat!.id, 'e1', 'Sửa', { edits: 'missing' }));
    await queue.enqueue(message(chat!.id, 'e2', 'Sửa', { edits: 'elsewhere' }));
    await drain(sender, queue, clock);
    expect(transport.edited).toEqual([]);
    const rows = await use().prisma.outboxMessage.findMany({ where: { idempotencyKey: { in: ['e1', 'e2'] } } });
    expect(rows.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('sends the new text as a new message when the messenger cannot edit', async () => {
    const { clock, queue, transport } = setup();
    const plain = { capabilities: { ...transport.capabilities, edits: false }, send: transport.send.bind(transport) };
    const sender = createOutboxSender({ queue, transport: plain, clock, logger: captureLogger(), owner: 't2', sleep: sleepOn(clock) });
    const [chat] = await createChats(use().prisma, 1);
    await queue.enqueue(message(chat!.id, 'ask', 'Hỏi', { message: { html: 'Hỏi', buttons: BUTTONS } }));
    await queue.enqueue(message(chat!.id, 'ask:decided', 'Đã quyết', { edits: 'ask' }));
    await drain(sender, queue, clock);
    expect(transport.sent.map((s) => s.message.html)).toEqual(['Hỏi', 'Đã quyết']);
  });

  it('an editOnly edit (a refreshed card) sends nothing where the messenger cannot edit', async () => {
    const { clock, queue, transport } = setup();
    const plain = { capabilities: { ...transport.capabilities, edits: false }, send: transport.send.bind(transport) };
    const sender = createOutboxSender({ queue, transport: plain, clock, logger: captureLogger(), owner: 't3', sleep: sleepOn(clock) });
    const [chat] = await createChats(use().prisma, 1);
    await queue.enqueue(message(chat!.id, 'card', 'Thẻ', { message: { html: 'Thẻ', buttons: BUTTONS } }));
    await queue.enqueue(message(chat!.id, 'card:edit', 'Thẻ mới', { edits: 'card', editOnly: true }));
    await drain(sender, queue, clock);
    expect(transport.sent.map((s) => s.message.html)).toEqual(['Thẻ']);
    const row = await use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'card:edit' } });
    expect(row).toMatchObject({ status: 'cancelled', lastError: 'the messenger cannot edit messages' });
  });

  it('an editOnly edit that would need more messages than the original is dropped, not sent as new ones', async () => {
    const { clock, queue, transport, sender } = setup();
    const [chat] = await createChats(use().prisma, 1);
    await queue.enqueue(message(chat!.id, 'card', 'Thẻ'));
    await drain(sender, queue, clock);
    await queue.enqueue(message(chat!.id, 'card:edit', 'x'.repeat(5_000), { edits: 'card', editOnly: true }));
    await drain(sender, queue, clock);
    expect(transport.sent).toHaveLength(1);
    expect(transport.edited).toEqual([]);
    const row = await use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'card:edit' } });
    expect(row.status).toBe('cancelled');
  });

  it('latest edits of one card: a burst leaves one row with the newest text; after it is out, the next is queued again', async () => {
    const { clock, queue, transport, sender } = setup();
    const [chat] = await createChats(use().prisma, 1);
    await queue.enqueue(message(chat!.id, 'card', 'Chưa thực hiện', { message: { html: 'Chưa thực hiện', buttons: BUTTONS } }));
    await drain(sender, queue, clock);
    const edit = (html: string) => message(chat!.id, 'card:edit', html, { edits: 'card', editOnly: true, latest: true });
    expect(await queue.enqueue(edit('Đang thực hiện 30%'))).toBe(true);
    expect(await queue.enqueueMany([edit('Đang thực hiện 50%')])).toBe(1);
    expect(await queue.enqueue(edit('Vướng mắc'))).toBe(true);
    expect(await use().prisma.outboxMessage.count({ where: { status: 'pending' } })).toBe(1);
    await drain(sender, queue, clock);
    expect(transport.edited.map((e) => e.message.html)).toEqual(['Vướng mắc']);

    expect(await queue.enqueue(edit('Đang thực hiện 50%'))).toBe(true);
    await drain(sender, queue, clock);
    expect(transport.edited.map((e) => e.message.html)).toEqual(['Vướng mắc', 'Đang thực hiện 50%']);
    expect(transport.sent).toHaveLength(1);
    const rows = await use().prisma.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: 'card:edit' } }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.idempotencyKey, r.status])).toEqual([
      [`card:edit#${rows[0]!.id}`, 'sent'],
      ['card:edit', 'sent'],
    ]);
  });

  it('maps an edit onto a split original: in order, the last part onto the part with the buttons', () => {
    expect(editTargets(['1', '2', '3'], 1)).toEqual(['3']);
    expect(editTargets(['1', '2', '3'], 2)).toEqual(['1', '3']);
    expect(editTargets(['1', '2'], 2)).toEqual(['1', '2']);
    expect(editTargets(['1'], 3)).toEqual(['1', undefined, undefined]);
  });
});
